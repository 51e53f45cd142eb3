/**
 * The facts stage: every quote, number, date, person, place, organisation and cited source that
 * any version carries, grouped across versions into facts, with the variants each outlet gives and
 * a flag where they disagree in substance; plus `claim` facts for meaning-changing wording changes
 * between aligned sentences (negation, hedges, reporting verbs). See README.md.
 */
import { assignIds, buildFact, nameReachOf } from './build.ts';
import { readableLabels } from './labels.ts';
import { findClaims } from './claims/claims.ts';
import { collectNames, extractVersionMentions, storyYearOf } from './extract/extract.ts';
import { groupMentions, inDateline, isDayDate } from './group/group.ts';
import { compareCodeUnits } from '../language/code-units.ts';
import { quotesBySentence } from './group/paraphrases.ts';
import { storyContext, type StoryContext } from './story-context.ts';
import { FACT_KINDS, type Fact, type FactAlignmentGroup, type FactInputVersion, type RawMention } from './types.ts';
import { FACT_WORK_LIMITS, PairBudget, WorkLedger, type FactWork, type FactWorkLimits } from './work-limits.ts';

export type {
  DateValue,
  ExtractContext,
  Fact,
  FactAlignmentGroup,
  FactInputVersion,
  FactKind,
  FactMention,
  FactVariant,
  NumberValue,
  RawMention,
} from './types.ts';
export { FACT_KINDS } from './types.ts';
export { FACT_WORK_LIMITS, type FactWork, type FactWorkLimits } from './work-limits.ts';
export { extractMentions, extractVersionMentions, type MentionContext } from './extract/extract.ts';
export { resolveDate } from '../language/date-resolve.ts';

/**
 * The fact index of a story. `alignment` groups corresponding sentences across versions (from
 * `alignStory`); mentions in aligned sentences are the strongest candidates for one fact. The result
 * does not depend on the order of `versions`: disagreements first, then by kind and reach.
 */
export function buildFactIndex(versions: readonly FactInputVersion[], alignment: readonly FactAlignmentGroup[]): Fact[] {
  return buildFactIndexWithWork(versions, alignment).facts;
}

/** The fact index with a report of its pair work, for callers that show when a work limit cut it short. */
export function buildFactIndexWithWork(
  versions: readonly FactInputVersion[],
  alignment: readonly FactAlignmentGroup[],
  limits: FactWorkLimits = FACT_WORK_LIMITS,
): { facts: Fact[]; work: FactWork } {
  const ordered = [...versions].sort((a, b) => compareCodeUnits(a.id, b.id));
  const context = storyContext(ordered, alignment);
  const names = collectNames(ordered);
  const storyYear = storyYearOf(ordered);
  const mentions = ordered.flatMap((version) => extractVersionMentions(version, names, version.published ? undefined : storyYear));
  const quotes = quotesBySentence(mentions);
  const ledger = new WorkLedger(limits);
  const soleDay = soleDayDates(mentions, context);
  const nameReach = nameReachOf(mentions);
  const facts = FACT_KINDS.filter((kind) => kind !== 'claim').flatMap((kind) => {
    const ofKind = mentions.filter((mention) => mention.kind === kind).sort(byVersionThenAt);
    const budget = new PairBudget(limits.maxGroupingPairs);
    const groups = groupMentions(kind, ofKind, context, budget);
    ledger.grouping(kind, budget);
    return groups.map((group) => buildFact(kind, group, context, quotes, ledger, soleDay, nameReach));
  });
  const all = readableLabels([...facts, ...findClaims(ordered, alignment, mentions, context)], context.sentence);
  return { facts: assignIds(all), work: ledger.result() };
}

/** Day dates that are the only one named in their sentence (a wire dateline's not counted). */
function soleDayDates(mentions: readonly RawMention[], context: StoryContext): (mention: RawMention) => boolean {
  const days = mentions.filter((mention) => mention.kind === 'date' && isDayDate(mention) && !inDateline(mention, context));
  const perSentence = new Map<string, number>();
  for (const mention of days) perSentence.set(mention.sentence, (perSentence.get(mention.sentence) ?? 0) + 1);
  const sole = new Set(days.filter((mention) => perSentence.get(mention.sentence) === 1));
  return (mention) => sole.has(mention);
}

function byVersionThenAt(a: RawMention, b: RawMention): number {
  return compareCodeUnits(a.version, b.version) || a.start - b.start || compareCodeUnits(a.kind, b.kind);
}
