import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { droppedOffsets, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';
import { ingestStory } from '../ingest/index.ts';
import type { CleanResult } from '../types.ts';
import { cleanVersion } from './index.ts';

/**
 * A story the rules were not written on: four captures of one fire (wire Markdown, two scrapes
 * with masthead, menu, share bars, captions and lists, a blog rewrite). The cleaner runs as
 * analyseStory runs it, with the outlet's name from story.yaml, and every fragment it removes is
 * listed here, so a rule that cut article prose would fail.
 */
const storyDir = 'tests/fixtures/stories/leeds-plastics-factory-fire';
const dir = join(import.meta.dirname, '../../..', storyDir);
const files: Record<string, Uint8Array> = {};
for (const name of readdirSync(dir)) if (name !== 'story.yaml') files[name] = readFileSync(join(dir, name));
const story = ingestStory({
  slug: 'leeds-plastics-factory-fire',
  dir: storyDir,
  manifestText: readFileSync(join(dir, 'story.yaml'), 'utf8'),
  files,
});

function cleaned(id: string): CleanResult {
  const version = story.versions.find((candidate) => candidate.manifest.id === id);
  if (!version) throw new Error(`No version ${id}`);
  const result = cleanVersion(version.source, { format: version.format, outlet: version.manifest.outlet });
  expect(droppedOffsets(version.source, result)).toEqual([]);
  return result;
}

/** Removals (not repairs) as rule and text. */
function removals(result: CleanResult): [string, string][] {
  return fragments(result)
    .filter((fragment) => fragment.replacement === undefined)
    .map((fragment) => [fragment.rule, fragment.text]);
}

const JUNK = [
  /^(?:Sport|What's On|News|WhatsApp|Email|Copy link)$/mu,
  /\bShare\b(?! prices)/u,
  /Photo:|\(Image:|Credit:/u,
  /©|All rights reserved/u,
  /Most Read|Trending|You might also like|Comments \(/u,
  /Posted by|Never miss a story|Reporting by/u,
  /â€|Â/u,
];

describe('fixture story: Leeds plastics factory fire', () => {
  it('northern-wire (Markdown): the bracketed wire credit is removed as credits', () => {
    const result = cleaned('northern-wire');
    expect(removals(result)).toEqual([
      ['byline', 'By Hannah Greaves, Northern Wire'],
      ['byline', '(Reporting by Hannah Greaves; editing by Tom Ashworth)'],
    ]);
    expect(result.found.byline).toBe('Hannah Greaves');
  });

  it('courier: masthead, menu, share bars, captions with credits, list and copyright', () => {
    const result = cleaned('courier');
    expect(removals(result)).toEqual([
      ['header-chrome', 'Leeds Evening Courier'],
      ['site-menu', "News\nSport\nWhat's On"],
      ['header-chrome', 'Twelve killed as fire rips through Leeds plastics factory'],
      ['audio-credit', 'Listen to this article 3 min'],
      ['share-bar', 'Share\nFacebook\nTwitter\nWhatsApp\nEmail\nCopy link'],
      ['byline', 'By Courier Reporter'],
      ['date-line', 'Tuesday 3 March 2026, 4:12pm'],
      ['photo-caption', 'Firefighters at the scene on Pontefract Lane on Tuesday morning. Photo: Simon Hulme / Leeds Evening Courier'],
      ['advertisement', 'Advertisement'],
      ['teaser', 'Read more: M621 reopens after five-hour closure as smoke clears'],
      ['photo-caption', 'Emergency vehicles line Pontefract Lane as smoke rises over the estate. (Image: Courier / Simon Hulme)'],
      ['advertisement', 'Advertisement'],
      ['promo', 'Sign up to the Courier Daily newsletter for the latest news straight to your inbox.'],
      [
        'related-list',
        'Related stories\nLeeds fire: what we know so far\nStourton estate firms told to review fire safety after 2023 blaze\n' +
          'Pictures: The scene in south Leeds as firefighters tackle factory fire',
      ],
      ['share-bar', 'Share this article\nFacebook\nTwitter\nWhatsApp'],
      ['copyright', 'Â© 2026 Leeds Evening Courier. All rights reserved.'],
    ]);
    expect(result.found).toEqual({
      title: 'Twelve killed as fire rips through Leeds plastics factory',
      byline: 'Courier Reporter',
      published: '2026-03-03',
    });
  });

  it('ledger: capitals masthead, menu line, share buttons, captioned photo, numbered list, comments', () => {
    const result = cleaned('ledger');
    expect(removals(result)).toEqual([
      ['header-chrome', 'THE DAILY LEDGER'],
      ['site-menu', 'Home | UK | World | Business | Opinion'],
      ['header-chrome', 'Fourteen dead after blaze at Leeds factory as union demands inquiry'],
      ['date-line', 'Published 3 March 2026'],
      ['share-bar', 'Share on Facebook   Share on X   Share by email'],
      ['audio-credit', 'Listen to this article 4 min'],
      ['photo-caption', 'A firefighter walks past the burnt-out unit on Pontefract Lane (Image: Getty Images)'],
      ['advertisement', 'Advertisement'],
      ['teaser', "Read more: Britain's worst factory fires of the past 50 years"],
      [
        'related-list',
        'Most Read\n1. Energy bills to rise by 6% in April, regulator confirms\n2. Man arrested after Bradford shop robbery\n' +
          '3. Premier League: five things we learned this weekend',
      ],
      ['promo', 'Get the Ledger Morning Briefing: sign up to our free newsletter'],
      ['advertisement', 'Advertisement'],
      ['comments-link', 'Comments (48)'],
    ]);
    expect(result.found).toEqual({ title: 'Fourteen dead after blaze at Leeds factory as union demands inquiry', published: '2026-03-03' });
  });

  it('ledger: every garbled quote is repaired, the ones that lost their last byte included', () => {
    const result = cleaned('ledger');
    const repairs = fragments(result).filter((fragment) => fragment.rule === 'mojibake');
    expect(repairs.filter((fragment) => fragment.text === 'â€')).toHaveLength(7);
    for (const repair of repairs) expect(repair.replacement).toMatch(/^[’“”]$/u);
    expect(paragraphs(result)).toContain(
      'Unite, the union that represents many of the plant’s workers, called for a public inquiry. Its regional secretary, Karen Doyle, ' +
        'said members had raised concerns about fire exits being blocked by stock as recently as January. “Our members told management ' +
        'the exits were a problem, and nothing was done,” she said.',
    );
  });

  it('metro-pulse: capitals masthead, trending bar, "Posted by" byline, Pin share bar, credited caption, bulleted list', () => {
    const result = cleaned('metro-pulse');
    expect(removals(result)).toEqual([
      ['header-chrome', 'METRO PULSE'],
      ['site-menu', 'Trending: Leeds fire | Cost of living | Transfer news'],
      ['header-chrome', "'Nothing was done': at least 12 die in Leeds factory inferno"],
      ['audio-credit', 'Listen to this article 3 min'],
      ['byline', 'Posted by Jade Thornton'],
      ['share-bar', 'Share   Tweet   Pin   Email'],
      ['photo-caption', 'Photo: Firefighters on Pontefract Lane. Credit: Metro Pulse / Ryan Patel'],
      ['advertisement', 'Advertisement'],
      ['teaser', 'Read more: Leeds fire LIVE - all the latest updates'],
      [
        'related-list',
        'You might also like:\n- Jobs boost as new distribution centre opens in Wakefield\n' +
          '- Leeds United fans react to dramatic late win\n' +
          '- The best Sunday roasts in Yorkshire, according to you',
      ],
      ['promo', 'Never miss a story - sign up to the Metro Pulse newsletter\nFollow us on Facebook, Instagram and TikTok'],
    ]);
    expect(result.found).toEqual({ title: "'Nothing was done': at least 12 die in Leeds factory inferno", byline: 'Jade Thornton' });
  });

  it('leaves no junk in any body and keeps every reported sentence', () => {
    for (const version of story.versions) {
      const result = cleaned(version.manifest.id);
      for (const paragraph of paragraphs(result)) for (const junk of JUNK) expect(paragraph).not.toMatch(junk);
      // Every finished line of the capture that reports what a source said is article prose and stays
      // whole (a headline in a list, "…, according to you", has no final stop). Quotes and apostrophes
      // aside, since the capture has them garbled, each of its sentences is in the body.
      const plain = (text: string): string => text.replace(/â€œ|â€™|â€|[“”’"]/gu, '');
      const reported = version.source.text
        .split('\n')
        .map(plain)
        .filter((line) => /\b(?:said|says|according to)\b/u.test(line) && /[.!?]\s*$/u.test(line));
      expect(reported.length).toBeGreaterThan(2);
      const body = plain(result.body.text);
      for (const line of reported) {
        for (const sentence of line.split(/(?<=[.!?])\s*(?=\p{Lu})/u)) expect(body).toContain(sentence.trim());
      }
    }
  });
});
