/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { clean, droppedOffsets, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';
import { joinMapped, mapOriginal, sliceMapped } from '../text/mapped-text.ts';
import type { CleanResult } from '../types.ts';
import * as cleanModule from './index.ts';

const FIXTURES: Record<string, string> = import.meta.glob('../../../tests/fixtures/clean/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function fixture(name: string): string {
  const text = FIXTURES[`../../../tests/fixtures/clean/${name}`];
  if (text === undefined) throw new Error(`Fixture ${name} not found`);
  return text;
}

/** Rule and text of each fragment: the offsets are checked against the original by `fragments`. */
function summary(result: CleanResult): [string, string, string?][] {
  return fragments(result).map((f) => (f.replacement === undefined ? [f.rule, f.text] : [f.rule, f.text, f.replacement]));
}

describe('fixture: CRLF lines, header widgets, mojibake, widgets in the body', () => {
  const original = fixture('kenya-rates-crlf.txt');
  const result = clean(original);

  it('removes each widget with its reason and repairs the mojibake outside removed text', () => {
    expect(original).toContain('\r\n');
    expect(summary(result)).toEqual([
      ['header-chrome', 'Kenyaâ€™s central bank holds rates as inflation eases'],
      ['relative-timestamp', 'Updated 2 hours ago'],
      ['share-bar', 'Share this article'],
      ['byline', 'By Amina Yusuf, Nairobi'],
      ['audio-credit', 'Listen to this article 3 min'],
      ['photo-caption', 'Image caption: Governor Kamau Thugge at a briefing in Nairobi'],
      ['photo-credit', 'Photo: AP'],
      ['mojibake', 'â€™', '’'],
      ['advertisement', 'Advertisement'],
      ['mojibake', 'â€™', '’'],
      ['mojibake', 'â€œ', '“'],
      ['mojibake', 'â€\u009d', '”'],
      ['mojibake', 'Â'],
      ['teaser', 'Read more: Kenya shilling hits two-year high against the dollar'],
      ['tag-strip', 'Related Topics\r\nKenya\r\nInterest rates\r\nCentral banks'],
    ]);
    expect(result.found).toEqual({ title: 'Kenya’s central bank holds rates as inflation eases', byline: 'Amina Yusuf' });
  });

  it('keeps real sentences that start like widgets', () => {
    expect(paragraphs(result)).toEqual([
      'Kenya’s central bank kept its benchmark rate at 10.75% on Tuesday, citing easing inflation and a steadier shilling.',
      'Share prices rose on the Nairobi Securities Exchange after the announcement, with banking stocks leading gains.',
      'Related research by the bank found that food prices, not fuel, drove most of last year’s inflation.',
      'Advertisement revenue fell at the state broadcaster, a sign of weaker consumer spending, analysts said.',
      '“We will remain data-dependent,” Governor Thugge told reporters.',
      'Read more slowly and the statement hints at a cut in June, said economist Njeri Otieno.',
      'Latest figures show inflation at 3.6% in April, down from 4.1% in March, with fuel at KSh\u00a0180 a litre.',
    ]);
  });
});

describe('fixture: one glued line with a different header and trailer', () => {
  const result = clean(fixture('nigeria-floods-glued.txt'));

  it('splits the glued chrome and repairs glued sentences without touching initials, decimals or domains', () => {
    expect(summary(result)).toEqual([
      ['header-chrome', 'Floods displace thousands in northern Nigeria'],
      ['relative-timestamp', '2 hours ago'],
      ['share-bar', 'ShareSave'],
      ['header-chrome', 'Adaeze Okafor'],
      ['header-chrome', 'BBC News, Lagos'],
      ['photo-credit', 'Getty Images'],
      ['header-chrome', 'Residents wade through flood water in Maiduguri on Monday'],
      ['run-together', '', ' '],
      ['run-together', '', ' '],
      ['run-together', '', ' '],
      [
        'related-list',
        'More on this storyNigeria floods: Why Maiduguri keeps flooding3 days agoAid agencies appeal for more funding1 day ago',
      ],
      ['tag-strip', 'Related TopicsNigeriaFloods'],
    ]);
    expect(result.found).toEqual({ title: 'Floods displace thousands in northern Nigeria', byline: 'Adaeze Okafor' });
    expect(paragraphs(result)).toEqual([
      'More than 20,000 people have been displaced by floods in Borno state, officials said. Emergency teams from the U.S.-based charity ' +
        'began handing out food on Tuesday. Aid worker Fiona McDonald said families shared a single iPhone to call relatives. ' +
        'Damage is estimated at 1.3m naira per household, according to figures posted on nema.gov.ng and BBCAfrica.com. ' +
        'The state governor said: "We need help now." Schools will stay closed, e.g. in Jere and Konduga, until the water recedes.',
    ]);
  });
});

describe('fixture: blank-line paragraphs, bare date line, headline line, promo', () => {
  const result = clean(fixture('mozambique-gas-md-like.txt'));

  it('takes date and title and removes the teaser and promotion', () => {
    expect(result.found).toEqual({ published: '2025-05-05', title: 'Mozambique’s parliament approves new gas revenue law' });
    expect(summary(result)).toEqual([
      ['date-line', 'Published: May 5, 2025'],
      ['header-chrome', 'Mozambique’s parliament approves new gas revenue law'],
      ['mojibake', 'Â'],
      ['teaser', 'See also: Mozambique LNG project restarts after four-year pause'],
      ['mojibake', 'â€™', '’'],
      ['promo', 'Follow us on WhatsApp for the latest news from Mozambique'],
      ['mojibake', 'Â\u00a0', '\u00a0'],
    ]);
    expect(paragraphs(result)).toHaveLength(3);
  });
});

describe('text extracted from Markdown (a mapping that is not the identity)', () => {
  // What ingest hands over for `# Rwanda in talks\n\nRwanda is in *talks*.Its minister…`: markup gone,
  // every character still mapped to its place in the Markdown file.
  const markdown = '# Rwanda in talks\n\nRwanda is in *talks*.Its minister agreed.\n\n- Read more: Kenya holds rates\n';
  const file = mapOriginal(markdown);
  const at = (text: string): number => markdown.indexOf(text);
  const part = (text: string) => sliceMapped(file, at(text), at(text) + text.length);
  const source = joinMapped(
    [
      joinMapped([part('Rwanda in talks')], markdown),
      joinMapped([part('Rwanda is in '), part('talks'), part('.Its minister agreed.')], markdown),
      part('Read more: Kenya holds rates'),
    ],
    markdown,
    '\n\n',
  );
  const result = cleanModule.cleanVersion(source, { format: 'md' });

  it('reports fragments at their offsets in the Markdown file', () => {
    expect(source.text).toBe('Rwanda in talks\n\nRwanda is in talks.Its minister agreed.\n\nRead more: Kenya holds rates');
    expect(fragments(result)).toEqual([
      { rule: 'header-chrome', reason: 'headline', text: 'Rwanda in talks', start: 2, end: 17 },
      { rule: 'run-together', reason: 'missing space between sentences', text: '', start: 40, end: 40, replacement: ' ' },
      { rule: 'teaser', reason: 'teaser for another story', text: 'Read more: Kenya holds rates', start: 64, end: 92 },
    ]);
    expect(paragraphs(result)).toEqual(['Rwanda is in talks. Its minister agreed.']);
    expect(droppedOffsets(source, result)).toEqual([]);
  });
});

describe('the invariant check', () => {
  it('reports text that a cleaner drops without a fragment', () => {
    const source = mapOriginal('Kept. Lost.');
    const silent: CleanResult = { body: sliceMapped(source, 0, 5), removed: [], found: {} };
    expect(droppedOffsets(source, silent)).toEqual([6, 7, 8, 9, 10]);
  });
});

describe('the module', () => {
  it('exports only cleanVersion', () => {
    expect(Object.keys(cleanModule).sort()).toEqual(['cleanVersion']);
  });
});
