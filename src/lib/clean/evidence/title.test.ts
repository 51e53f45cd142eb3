import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { cleanVersion } from '../index.ts';
import { siftStory } from './index.ts';

// One invented story told by three pages; each page puts something else above its headline.
const lede =
  'GLENMOOR (Coastline Press) — The harbour board suspended night ferry crossings on Monday after a hull inspection ' +
  'found corrosion on two of its three vessels.';
const rest = [
  'About 1,200 passengers a week use the late crossings, the board said in a statement.',
  '"We will not sail a boat we cannot vouch for," said harbour master Ilse Brandt.',
].join('\n');
const masthead = ['Glenmoor Evening Post', 'Harbour board halts night ferries after hull inspection', lede, rest].join('\n');
const adLine = ['tracker.example.com, pub-4417203958812, DIRECT, 9c2f', 'Night ferries halted as inspection finds corrosion', lede, rest];
const bullets = [
  '* Inspection finds corrosion on two vessels',
  '* Ferry crossings to resume in spring',
  'October 20, 2025 - 3:12 PM',
  lede,
  rest,
].join('\n');

const titles = (...texts: string[]): (string | undefined)[] =>
  siftStory(texts.map((text) => ({ body: mapOriginal(text), found: {} }))).map((result) => result.found.title);

describe('the title the story-evidence pass finds', () => {
  it('is the line above the article that reports the story, not a masthead, an ad-network line or a summary list', () => {
    expect(titles(masthead, adLine.join('\n'), bullets)).toEqual([
      'Harbour board halts night ferries after hull inspection',
      'Night ferries halted as inspection finds corrosion',
      undefined,
    ]);
  });
  it('may wear a bullet when it stands alone', () => {
    const bulleted = ['• Night ferries halted as inspection finds corrosion', lede, rest].join('\n');
    expect(titles(masthead, bulleted)[1]).toBe('• Night ferries halted as inspection finds corrosion');
  });
});

describe('a headline the rules found', () => {
  const other = ['Harbour board halts night ferries after hull inspection', lede, rest].join('\n');
  const sifted = (page: string): { title: string | undefined; ruled: string | undefined; unsupported: boolean } => {
    const cleaned = [page, other].map((text) => cleanVersion(mapOriginal(text), { format: 'txt' }));
    const [result] = siftStory(cleaned);
    return { title: result!.found.title, ruled: cleaned[0]!.found.title, unsupported: result!.titleUnsupported === true };
  };
  it('gives way when it reports nothing the other versions report (a section label), to the line that does', () => {
    const page = [
      'Advertisement',
      'Regional & Overseas Desk',
      '',
      'Night ferries halted as inspection finds corrosion',
      '',
      lede,
      rest,
    ].join('\n');
    expect(sifted(page)).toEqual({
      ruled: 'Regional & Overseas Desk',
      unsupported: true,
      title: 'Night ferries halted as inspection finds corrosion',
    });
  });
  it('gives way when it is a picture’s caption with its credit', () => {
    const page = [' date 2025-10-20 Night ferries halted as inspection finds corrosion on vessels. | Image: Reuters', '', lede, rest].join(
      '\n',
    );
    expect(sifted(page)).toEqual({
      ruled: 'Night ferries halted as inspection finds corrosion on vessels. | Image: Reuters',
      unsupported: true,
      title: undefined,
    });
  });
  it('stands when the other versions report it', () => {
    const page = ['Advertisement', 'Night ferries halted as inspection finds corrosion', '', lede, rest].join('\n');
    expect(sifted(page)).toEqual({ ruled: 'Night ferries halted as inspection finds corrosion', unsupported: false, title: undefined });
  });
});
