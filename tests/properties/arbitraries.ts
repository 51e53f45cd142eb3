import fc from 'fast-check';
import type { StoryInput } from '../../src/lib/types.ts';
import { storyInput } from '../hostile/story-input.ts';

/**
 * Generators of news-like text for property tests: sentences from a small shared vocabulary (so
 * versions overlap and the aligner has work), plus the kinds of junk and damage the cleaner repairs
 * (glued sentences, mojibake, share bars, timestamps, captions, CRLF, curly quotes, no-break spaces).
 */

const NAMES = ['Rwanda', 'Kigali', 'Nduhungirehe', 'Washington', 'Rubio', 'Reuters', 'Cooper', 'U.S.', 'UK'];
const WORDS = [
  'the',
  'talks',
  'said',
  'minister',
  'migrants',
  'deported',
  'early',
  'stage',
  'agreement',
  'government',
  'would',
  'not',
  'about',
  'offer',
  'scheme',
  'court',
  'country',
];
const NUMBERS = ['700', '£700 million', '2022', 'four', '1,500', '3.5%'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...NUMBERS) },
);

/** One sentence: capitalised, 3–14 words, sometimes a quote or a comma, ending in . ? ! or ." */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 14 }), fc.constantFrom('.', '.', '.', '?', '!', '."', '.”'), fc.boolean(), fc.nat(20))
  .map(([words, end, quoted, commaAt]) => {
    const body = words.map((w, i) => (i === commaAt % words.length && i > 0 && i < words.length - 1 ? `${w},` : w));
    let text = body.join(' ');
    text = text[0]!.toUpperCase() + text.slice(1);
    if (quoted && !end.includes('"') && !end.includes('”')) text = `“${text}${end}” he said.`;
    else text += end;
    return text;
  });

/** Damage and junk a scraped page carries, each a line or a glue the cleaner knows how to take out. */
const junkLine = fc.constantFrom(
  'Share',
  'Save',
  '13 minutes ago',
  'Advertisement',
  'Getty Images',
  'Image source, Reuters',
  'READ ALSO: Ten things about ferries',
  '5 May 2025',
);

/** A paragraph: sentences joined by spaces, sometimes glued (`said.His`), sometimes with mojibake or a no-break space. */
const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom('plain', 'glued', 'mojibake', 'nbsp'))
  .map(([sentences, damage]) => {
    const joined = sentences.join(damage === 'glued' ? '' : ' ');
    if (damage === 'mojibake') return joined.replace(' ', '\u00c2\u00a0');
    if (damage === 'nbsp') return joined.replace(' ', '\u00a0');
    return joined;
  });

/** A version file: paragraphs with junk lines between them, LF or CRLF. */
export const versionText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(paragraph, fc.option(junkLine, { freq: 3 })), { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([blocks, crlf]) => {
    const text = blocks.map(([body, junk]) => (junk === null ? body : `${junk}\n\n${body}`)).join('\n\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** A story of 1–4 versions drawn from one pool of sentences, so versions share, reorder and drop them. */
export const storyVersions: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.array(sentence, { minLength: 3, maxLength: 10 }),
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    fc.array(versionText, { minLength: 4, maxLength: 4 }),
  )
  .map(([pool, count, picks, extras]) =>
    Array.from({ length: count }, (_, v) => {
      const chosen = pool.filter((_, i) => picks[(v * 10 + i) % picks.length]! % 3 !== 0);
      const order = chosen
        .map((s, i) => ({ s, key: picks[(v * 7 + i) % picks.length]! }))
        .sort((x, y) => x.key - y.key)
        .map((entry) => entry.s);
      return `${order.join(' ')}\n\n${extras[v]!}`;
    }),
  );

export function toStory(texts: readonly string[], ids: readonly string[] = texts.map((_, i) => `v${i + 1}`)): StoryInput {
  return storyInput(
    'property',
    texts.map((text, i) => ({ id: ids[i]!, text })),
  );
}
