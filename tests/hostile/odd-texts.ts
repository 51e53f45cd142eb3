/**
 * Odd but plausible version texts, generated deterministically (a seeded generator, never
 * Math.random) so a failure reproduces exactly.
 */

/** Park–Miller minimal standard generator: small, seeded, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * About `length` characters made of whole seed captures, one after another (page chrome and all, as a
 * scraper that glued many pages together would produce), with a few long words numbered per copy so
 * copies are near, not exact, duplicates.
 */
export function hugeVersion(seeds: readonly string[], length: number): string {
  const random = seededRandom(7);
  const parts: string[] = [];
  let total = 0;
  for (let copy = 0; total < length; copy++) {
    const text = seeds[copy % seeds.length]!.replace(/\b[A-Za-z]{7,}\b/g, (word) => (random() < 0.05 ? `${word}${copy}` : word));
    parts.push(text);
    total += text.length + 2;
  }
  return parts.join('\n\n');
}

/** A capture with its paragraphs rotated by `by`: the same story, told in another order. */
export function rotateParagraphs(text: string, by: number): string {
  const paragraphs = text.split(/\n\s*\n/);
  const shift = by % paragraphs.length;
  return [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join('\n\n');
}

/** Arabic and Hebrew prose: right-to-left scripts, the Arabic question mark and comma. */
export const RIGHT_TO_LEFT_A =
  'قالت رواندا إنها تجري محادثات مع الولايات المتحدة بشأن استقبال مهاجرين مرحلين. وقال وزير الخارجية إن المحادثات في مرحلة مبكرة، ' +
  'ولم يتم التوصل إلى اتفاق بعد. هل ستقبل كيغالي المهاجرين؟\n\nלפי הדיווח, המגעים נמצאים בשלב מוקדם.';
export const RIGHT_TO_LEFT_B =
  'قالت رواندا إنها تجري محادثات مع واشنطن بشأن استقبال مهاجرين. وقال الوزير إن المحادثات في مرحلة مبكرة جدا، ولم يتم التوصل إلى ' +
  'اتفاق. هل ستقبل كيغالي المهاجرين؟';

/** Emoji (flags, a ZWJ family, skin tone), combining accents (decomposed é), and "Zalgo" stacks of marks. */
export const EMOJI_AND_MARKS_A =
  'Rwanda 🇷🇼 is in talks with the US 🇺🇸 over migrants 👨‍👩‍👧‍👦 deported from America. ' +
  'The cafe\u0301 owner in Kigali said: "We are ready 👍🏽." Z\u0334\u0321a\u0337l\u0338g\u0335o\u0336 text stays readable.';
export const EMOJI_AND_MARKS_B =
  'Rwanda 🇷🇼 is in talks with the United States over migrants deported from America. ' +
  'The café owner in Kigali said: "We are ready 👍." Zalgo text stays readable.';

/** Lower-case words with no punctuation and no line breaks at all: one run-on "sentence". */
export function unpunctuated(words: number, seed: number): string {
  const vocabulary = [
    'rwanda',
    'talks',
    'with',
    'the',
    'united',
    'states',
    'over',
    'migrants',
    'deported',
    'minister',
    'said',
    'early',
    'stage',
    'kigali',
    'washington',
    'agreement',
    'not',
    'yet',
    'reached',
    'government',
  ];
  const random = seededRandom(seed);
  return Array.from({ length: words }, () => vocabulary[Math.floor(random() * vocabulary.length)]!).join(' ');
}

/** An unrelated story: a village fête, nothing in common with the seed but common English words. */
export const UNRELATED =
  'The village fete in Little Hadley raised four hundred pounds for the church roof on Saturday. ' +
  'Cakes sold out by noon, and the tombola ran until dusk.\n\n' +
  "Organisers thanked the weather and the Women's Institute, whose jam stall was the busiest of the day. " +
  'Next year the fete will move to the cricket ground.';

/**
 * `count` short sentences, each naming a random ~45% of ten common civic words: two such versions
 * share so many mid-frequency words that candidate pairs exceed the aligner's budget (250,000 at
 * 600 sentences each), so the alignment must stop early and say so.
 */
export function crowdedVersion(seed: number, count: number): string {
  const words = ['council', 'budget', 'harbour', 'ferry', 'school', 'bridge', 'library', 'market', 'station', 'river'];
  const random = seededRandom(seed);
  const sentences: string[] = [];
  for (let day = 1; day <= count; day++) {
    const named = words.filter(() => random() < 0.45);
    sentences.push(`On day ${day} the ${named.join(' and the ') || 'town'} were discussed again.`);
  }
  return sentences.join(' ');
}
