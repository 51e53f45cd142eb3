import type { Sentence, Token } from '../types.ts';
import { diffTokens } from './token-diff.ts';
import type { DiffOptions, GroupDiff } from './types.ts';

/**
 * The diff of one aligned row: the group's a-sentences against its b-sentences, each side's tokens
 * concatenated in reading order, so a sentence split in one version and whole in the other still
 * diffs word for word. Either side may be empty.
 */
export function diffSentenceGroup(aSentences: readonly Sentence[], bSentences: readonly Sentence[], options?: DiffOptions): GroupDiff {
  const aTokens = concatTokens(aSentences);
  const bTokens = concatTokens(bSentences);
  return { ...diffTokens(aTokens, bTokens, options), aTokens, bTokens };
}

export function concatTokens(sentences: readonly Sentence[]): readonly Token[] {
  // Most rows hold one sentence a side: its own token list serves, uncopied (nothing writes to it).
  if (sentences.length === 1) return sentences[0]!.tokens;
  return sentences.flatMap((sentence) => sentence.tokens);
}
