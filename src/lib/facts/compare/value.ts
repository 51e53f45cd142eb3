/**
 * Value flags: two figures or two dates that fill the same slot and differ. Corresponding sentences
 * (their link, not mere membership of one alignment group), the same slot (what is counted and its
 * unit; for dates, words around them naming the same event), and a real difference: a figure noted
 * as rounded (`about 6,000` / `6,000`) is house style, a bound added or dropped (`at least 80` / `80`)
 * is a hedge, reported as one and only as `possible`; a span of time said loosely (`more than two
 * days after`) is neither.
 */
import { tenseOf } from '../extract/dates.ts';
import { stem } from '../normalize.ts';
import { contextOverlap, type StoryContext } from '../story-context.ts';
import type { DateValue, NumberValue, RawMention } from '../types.ts';
import { sentenceFigures } from '../extract/extract.ts';
import { sameCounted, sameDescribers, slotOf, weaklyLinkedSlot, zonedClockTime } from '../group/slots.ts';
import { durationUnitOf } from '../words.ts';
import { joinedClauseAround } from '../../language/clauses.ts';
import { unitKey } from '../../language/units.ts';
import { CHANGE_AFTER, CHANGE_BEFORE } from '../../language/change-words.ts';
import { boundsAgree } from './bounds.ts';
import { firstAfterGap, gapSince } from './first-since.ts';
import { originOf, totalOf } from './parts.ts';
import { hedgesDiffer } from './hedge.ts';
import { datesSaying } from './saying.ts';
import { regionScope } from './region.ts';
import { zonesExplain } from './time-zone.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagVerdict } from './types.ts';

/** Least link of two sentences for a flag at all, and for a likely one. */
export const LINKED = 0.15;
export const LIKELY_LINK = 0.3;
/** Least overlap of the words around two mentions (0..1) for them to fill one slot, when the link alone is not strong. */
const SLOT_OVERLAP = 0.25;
/** Least overlap of the words around two figures in sentences the alignment did not pair. */
const UNLINKED_OVERLAP = 0.5;
/** …for one toll (`injured`), the story's one figure of it in each version. */
const UNLINKED_TOLL_OVERLAP = 0.2;
/** Words either side of a mention that say what it is a value of (`killing 80 people`, `247 people on board`). */
const NEAR_WORDS = 4;
/** From this link, two corresponding sentences fill one slot with their one differing figure. */
const SURE_LINK = 0.5;

