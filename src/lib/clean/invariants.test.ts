import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { droppedOffsets } from '../../../tests/fixtures/clean/expect-clean.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import { cleanVersion } from './index.ts';

/** Pieces of scraped pages: prose, widgets, list entries, mojibake, and glue between them. */
const PIECES = [
  'Rwanda is in the "early stage" of talks, the minister said.',
  'His comments came after the U.S. Secretary of State spoke.',
  'Share prices rose 1.3% on Monday.',
  'Related research shows arrivals fell.',
  'Advertisement revenue fell.',
  'Latest figures show a rise.',
  'Rwanda confirms talks with US',
  '13 minutes ago',
  'ShareSave',
  'Cecilia Macaulay',
  'BBC News',
  'Reuters',
  'Getty Images/BBC',
  'Latest Stories',
  'You may also be interested in:',
  '4 hours -',
  '-',
  'READ ALSO: Trump Claims Credit For Economy',
  'Audio By Carbonatix',
  'Follow us on Twitter @BBCAfrica',
  'Africa',
  'United States',
  ' date 2025-05-05',
  'Kenyaâ€™s',
  'ablazeÂ',
  'â€œQuoteâ€\u009d',
  'Â\u00a0',
  '"another chance"',
  'McDonald iPhone BBCAfrica.com',
  'THE DAILY LEDGER',
  'Home | UK | World | Business',
  'Sport',
  'WhatsApp',
  'Share   Tweet   Pin   Email',
  'Crews at the scene. Photo: Jane Doe / Courier',
  '(Image: Getty Images)',
  '© 2026 Courier. All rights reserved.',
  'Comments (48)',
  'Most Read',
  '1.',
  '- Jobs boost in Wakefield',
  '(Reporting by Jane Doe; editing by John Smith)',
  'done,â€',
];
const GLUE = ['', ' ', '\n', '\r\n', '\n\n'];

const scrapedPage = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

describe('cleanVersion on generated scraped pages', () => {
  it('never throws, never drops text silently, and reports fragments that match the original', () => {
    fc.assert(
      fc.property(scrapedPage, (page) => {
        const source = mapOriginal(page);
        const result = cleanVersion(source);
        expect(droppedOffsets(source, result)).toEqual([]);
        for (const fragment of result.removed) expect(page.slice(fragment.start, fragment.end)).toBe(fragment.text);
        const starts = result.removed.map((fragment) => fragment.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 400, seed: 20250505 },
    );
  });
});
