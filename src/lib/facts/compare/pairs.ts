import type { Sentence, Token } from '../../types.ts';
import { clauseBreakIn } from '../../language/clauses.ts';
import { lemma } from '../../language/lexicon.ts';
import { stem, styleKey } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import type { PairBudget } from '../work-limits.ts';
import { RULE_ORDER, type ClaimChange, type FlagEvidence, type FlagVerdict } from './types.ts';

/** Pairs of mentions of different versions, one mention per version and value, as many as `budget` allows. */
export function crossPairs(all: readonly RawMention[], budget: PairBudget): [RawMention, RawMention][] {
  const distinct = new Map<string, RawMention>();
  for (const mention of all) {
    const key = `${mention.version}\u0000${mention.key}\u0000${mention.resolved ?? ''}\u0000${mention.speaker ?? ''}\u0000${mention.text}`;
    if (!distinct.has(key)) distinct.set(key, mention);
  }
  const mentions = [...distinct.values()];
  const pairs: [RawMention, RawMention][] = [];
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      if (mentions[i]!.version === mentions[j]!.version) continue;
      if (!budget.take()) return pairs;
      pairs.push([mentions[i]!, mentions[j]!]);
    }
  }
  return pairs;
}

/** The evidence of a flag resting on two mentions. */
export function evidenceOf(rule: FlagEvidence['rule'], slot: string, a: RawMention, b: RawMention, context: StoryContext): FlagEvidence {
  return {
    rule,
    slot,
    values: [a.text, b.text],
    versions: [a.version, b.version],
    sentences: [a.sentence, b.sentence],
    link: round(context.link(a.sentence, b.sentence)),
  };
}

/** The strongest of several candidate flags: likely before possible, then by substance, then by link. */
export function strongest(verdicts: readonly FlagVerdict[]): FlagVerdict | undefined {
  const rank = (verdict: FlagVerdict): number => RULE_ORDER.indexOf(verdict.evidence?.rule ?? 'wording');
  return [...verdicts]
    .filter((verdict) => verdict.disagreement)
    .sort(
      (a, b) =>
        Number(b.confidence === 'likely') - Number(a.confidence === 'likely') ||
        rank(a) - rank(b) ||
        (b.evidence?.link ?? 0) - (a.evidence?.link ?? 0),
    )[0];
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The words of one side of a claim change, by style key. */
export function wordsIn(side: ClaimChange['a']): string[] {
  return side.sentence.tokens
    .filter((token) => token.word && token.at >= side.at && token.at < side.end)
    .map((token) => styleKey(token.norm));
}

/** A word of a sentence as the sentence-pair rules read it: the token, its style key and its stem (of its lemma). */
export interface PairWord {
  token: Token;
  key: string;
  stem: string;
}

// A sentence of a group of n versions is read against n - 1 others by three rules, each both ways round:
// its words are read once (sentences are never changed after segmenting, so the memo cannot go stale).
const pairWordsMemo = new WeakMap<Sentence, readonly PairWord[]>();

/** The words of a sentence, with their keys and stems, in order. */
export function pairWords(sentence: Sentence): readonly PairWord[] {
  const known = pairWordsMemo.get(sentence);
  if (known) return known;
  const words = sentence.tokens
    .filter((token) => token.word)
    .map((token) => {
      const key = styleKey(token.norm);
      return { token, key, stem: stem(lemma(key)) };
    });
  pairWordsMemo.set(sentence, words);
  return words;
}

/** Punctuation between two words of a sentence (a comma, a dash, a full stop): they sit in different clauses. */
export function punctuationBetween(sentence: Sentence, left: PairWord, right: PairWord): boolean {
  return clauseBreakIn(sentence.text.slice(left.token.at + left.token.text.length, right.token.at));
}

/** Two words with nothing but spaces between them (`all deposits`, not `all-time`). */
export function spaced(sentence: Sentence, left: PairWord, right: PairWord): boolean {
  return /^\s+$/u.test(sentence.text.slice(left.token.at + left.token.text.length, right.token.at));
}

/** The side of a change covering the words `from` to `to` (inclusive) of a sentence. */
export function sideOf(sentence: Sentence, words: readonly PairWord[], from: number, to: number): ClaimChange['a'] {
  const last = words[to]!.token;
  return { sentence, at: words[from]!.token.at, end: last.at + last.text.length };
}

/** A rule that reads one sentence against another in one direction (`whole` against `part`, `unknown` against `stated`). */
export type OneWayRule = (x: Sentence, wordsX: readonly PairWord[], y: Sentence, wordsY: readonly PairWord[]) => ClaimChange | undefined;

/** A one-way rule tried both ways round, the change's sides always `a`'s then `b`'s. */
export function eitherWay(a: Sentence, b: Sentence, rule: OneWayRule): ClaimChange | undefined {
  const wordsA = pairWords(a);
  const wordsB = pairWords(b);
  const forward = rule(a, wordsA, b, wordsB);
  if (forward) return forward;
  const backward = rule(b, wordsB, a, wordsA);
  return backward && { ...backward, a: backward.b, b: backward.a };
}