export function numberFlag(a: RawMention, b: RawMention, context: StoryContext): FlagVerdict | undefined {
  const x = a.number;
  const y = b.number;
  if (!x || !y || x.vague || y.vague) return undefined;
  // `for the first time since 2008` says a thing happened again after a gap, not how many times (first-since.ts).
  if (firstAfterGap(a, context) || firstAfterGap(b, context)) return undefined;
  // People from two places (`six from Velland` / `38 from Orrin`) are two slots; a figure in parts
  // (`48 plus one infant`) counts their sum (parts.ts).
  const originA = originOf(a, context);
  const originB = originOf(b, context);
  if (originA !== undefined && originB !== undefined && originA !== originB) return undefined;
  if ((totalOf(a, context) !== x.amount || totalOf(b, context) !== y.amount) && totalOf(a, context) === totalOf(b, context))
    return undefined;
  if ((x.currency ?? '') !== (y.currency ?? '') || Boolean(x.percent) !== Boolean(y.percent) || Boolean(x.ordinal) !== Boolean(y.ordinal))
    return undefined;
  const slotA = slotOf(a, context);
  const slotB = slotOf(b, context);
  const oneToll = slotA?.toll === true && slotA.key === slotB?.key;
  if (!oneToll && !sameCounted(x, y)) return undefined;
  // A named person's age (`Velin, 23,`) is compared only with an age: not with a jury's size or a sentence's term (`up to 40 years`).
  if (Boolean(slotA?.named) !== Boolean(slotB?.named) && !countsAge(slotA?.named ? y : x)) return undefined;
  // A stretch of time (`37 years in office`) is compared only with another stretch: a bare figure beside it is
  // an age, a score or a count (`the oldest serving mayor, at 91`), never how long something lasted.
  if (isDuration(x) !== isDuration(y)) return undefined;
  // So is a measure (`about 4 km`): a bare figure beside it counts something else (`found the 13`).
  if ((unitKey(x.noun?.split(' ')[0] ?? '') !== undefined) !== (unitKey(y.noun?.split(' ')[0] ?? '') !== undefined)) return undefined;
  // The other sentence gives this very figure too (`in the 20th minute … in the 71st minute` / `in the 20th
  // minute`): that is its counterpart, and the pair a figure one version adds, not one slot given two values.
  if (givesFigure(b, x, context) || givesFigure(a, y, context)) return undefined;
  // A change or a margin (`trails him by three`, `down about nine percent`) is no level (`15 major titles`, `41.5%`).
  if (isChange(a, context) !== isChange(b, context)) return undefined;
  // A figure in brackets converting another (`a 200-metre (650 feet) span`) answers for that figure, which is compared itself.
  if (isConversion(a, context) || isConversion(b, context)) return undefined;
  const link = context.link(a.sentence, b.sentence);
  const overlap = contextOverlap(context, a, b);
  // Sentences the alignment did not pair may still give one quantity two values: both say what they
  // count, the same thing (grouping let them meet only when that thing is counted once per version),
  // and the words around both agree. Possible only: the sentences themselves are not shown to correspond.
  if (link < LINKED) {
    if (!slotA || slotA.key !== slotB?.key || !differs(x, y) || holds(x, y) || holds(y, x)) return undefined;
    if (boundsAgree(x, y)) return undefined;
    // A counted thing described on one side only (`9 elected wardens` / `14 wardens`): two sets, nothing shows otherwise.
    if (!sameDescribers(a, b)) return undefined;
    // Sentences that share some of their words, each giving one counted thing (`45 days in office` / `44 days`).
    const weak = weaklyLinkedSlot(slotA, slotB, a, b, context) && sharesNearWord(a, b, context, [x.noun, y.noun]);
    // A sentence giving the slot two figures (`42 died … a combined toll of 44`): which one answers the other is in doubt.
    if ((slotA.toll || weak) && (slotTwice(a, slotA.key, context) || slotTwice(b, slotA.key, context))) return undefined;
    // One named person's age given two values: the slot is the person, wherever the sentences sit.
    if (slotA.named)
      return {
        disagreement: true,
        confidence: 'likely',
        evidence: evidenceOf('value', slotA.key, a, b, context),
        note: `different ages: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
      };
    // A unit of measure (`2 mph` / `about 1.7mph`) says what is measured: in one alignment group, however loosely,
    // or each version's only figure in that unit (grouping joins such figures of unaligned sentences), one quantity.
    const measured = unitKey(slotA.key) !== undefined;
    if (!measured && !weak && overlap < (slotA.toll ? UNLINKED_TOLL_OVERLAP : UNLINKED_OVERLAP)) return undefined;
    return scopedOrValue(a, b, context, {
      disagreement: true,
      confidence: 'possible',
      evidence: evidenceOf('value', slotA.key, a, b, context),
      note: `different figures: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
    });
  }
  const slot = x.noun ?? y.noun ?? context.keywords(a, 3).join(' ');
  if (differs(x, y)) {
    // A range holding the other's figure (`73 to 81` / `81`) is the other quoting one end.
    if (holds(x, y) || holds(y, x)) return undefined;
    // Two bounds that say one thing (`more than 1,700` / `at least 1,711`): bounds.ts.
    const bounded = boundsAgree(x, y);
    if (bounded === 'same') return undefined;
    // A forecast and an outcome (`will create $1 billion in savings` / `the plan resulted in savings of $2.2 billion`) are two slots.
    if (forecastAndOutcome(a, b, context)) return undefined;
    if (link < SURE_LINK && overlap < SLOT_OVERLAP && !(x.noun && y.noun)) return undefined;
    // Words right beside both figures name the slot; failing that, both saying what they count and
    // the wider words around them agreeing (`9 people still in hospital` / `16 people treated in hospital`): possible.
    const sameSlotNear = sharesNearWord(a, b, context, [x.noun, y.noun]);
    // Or each of two aligned sentences gives the one thing both name a single figure (`more than 30 cars fell` / `almost 40 cars plunged`).
    // (When both slots are known, one: `247 people on board` is no toll of `killing 80 people`.)
    const bothNamed = Boolean(x.noun && y.noun) && (!slotA || !slotB || slotA.key === slotB.key);
    const soleNamed = bothNamed && !slotInDoubt(a, b, context) && !slotInDoubt(b, a, context);
    if (link < SURE_LINK && !sameSlotNear && !(bothNamed && (overlap >= UNLINKED_OVERLAP || soleNamed))) return undefined;
    const likely =
      link >= LIKELY_LINK &&
      (overlap >= SLOT_OVERLAP || link >= SURE_LINK || Boolean(x.noun && y.noun)) &&
      !slotInDoubt(a, b, context) &&
      !slotInDoubt(b, a, context) &&
      sameSlotNear;
    // A bound beside a plain figure it holds (`more than 1,700` / `1,711`) is a bound added: a hedge, as for one figure.
    if (bounded === 'hedge') return isDuration(x) || isDuration(y) ? undefined : hedgeVerdict(a, b, slot, context);
    return scopedOrValue(a, b, context, {
      disagreement: true,
      confidence: likely ? 'likely' : 'possible',
      evidence: evidenceOf('value', slot, a, b, context),
      note: `different figures: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
    });
  }
  if (!hedgesDiffer(x.qualifier, y.qualifier) || isDuration(x) || isDuration(y)) return undefined;
  return hedgeVerdict(a, b, slot, context);
}

/** A bound added or dropped: a hedge flag, possible only. */
function hedgeVerdict(a: RawMention, b: RawMention, slot: string, context: StoryContext): FlagVerdict {
  return {
    disagreement: true,
    confidence: 'possible',
    evidence: evidenceOf('hedge', slot, a, b, context),
    note: `the same figure hedged differently: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
  };
}

/** Two figures of one slot of which one is given for a place the other does not name: a scope difference (region.ts). */
function scopedOrValue(a: RawMention, b: RawMention, context: StoryContext, verdict: FlagVerdict): FlagVerdict {
  const scope = regionScope(a, b, context);
  if (!scope || !verdict.evidence) return verdict;
  const whole = scope.part === a ? b : a;
  return {
    ...verdict,
    evidence: { ...verdict.evidence, rule: 'scope' },
    note: `one place against the whole: “${scope.part.text}” ${scope.place} (${scope.part.version}) vs “${whole.text}” (${whole.version})`,
  };
}

/**
 * `soleDays`: each sentence names only this one day, so two corresponding sentences most likely date
 * one event (`on Tuesday morning` / `on Monday, March 2`), whatever words surround the dates.
 */
export function dateFlag(a: RawMention, b: RawMention, context: StoryContext, soleDays = false): FlagVerdict | undefined {
  if (!datesConflict(a.date ?? {}, a.resolved, b.date ?? {}, b.resolved)) return undefined;
  // When a source spoke (`an official said Thursday`) against when the thing happened: two events (saying.ts).
  if (datesSaying(a, context) !== datesSaying(b, context)) return undefined;
  // The year a thing last happened (`the first … since 1999`) against when the story's event did (first-since.ts).
  if (gapSince(a, context) !== gapSince(b, context)) return undefined;
  // Two zones (`9 p.m. CST` / `10 p.m. ET`): one moment on two clocks when the zones account for the difference;
  // a time without a zone against a zoned one whole hours apart is possible at most (time-zone.ts).
  const zones = zonesExplain(a, b, context);
  if (zones === 'explained') return undefined;
  const link = context.link(a.sentence, b.sentence);
  const overlap = contextOverlap(context, a, b);
  // Two clock times in named zones (`1500 GMT` / `4:10 p.m. GMT`), each its version's only one (grouping joined them
  // so wherever they sit): one event's time, possibly.
  if (link < LINKED && zonedClockTime(a, context) && zonedClockTime(b, context))
    return {
      disagreement: true,
      confidence: 'possible',
      evidence: evidenceOf('value', 'zoned time', a, b, context),
      note: `different times: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
    };
  // Loosely corresponding sentences (an independent rewrite) still date one event when the words around both dates agree.
  if (link === 0 || (link < LINKED && overlap < SLOT_OVERLAP)) return undefined;
  // Two sentences that each name one day date one event only when they correspond well or the words beside
  // both dates agree (`transfer to Paris on Thursday` / `joined Paris early Friday`): loosely linked, the two
  // days may date two events of the story (`survivors were found late Friday` / `when it collapsed Wednesday`).
  const near = sharesNearWord(a, b, context, []);
  const slot = (soleDays && (link >= LIKELY_LINK || near)) || link >= SURE_LINK || (overlap >= SLOT_OVERLAP && near);
  if (!slot) return undefined;
  // A weak link and words around the dates that do not agree: the two days may date two events
  // (`warned on Monday` / `an official said Wednesday`).
  const likely = zones === undefined && (link >= SURE_LINK || (link >= LIKELY_LINK && overlap >= SLOT_OVERLAP));
  return {
    disagreement: true,
    confidence: likely ? 'likely' : 'possible',
    evidence: evidenceOf('value', context.keywords(a, 3).join(' '), a, b, context),
    note: `different dates: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
  };
}

/**
 * A figure in brackets right after another figure restates it in another unit (`a 40-metre (130 feet)
 * span`): rounded, and of whatever the figure before it measures, so two versions converting two
 * different figures give the same unit two values. Never likely.
 */
function isConversion(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  return text !== undefined && /\p{N}[^()\p{N}]{0,24}\(\s*[\p{Sc}~≈]?\s*$/u.test(text.slice(0, mention.at));
}

/**
 * `other`'s sentence gives the thing `mention` counts more than one figure, or `mention`'s own figure
 * elsewhere (`in the 12th minute … in the 40th minute` / `in the 12th minute`): which of them
 * answers `mention` is in doubt (a total against its parts, two events), so the pair is no sure slot.
 */
function slotInDoubt(mention: RawMention, other: RawMention, context: StoryContext): boolean {
  const value = mention.number;
  if (!value) return false;
  const rivals = otherFigures(other, context).filter((found) => found.number && !found.number.vague && sameCounted(found.number, value));
  return rivals.some((found) => found.number!.amount === value.amount || Boolean(found.number!.noun && value.noun));
}

/** `mention`'s sentence also gives `value` itself, elsewhere, of the same counted thing. */
function givesFigure(mention: RawMention, value: NumberValue, context: StoryContext): boolean {
  return otherFigures(mention, context).some(
    (found) =>
      found.number !== undefined &&
      !found.number.vague &&
      found.number.amount === value.amount &&
      Boolean(found.number.ordinal) === Boolean(value.ordinal) &&
      sameCounted(found.number, value),
  );
}

/** The figures of `mention`'s sentence other than itself. */
function otherFigures(mention: RawMention, context: StoryContext): RawMention[] {
  const sentence = context.sentence(mention.sentence);
  return sentence ? sentenceFigures(sentence).filter((found) => found.at !== mention.at) : [];
}

/** Right before or after a figure, words that make it a change or a margin (`trails him by three`, `down 9%`, `9% higher`), not a level. */
function isChange(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  if (text === undefined) return false;
  const end = mention.at + mention.text.length;
  return CHANGE_BEFORE.test(text.slice(Math.max(0, mention.at - 60), mention.at)) || CHANGE_AFTER.test(text.slice(end, end + 12));
}

/** The mention's sentence gives another figure of the same slot. */
function slotTwice(mention: RawMention, key: string, context: StoryContext): boolean {
  return otherFigures(mention, context).some(
    (found) => found.number?.amount !== mention.number?.amount && slotOf({ ...found, sentence: mention.sentence }, context)?.key === key,
  );
}

/**
 * The words right beside both mentions share one that is not what is counted: the slot's own words
 * (`killing at least 80 people` / `killing 80 people`), not merely the story's (`the building`).
 */
function sharesNearWord(a: RawMention, b: RawMention, context: StoryContext, nouns: readonly (string | undefined)[]): boolean {
  // What both say they count is already one slot; a word only one counts (`$3.2 billion loss` / `a loss of $2.3 billion`) is evidence.
  const both = nouns.length === 2 && nouns.every(Boolean);
  const counted = new Set(both ? nouns.flatMap((noun) => noun!.split(' ').map((word) => stem(word))) : []);
  const left = context.near(a, NEAR_WORDS);
  const right = context.near(b, NEAR_WORDS);
  for (const word of left) if (right.has(word) && !counted.has(word)) return true;
  return false;
}

function forecastAndOutcome(a: RawMention, b: RawMention, context: StoryContext): boolean {
  const tenses = new Set([clauseTense(a, context), clauseTense(b, context)]);
  return tenses.has('future') && tenses.has('past');
}

/**
 * The tense of the clause a figure sits in, or none when the clause shows none (`after reporting a
 * loss` takes no tense from a `will cut` before it): a sentence may give a
 * result and a forecast of something else (`won 49% and is forecast to take 64 seats`).
 */
function clauseTense(mention: RawMention, context: StoryContext): ReturnType<typeof tenseOf> {
  const sentence = context.sentence(mention.sentence);
  if (!sentence) return undefined;
  const { start, end } = joinedClauseAround(sentence.text, mention.at, mention.at + mention.text.length);
  const clause = {
    ...sentence,
    text: sentence.text.slice(start, end),
    tokens: sentence.tokens.filter((token) => token.at >= start && token.at < end),
  };
  return tenseOf(clause);
}

function differs(x: NumberValue, y: NumberValue): boolean {
  const larger = Math.max(Math.abs(x.amount), Math.abs(y.amount), 1e-9);
  return Math.abs(x.amount - y.amount) / larger > 0.005 || (x.to ?? x.amount) !== (y.to ?? y.amount);
}

/**
 * A range quoting the figure as one of its ends (`73 to 81` / `81`); a figure that went from one value
 * to another (`revised from 51 to 24`, read as a range whose end is below its start) holds its new
 * value however hedged (`at least 24`).
 */
function holds(range: NumberValue, figure: NumberValue): boolean {
  if (range.to === undefined || figure.to !== undefined) return false;
  if (range.to < range.amount && figure.amount === range.to) return true;
  return figure.qualifier === undefined && (figure.amount === range.amount || figure.amount === range.to);
}

/** A figure that is an age, or says nothing of what it counts (`46-year-old`, `aged 46`, `46`, `46 years old`). */
function countsAge(value: NumberValue): boolean {
  return value.noun === undefined || /^years? old\b/u.test(value.noun);
}

function isDuration(value: NumberValue): boolean {
  const head = value.noun?.split(' ')[0];
  return head !== undefined && durationUnitOf(head) !== undefined;
}

/** Two date mentions contradict each other: they cannot name the same time. Vague ones never do. */
export function datesConflict(a: DateValue, aResolved: string | undefined, b: DateValue, bResolved: string | undefined): boolean {
  if (a.vague || b.vague) return false;
  if (a.time && b.time && a.time !== b.time) return true;
  if (aResolved && bResolved && sameFormat(aResolved, bResolved)) {
    const length = Math.min(dateLength(aResolved), dateLength(bResolved));
    return aResolved.slice(0, length) !== bResolved.slice(0, length);
  }
  if (a.month !== undefined && b.month !== undefined) {
    if (a.month !== b.month) return true;
    if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return true;
    return a.year !== undefined && b.year !== undefined && a.year !== b.year;
  }
  if (a.weekday !== undefined && b.weekday !== undefined) return a.weekday !== b.weekday;
  if (a.year !== undefined && b.year !== undefined && a.month === undefined && b.month === undefined) return a.year !== b.year;
  if (a.relative && b.relative && a.month === undefined && b.month === undefined && a.weekday === undefined && b.weekday === undefined) {
    return a.relative.unit === b.relative.unit && a.relative.offset !== b.relative.offset;
  }
  return false;
}

function sameFormat(a: string, b: string): boolean {
  return a.includes('W') === b.includes('W');
}

function dateLength(resolved: string): number {
  const space = resolved.indexOf(' ');
  return space < 0 ? resolved.length : space;
}
