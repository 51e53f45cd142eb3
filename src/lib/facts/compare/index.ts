/**
 * Where each kind of disagreement is decided: one file per kind of flag.
 * - value.ts: figures and dates (a bound added or dropped is a hedge: hedge.ts)
 * - spelling.ts: a name spelled two ways; title.ts: a person's title
 * - quote.ts: quote wording; attribution.ts: one quotation given to two people
 * - claim.ts: claim facts (from claims/): negation.ts, hedge.ts, willingness, modal, legal status, reporting verb, wording;
 *   and, read off two aligned sentences whole (`sentenceChanges`): scope.ts (part against whole), attribution.ts
 *   (one act, two actors), claim.ts (stated against not known)
 * A flag needs evidence: two mentions of different versions, in corresponding sentences where the
 * kind is about one statement, filling one slot, differing in substance.
 */
import type { Sentence } from '../../types.ts';
import type { StoryContext } from '../story-context.ts';
import type { FactKind, RawMention } from '../types.ts';
import { FACT_WORK_LIMITS, PairBudget } from '../work-limits.ts';
import { actorChange } from './attribution.ts';
import { contradiction } from './claim.ts';
import { crossPairs, strongest } from './pairs.ts';
import { scopeChange } from './scope.ts';
import { spellingFlags } from './spelling.ts';
import { quoteFlags } from './quote.ts';
import { titleFlags } from './title.ts';
import { NO_FLAG, type ClaimChange, type FlagVerdict } from './types.ts';
import { dateFlag, LINKED, numberFlag } from './value.ts';

export type { FlagConfidence, FlagEvidence, FlagRule, FlagVerdict } from './types.ts';
export { RULE_ORDER } from './types.ts';

/** The flag of one fact's mentions: the strongest evidence found among pairs of different versions, or none. */
export function flagFact(
  kind: FactKind,
  mentions: readonly RawMention[],
  context: StoryContext,
  budget = new PairBudget(FACT_WORK_LIMITS.maxVariantPairs),
  soleDay: (mention: RawMention) => boolean = () => false,
): FlagVerdict {
  const verdicts: FlagVerdict[] = [];
  switch (kind) {
    case 'number':
      for (const [a, b] of crossPairs(mentions, budget)) {
        const verdict = numberFlag(a, b, context);
        if (verdict) verdicts.push(verdict);
      }
      break;
    case 'date':
      for (const [a, b] of crossPairs(mentions, budget)) {
        const verdict = dateFlag(a, b, context, soleDay(a) && soleDay(b));
        if (verdict) verdicts.push(verdict);
      }
      break;
    case 'quote':
      verdicts.push(...quoteFlags(crossPairs(mentions, budget), context));
      break;
    case 'person':
      verdicts.push(...spellingFlags(mentions, context, budget), ...titleFlags(mentions, context, budget));
      break;
    default:
      break;
  }
  const best = strongest(verdicts);
  if (!best)
    return budget.exhausted
      ? { disagreement: false, note: `compared in part: the first ${budget.max} pairs of variants agree; the rest were not compared` }
      : NO_FLAG;
  // One note per rule that fired, the strongest first, so an editor sees every kind of difference.
  const notes = new Map<string, string | undefined>([[best.evidence?.rule ?? '', best.note]]);
  for (const verdict of verdicts) if (!notes.has(verdict.evidence?.rule ?? '')) notes.set(verdict.evidence?.rule ?? '', verdict.note);
  return { ...best, note: [...notes.values()].filter((note): note is string => Boolean(note)).join('; ') };
}

/** The changes of claim two aligned sentences of different versions show as wholes: scope, attribution of an act, contradiction. */
export function sentenceChanges(a: Sentence, b: Sentence, link: number): ClaimChange[] {
  // As for values: sentences linked less than this are not shown to tell one thing.
  if (link < LINKED) return [];
  return [scopeChange(a, b), actorChange(a, b, link), contradiction(a, b)].filter((change): change is ClaimChange => change !== undefined);
}
