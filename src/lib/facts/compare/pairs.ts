import { styleKey } from '../normalize.ts';
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
