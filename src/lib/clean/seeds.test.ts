/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { clean, countByRule, droppedOffsets, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import { cleanVersion } from './index.ts';

// Vite reads the files as text, byte for byte (CRLF and all), so src/lib stays free of node:fs.
const SEEDS: Record<string, string> = import.meta.glob('../../../content/stories/rwanda-us-migrant-talks/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const FIXTURES: Record<string, string> = import.meta.glob('../../../tests/fixtures/clean/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function seed(name: string): string {
  const text = SEEDS[`../../../content/stories/rwanda-us-migrant-talks/${name}`];
  if (text === undefined) throw new Error(`Seed ${name} not found`);
  return text;
}

describe('seed 000 (BBC, one glued line)', () => {
  const result = clean(seed('000_0a7d86f5b93e4cd4.txt'));

  it('finds the headline and byline in the glued header', () => {
    expect(result.found).toEqual({ title: 'Rwanda confirms talks with US about taking in migrants', byline: 'Cecilia Macaulay' });
  });

  it('removes the header and trailer chrome piece by piece and repairs five glued sentences', () => {
    expect(fragments(result).map((fragment) => [fragment.rule, fragment.reason, fragment.text, fragment.replacement ?? null])).toEqual([
      ['header-chrome', 'headline', 'Rwanda confirms talks with US about taking in migrants', null],
      ['relative-timestamp', 'timestamp', '13 minutes ago', null],
      ['share-bar', 'share bar', 'ShareSave', null],
      ['header-chrome', 'byline', 'Cecilia Macaulay', null],
      ['header-chrome', 'desk name', 'BBC NewsBBC Great Lakes', null],
      ['share-bar', 'share bar', 'ShareSave', null],
      ['photo-credit', 'photo credit', 'Reuters', null],
      [
        'header-chrome',
        'photo caption',
        'Rwandan Foreign Minister Olivier Nduhungireh says that Rwanda believes in giving migrants "another chance"',
        null,
      ],
      ['run-together', 'missing space between sentences', '', ' '],
      ['run-together', 'missing space between sentences', '', ' '],
      ['run-together', 'missing space between sentences', '', ' '],
      ['run-together', 'missing space between sentences', '', ' '],
      ['run-together', 'missing space between sentences', '', ' '],
      [
        'related-list',
        'related stories list',
        'You may also be interested in:The rapid remaking of the US, in 100 days' +
          "Rwanda's Hope Hostel ready for first UK migrantsUK asylum deal: Is Rwanda a land of safety or fear?",
        null,
      ],
      ['photo-credit', 'photo credit', 'Getty Images/BBC', null],
      [
        'promo',
        'promotion',
        'Go to BBCAfrica.com for more news from the African continent.' +
          'Follow us on Twitter @BBCAfrica, on Facebook at BBC Africa or on Instagram at bbcafrica',
        null,
      ],
      ['tag-strip', 'topic tags', 'BBC Africa podcastsAfrica DailyFocus on AfricaAfricaRwandaUnited States', null],
    ]);
    expect(
      result.removed.filter((f) => f.rule === 'run-together').map((f) => result.body.original.slice(f.start - 5, f.start + 3)),
    ).toEqual(['said.His', 'ngs".Ndu', 'ons".In ', 'jail.Sal', 'nger.How']);
  });

  it('keeps the body from the first sentence to "…includes Libya."', () => {
    expect(paragraphs(result)).toHaveLength(1);
    const body = paragraphs(result)[0]!;
    expect(
      body.startsWith(
        'Rwanda is in the "early stage" of talks with the Trump administration to accept migrants deported by the US, ' +
          `the East African country's Foreign Affairs Minister Olivier Nduhungireh has said. His comments`,
      ),
    ).toBe(true);
    expect(body.endsWith("Washington's search for countries willing to accept its deported migrants also reportedly includes Libya.")).toBe(
      true,
    );
    expect(body).toContain('human beings". Nduhungireh said');
    expect(body).toContain('danger. However, Kigali');
    expect(body).toHaveLength(2081);
  });
});

describe('seed 001 (audio credit, "Latest Stories")', () => {
  const result = clean(seed('001_24daf8c376659fd9.txt'));

  it('removes the audio credit and the whole list, stray Â included, and keeps the 14 body lines', () => {
    expect(countByRule(result)).toEqual({ 'audio-credit': 1, 'related-list': 1 });
    expect(result.removed[0]!.text).toBe('Audio By Carbonatix');
    const list = result.removed[1]!.text;
    expect(list.startsWith('Latest Stories\n-\nEcobank Ghana MD')).toBe(true);
    expect(list).toContain('shops ablazeÂ\n5 hours -');
    expect(list.endsWith('violators face up to 25 years in prison\n6 hours')).toBe(true);
    const lines = paragraphs(result);
    expect(lines).toHaveLength(14);
    expect(lines[0]).toMatch(/^Rwanda is in the "early stage" of talks/);
    expect(lines[13]).toBe('However, Rwanda says it is a safe place for refugees.');
    expect(result.found).toEqual({});
  });
});

describe('seed 002 (date prefix, READ ALSO)', () => {
  const result = clean(seed('002_39525e7978c702e1.txt'));

  it('takes the date, removes the teaser, and keeps everything else', () => {
    expect(result.found).toEqual({ published: '2025-05-05' });
    expect(fragments(result)).toEqual([
      { rule: 'date-line', reason: 'date line', text: 'date 2025-05-05', start: 1, end: 16 },
      {
        rule: 'teaser',
        reason: 'teaser for another story',
        text: 'READ ALSO: Trump Claims Credit For ‘Good Parts’ Of Economy, Blames Biden For Rest',
        start: 920,
        end: 1001,
      },
    ]);
    const lines = paragraphs(result);
    expect(lines[0]).toMatch(
      new RegExp(
        '^Rwanda and Washington are in the early stages of talks to receive immigrants from the United States, ' +
          String.raw`the Rwandan foreign minister told state media\.$`,
      ),
    );
    expect(lines[lines.length - 1]).toMatch(/by a Rwandan-backed military group\.$/);
    expect(lines).toHaveLength(13);
  });
});

describe('seed 003 (Also, read:)', () => {
  const result = clean(seed('003_c4cad0dce3722aec.txt'));

  it('removes only the teaser and keeps em-dash-glued words', () => {
    expect(fragments(result)).toEqual([
      {
        rule: 'teaser',
        reason: 'teaser for another story',
        text: 'Also, read: Rihanna Stuns at Met Gala with Third Pregnancy Reveal, Closes Red Carpet in Iconic Style',
        start: 1515,
        end: 1615,
      },
    ]);
    expect(result.body.text).toContain('United Kingdom—one that was later scrapped');
    const lines = paragraphs(result);
    expect(lines[0]).toMatch(/^Rwanda has confirmed that it is in preliminary discussions/);
    expect(lines[lines.length - 1]).toMatch(/the future of international asylum and resettlement\.$/);
    expect(lines).toHaveLength(9);
  });
});

describe('seed 004 (no junk)', () => {
  const original = seed('004_b2f98e1edda7d87e.txt');
  const result = clean(original);

  it('removes and repairs nothing', () => {
    expect(result.removed).toEqual([]);
    expect(result.body.text).toBe(original);
    expect(result.body.text).toContain('£700 million (approximately €821 million)');
    expect(result.found).toEqual({});
  });
});

describe('no text is ever silently dropped', () => {
  const texts = { ...SEEDS, ...FIXTURES };

  it.each(Object.keys(texts))('%s: every non-space character is in the body or a removed fragment', (name) => {
    const source = mapOriginal(texts[name]!);
    const result = cleanVersion(source);
    expect(droppedOffsets(source, result)).toEqual([]);
    expect(fragments(result).length).toBe(result.removed.length);
    const starts = result.removed.map((fragment) => fragment.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('covers all five seeds and the fixtures', () => {
    expect(Object.keys(SEEDS)).toHaveLength(5);
    expect(Object.keys(FIXTURES).length).toBeGreaterThanOrEqual(3);
  });
});
