/**
 * Shared Intl.Segmenter instances. Building one costs far more than segmenting a sentence, and a
 * story segments thousands of sentences, so each (locale, granularity) pair is built once.
 */

const DEFAULT_LOCALE = 'en';
const cache = new Map<string, Intl.Segmenter>();

export function segmenterFor(granularity: 'sentence' | 'word', locale: string = DEFAULT_LOCALE): Intl.Segmenter {
  const key = `${granularity}:${locale}`;
  let segmenter = cache.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity });
    cache.set(key, segmenter);
  }
  return segmenter;
}
