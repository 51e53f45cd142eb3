import type { AlignmentLimits } from './types.ts';

/** Sentences (story-wide indexes) that contain one key. */
export interface Posting {
  key: string;
  sentences: readonly number[];
}

export interface CandidateOptions {
  /** Version index of each sentence; pairs within one version are never candidates. */
  versionOf: readonly number[];
  /** Stop after this many distinct pairs. */
  maxPairs: number;
  /**
   * Keys in more than this share of sentences do not propose pairs (they still count when a pair is
   * scored): a word in every other sentence would make every pair a candidate and tells nothing.
   */
  maxShare: number;
}

/**
 * Candidate sentence pairs from an inverted index: two sentences are compared only if they share a
 * key. Keys are taken rarest first, so when the pair budget runs out (a 20-version story, or
 * 500-sentence versions) the pairs already found are those with the strongest evidence, and the
 * shortfall is reported instead of the build stalling. Pairs are encoded `a * n + b` with `a < b`.
 */
export function candidatePairs(
  postings: readonly Posting[],
  sentenceCount: number,
  options: CandidateOptions,
): {
  pairs: number[];
  limits: AlignmentLimits;
} {
  const ordered = [...postings].sort((x, y) => x.sentences.length - y.sentences.length || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const seen = new Set<number>();
  const maxPostings = Math.max(2, Math.floor(sentenceCount * options.maxShare));
  let capped = false;
  let lastDf = 0;
  outer: for (const posting of ordered) {
    const list = posting.sentences;
    if (list.length < 2 || list.length > maxPostings) continue;
    const otherVersionFrom = nextOtherVersion(list, options.versionOf);
    for (let i = 0; i < list.length; i++) {
      for (let j = otherVersionFrom[i]!; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (options.versionOf[a] === options.versionOf[b]) continue;
        const code = a < b ? a * sentenceCount + b : b * sentenceCount + a;
        if (seen.has(code)) continue;
        if (seen.size >= options.maxPairs) {
          capped = true;
          break outer;
        }
        seen.add(code);
      }
    }
    lastDf = list.length;
  }
  const limits: AlignmentLimits = { maxPairs: options.maxPairs, pairsScored: seen.size, capped };
  if (capped) {
    limits.note =
      `alignment stopped at ${options.maxPairs} sentence pairs: ` +
      `only sentences sharing a word found in at most ${lastDf} sentences were compared`;
  }
  return { pairs: [...seen].sort((x, y) => x - y), limits };
}

/**
 * For each position of a posting list, the first later position holding another version's sentence.
 * Same-version pairs never count against the budget, so without this skip one long version (a 5 MB
 * file, 28,000 sentences) walks every same-version pair of every common word: quadratic and unbounded.
 */
function nextOtherVersion(list: readonly number[], versionOf: readonly number[]): Int32Array {
  const next = new Int32Array(list.length);
  next[list.length - 1] = list.length;
  for (let k = list.length - 2; k >= 0; k--) {
    next[k] = versionOf[list[k + 1]!] !== versionOf[list[k]!] ? k + 1 : next[k + 1]!;
  }
  return next;
}
