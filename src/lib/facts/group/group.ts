import { Clusters, linkOneToOne } from './cluster.ts';
import { datelineEnd } from '../extract/dateline.ts';
import { dateKey } from '../extract/dates.ts';
import { isKnownWord, isPlaceName } from '../../language/lexicon.ts';
import { editDistance, withinSlips } from '../../language/edit-distance.ts';
import { unitKey } from '../../language/units.ts';
import { contentStems, styleKey } from '../normalize.ts';
import { crossVersionPairs } from './mention-pairs.ts';
import { numberKey } from '../extract/numbers.ts';
import { sameCounted, slotOf, weaklyLinkedSlot, zonedClockTime, type Slot } from './slots.ts';
import { spellingPairs } from './spelling-pairs.ts';
import { contextOverlap, type StoryContext } from '../story-context.ts';
import type { FactKind, NumberValue, RawMention } from '../types.ts';
import { FACT_WORK_LIMITS, PairBudget } from '../work-limits.ts';

/** Weights of the evidence that two dates or numbers of different versions are one fact. */
export const LINK_WEIGHTS = {
  /** Their sentences are in one alignment group. */
  aligned: 0.35,
  /** They say the same value. */
  sameValue: 0.2,
  /** …and that value occurs once in each version, so it likely names one event. */
  uniqueValue: 0.3,
  /**
   * Dates: aligned sentences that each name one day (`on Tuesday morning`, `on Monday, March 2`):
   * the two most likely date one event, even when the days differ.
   */
  soleDate: 0.25,
  /** Two figures in one unit of measure (`2 mph`, `about 1.7mph`): a unit says what is measured more surely than a noun. */
  sameUnit: 0.1,
  /** Two figures with one qualifier (`more than`). */
  sameQualifier: 0.1,
  /** Figures of one toll (`injured`) or one unit (`mph`), each the only one its version gives, in sentences not aligned. */
  sameToll: 0.3,
  /** A vague phrase (`in recent months`) fits many events: it needs more evidence. */
  vague: -0.25,
  /**
   * Figures of one counted thing (`days`, `minutes`), each the only one its version gives, in sentences the
   * alignment did not pair but that share some of their words (`WEAK_LINK`): one slot, said twice.
   */
  sameSlot: 0.3,
  /** Least total evidence for a link; context overlap adds 0..1. */
  threshold: 0.6,
} as const;

/**
 * Mentions of one kind grouped into facts. Names (people, places, organisations, sources) group
 * story-wide by spelling, tolerating a slip of a letter in a long name; quotes by shared wording;
 * dates and numbers one to one between versions, from alignment, surroundings and value.
 */
export function groupMentions(
  kind: FactKind,
  mentions: readonly RawMention[],
  context: StoryContext,
  budget = new PairBudget(FACT_WORK_LIMITS.maxGroupingPairs),
): RawMention[][] {
  const clusters = new Clusters(mentions.length);
  if (kind === 'date' || kind === 'number') {
    const counts = new Map<string, number>();
    for (const mention of mentions)
      counts.set(`${mention.version} ${valueKey(mention)}`, (counts.get(`${mention.version} ${valueKey(mention)}`) ?? 0) + 1);
    const unique = (mention: RawMention): boolean => counts.get(`${mention.version} ${valueKey(mention)}`) === 1;
    // What a figure counts, when it is the only figure counting that in its version (`94 injured`).
    const slots = new Map(mentions.map((mention) => [mention, slotOf(mention, context)]));
    const counted = new Map<string, number>();
    for (const [mention, slot] of slots)
      if (slot) counted.set(`${mention.version} ${slot.key}`, (counted.get(`${mention.version} ${slot.key}`) ?? 0) + 1);
    const soleCount = (mention: RawMention): Slot | undefined => {
      const slot = slots.get(mention);
      return slot && counted.get(`${mention.version} ${slot.key}`) === 1 ? slot : undefined;
    };
    // Day dates outside a dateline, worked out once: linkScore asks about each mention for every pair it scores.
    const dayDates = new Set(mentions.filter((mention) => isDayDate(mention) && !inDateline(mention, context)));
    const calendar = new Map<string, number>();
    for (const mention of dayDates) calendar.set(mention.sentence, (calendar.get(mention.sentence) ?? 0) + 1);
    const sole = (mention: RawMention): boolean => dayDates.has(mention) && calendar.get(mention.sentence) === 1;
    // Each version's one clock time in a named zone (`1500 GMT`): the time of the story's event, wherever it is said.
    const zoned = mentions.filter((mention) => zonedClockTime(mention, context));
    const zonedPerVersion = new Map<string, number>();
    for (const mention of zoned) zonedPerVersion.set(mention.version, (zonedPerVersion.get(mention.version) ?? 0) + 1);
    const soleZoned = new Set(zoned.filter((mention) => zonedPerVersion.get(mention.version) === 1));
    const pairs = crossVersionPairs(
      mentions,
      (mention) => [
        `value ${valueKey(mention)}`,
        ...(slots.get(mention) ? [`slot ${slots.get(mention)!.key}`] : []),
        ...(soleZoned.has(mention) ? ['zoned time'] : []),
        ...[...context.alignedWith(mention.sentence)].slice(0, 1).map((id) => `group ${id}`),
        ...[...context.window(mention).words].filter((word) => context.idf(word) >= RARE_WORD).map((word) => `word ${word}`),
      ],
      budget,
    );
    linkOneToOne(
      mentions,
      pairs,
      // Two versions' sole zoned times are one slot at least: never less than their own link (the same time in aligned
      // sentences keeps its rank against a rival time there).
      (a, b) =>
        Math.max(
          soleZoned.has(a) && soleZoned.has(b) ? LINK_WEIGHTS.threshold : 0,
          linkScore(a, b, context, unique, sole, soleCount, (mention) => slots.get(mention)),
        ),
      LINK_WEIGHTS.threshold,
      clusters,
      sameVersionValue,
    );
  } else if (kind === 'quote') {
    // The same words quoted are one quote in any versions; other wordings are compared across versions.
    unionEqual(mentions, (mention) => mention.key, clusters);
    const stems = mentions.map((mention) => new Set(contentStems(mention.text)));
    const pairs = crossVersionPairs(mentions, (_mention, index) => [...stems[index]!].map((word) => `stem ${word}`), budget);
    for (const [i, j] of pairs) if (sameQuote(mentions[i]!, mentions[j]!, stems[i]!, stems[j]!, context)) clusters.union(i, j);
  } else {
    // Names compare by spelling only: join equal spellings first, then compare each spelling once.
    const firstOf = unionEqual(mentions, (mention) => nameKey(kind, mention), clusters);
    const spellings = [...firstOf.keys()];
    const firsts = [...firstOf.values()];
    for (const [i, j] of spellingPairs(spellings, (spelling) => nameTerms(kind, spelling), budget)) {
      if (sameName(kind, spellings[i]!, spellings[j]!)) clusters.union(firsts[i]!, firsts[j]!);
    }
  }
  return clusters.groups().map((indices) => indices.map((index) => mentions[index]!));
}

/** Joins mentions with equal keys; returns each key's first mention. */
function unionEqual(mentions: readonly RawMention[], keyOf: (mention: RawMention) => string, clusters: Clusters): Map<string, number> {
  const firstOf = new Map<string, number>();
  mentions.forEach((mention, index) => {
    const key = keyOf(mention);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, index);
    else clusters.union(first, index);
  });
  return firstOf;
}

/** The words `sameName` can match a spelling on (see `spellingPairs`). */
function nameTerms(kind: FactKind, spelling: string): { words: string[]; surname?: string | undefined; given?: string | undefined } {
  if (kind === 'organization') {
    const words = spelling.split(' ').filter(Boolean);
    return { words: [...(spelling.length >= 6 ? [spelling] : []), ...(words.length > 1 ? [words[0]!, words.at(-1)!] : words)] };
  }
  if (kind !== 'person') return { words: spelling.length >= 6 ? [spelling] : [] };
  const words = styleKey(spelling).split(' ').filter(Boolean);
  return {
    words,
    surname: words.length > 1 ? words.at(-1) : undefined,
    given: words.length >= 3 ? words.slice(0, -1).join(' ') : undefined,
  };
}

/** A window word this rare (in a quarter of the sentences or fewer) makes two mentions worth scoring. */
const RARE_WORD = Math.log(4);

function linkScore(
  a: RawMention,
  b: RawMention,
  context: StoryContext,
  unique: (mention: RawMention) => boolean,
  sole: (mention: RawMention) => boolean,
  soleCount: (mention: RawMention) => Slot | undefined = () => undefined,
  slotFor: (mention: RawMention) => Slot | undefined = () => undefined,
): number {
  // Two figures in sentences that lost their row to a rival though each is the other's best match (the aligner's near
  // link) are read as aligned; two dates are not: a merged sentence near-links to the rows of both its statements.
  const aligned =
    context.aligned(a.sentence, b.sentence) ||
    (a.number !== undefined && b.number !== undefined && context.nearLinked(a.sentence, b.sentence));
  // Two figures each version gives once for the same counted thing (`94 injured`, `more than 160
  // injured`), in sentences the alignment did not pair: one quantity, if the words around agree.
  const slotA = aligned ? undefined : soleCount(a);
  const soleSame = slotA !== undefined && slotA.key === soleCount(b)?.key;
  // Or one counted thing (not only a toll, an age or a unit) in sentences that share some of their words.
  const weakSlot = !aligned && !(soleSame && soleSlot(slotA)) && weaklyLinkedSlot(slotFor(a), slotFor(b), a, b, context);
  const sameCount = soleSame || weakSlot;
  // Two different dates in sentences that do not align are two events, however alike their words.
  if (a.date && b.date && (a.resolved ?? valueKey(a)) !== (b.resolved ?? valueKey(b)) && (!aligned || unlikeDates(a, b))) return 0;
  // Two different figures in sentences that do not align are two figures (`$4.1 billion` revenue, a city's `$9 million`).
  if (a.number && b.number && valueKey(a) !== valueKey(b) && ((!aligned && !sameCount) || farApart(a.number, b.number))) return 0;
  // Two different figures that each say what they count, two things (`three nylon tethers`, `2 mph`): two slots.
  if (a.number && b.number && valueKey(a) !== valueKey(b) && !sameCounted(a.number, b.number) && !oneToll(slotFor(a), slotFor(b))) return 0;
  let score = contextOverlap(context, a, b);
  if (aligned) score += LINK_WEIGHTS.aligned + (sole(a) && sole(b) ? LINK_WEIGHTS.soleDate : 0);
  if (valueKey(a) === valueKey(b)) score += LINK_WEIGHTS.sameValue + (unique(a) && unique(b) ? LINK_WEIGHTS.uniqueValue : 0);
  if (a.date?.vague || b.date?.vague || a.number?.vague || b.number?.vague) score += LINK_WEIGHTS.vague;
  if (a.number && b.number && a.number.noun && b.number.noun && a.number.noun === b.number.noun) score += LINK_WEIGHTS.sameValue;
  if (a.number?.noun && b.number?.noun && unitKey(a.number.noun) !== undefined && unitKey(a.number.noun) === unitKey(b.number.noun))
    score += LINK_WEIGHTS.sameUnit;
  // The same hedge on two figures (`more than 4.2%`, `more than 3.3%`) says they are said the same way.
  if (a.number?.qualifier && a.number.qualifier === b.number?.qualifier) score += LINK_WEIGHTS.sameQualifier;
  // A toll given once per version (`injured`, `killed`) is one slot: the story's one figure of it.
  if (soleSame && slotA.toll) score += LINK_WEIGHTS.sameToll;
  // So is a unit of measure given once per version (`41,000 mph`, `84,000 mph`): the story's one speed.
  if (soleSame && !slotA.toll && unitKey(slotA.key) !== undefined) score += LINK_WEIGHTS.sameToll;
  // One counted thing in weakly linked sentences (`45 days in office` / `44 days`, `38 minutes` / `45 minutes`).
  if (weakSlot) score += LINK_WEIGHTS.sameSlot;
  // One named person's age (`Velin, 23,` / `Velin, 24,`), each version's only one: one slot, whatever the words around.
  if (soleSame && slotA.named) score += LINK_WEIGHTS.threshold;
  return score;
}

/** A slot that names what a figure is wherever it is said: a toll, a person's age, a unit of measure. */
function soleSlot(slot: Slot | undefined): boolean {
  return Boolean(slot && (slot.toll || slot.named || unitKey(slot.key) !== undefined));
}

function oneToll(a: Slot | undefined, b: Slot | undefined): boolean {
  return a?.toll === true && a.key === b?.key;
}

/**
 * Figures of different orders that do not share their digits (`$4.1 billion`, `$9 million`): two
 * figures. A slip of scale keeps its digits (`$3.2 billion` / `$3.2 million`) and stays comparable.
 */
function farApart(a: NumberValue, b: NumberValue): boolean {
  if (a.vague || b.vague || a.amount <= 0 || b.amount <= 0) return false;
  const ratio = Math.max(a.amount, b.amount) / Math.min(a.amount, b.amount);
  if (ratio <= 10) return false;
  const digits = (value: number): string => value.toExponential(3).split('e')[0]!;
  return digits(a.amount) !== digits(b.amount);
}

/**
 * Two resolved dates of different precision where neither holds the other (`since 1994`, `by Jan. 5`):
 * not one event dated two ways. `in January 2027` holds `Jan. 5, 2027`; `in March` and `April`, or
 * `Tuesday` and `Monday, March 2`, are one precision and may be one event misdated.
 */
function unlikeDates(a: RawMention, b: RawMention): boolean {
  const left = a.resolved?.split(' ')[0];
  const right = b.resolved?.split(' ')[0];
  if (!left || !right || left.length === right.length || left.includes('W') || right.includes('W')) return false;
  return !left.startsWith(right) && !right.startsWith(left);
}

/** `LEEDS, March 3 (Agency) -`: the wire's filing date, not a date the report tells of. */
export function inDateline(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  return text !== undefined && mention.at < datelineEnd(text);
}

/** A date naming a day (`on Tuesday`, `March 2`, `yesterday`): not a month, a year, a clock time alone or a vague stretch. */
export function isDayDate(mention: RawMention): boolean {
  const date = mention.date;
  if (!date || date.vague) return false;
  return date.day !== undefined || date.weekday !== undefined || date.relative?.unit === 'day';
}

/** Two mentions of one version may share a fact only when they say the same value (resolved, for dates). */
function sameVersionValue(a: RawMention, b: RawMention): boolean {
  if (a.date && b.date) return (a.resolved ?? valueKey(a)) === (b.resolved ?? valueKey(b)) || Boolean(a.date.vague || b.date.vague);
  return valueKey(a) === valueKey(b);
}

/** What a date or number says, before resolution: `on Sunday` is one value in every version. */
function valueKey(mention: RawMention): string {
  let key = valueKeys.get(mention);
  if (key === undefined) {
    key = mention.date && !mention.date.vague ? dateKey(mention.date, undefined) : mention.number ? amountKey(mention.number) : mention.key;
    valueKeys.set(mention, key);
  }
  return key;
}

/** A figure without its qualifier: `nearly 1,500` and `1,500` are one value said two ways. */
function amountKey(value: NumberValue): string {
  const { qualifier, ...amount } = value;
  return qualifier === undefined ? numberKey(value) : numberKey(amount);
}

const valueKeys = new WeakMap<RawMention, string>();

function nameKey(kind: FactKind, mention: RawMention): string {
  return kind === 'person' ? styleKey(mention.name ?? mention.text) : mention.key;
}

function sameName(kind: FactKind, a: string, b: string): boolean {
  if (kind === 'person') return namesMatch(a, b);
  // Two places the lexicon knows are two places, however alike (`Gambia`, `Zambia`).
  if (kind === 'place' && isPlaceName(a) && isPlaceName(b)) return false;
  if (kind === 'organization' && shorterNameOf(a, b)) return true;
  return a.length >= 6 && b.length >= 6 && similarWords(a, b);
}

/**
 * One organisation's name written short: the shorter name's words begin or end the longer's, two
 * words or more (`Commerce Authority` / `Arizona Commerce Authority`), or one word that is no common
 * word and begins it (`Solvane` / `Solvane Semiconductor Inc`).
 */
export function shorterNameOf(a: string, b: string): boolean {
  const left = styleKey(a).split(' ').filter(Boolean);
  const right = styleKey(b).split(' ').filter(Boolean);
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.length === 0 || short.length === long.length) return false;
  const starts = short.every((word, index) => long[index] === word);
  const ends = short.every((word, index) => long[long.length - short.length + index] === word);
  if (short.length >= 2) return starts || ends;
  return starts && short[0]!.length >= 3 && !isKnownWord(short[0]!) && !isPlaceName(short[0]!);
}

/** Two quotations are one when they share their wording, loosely when their sentences align. */
function sameQuote(a: RawMention, b: RawMention, left: ReadonlySet<string>, right: ReadonlySet<string>, context: StoryContext): boolean {
  if (a.key === b.key) return true;
  if (a.version === b.version) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  if (shared < 2) return false;
  const containment = shared / Math.min(left.size, right.size);
  const dice = (2 * shared) / (left.size + right.size);
  if (dice >= 0.5 || containment >= 0.6) return true;
  return context.aligned(a.sentence, b.sentence) && shared >= 3 && dice >= 0.4;
}

/**
 * The same person, spelled alike or nearly: the surnames match (one letter off in a long name),
 * and first names, when both are given, start alike. A lone name matches any word of a full one.
 */
export function namesMatch(a: string, b: string): boolean {
  const left = styleKey(a).split(' ').filter(Boolean);
  const right = styleKey(b).split(' ').filter(Boolean);
  if (left.length === 0 || right.length === 0) return false;
  if (left.length === 1 || right.length === 1) {
    const [single, full] = left.length === 1 ? [left[0]!, right] : [right[0]!, left];
    return full.some((word) => similarWords(word, single));
  }
  const surnameA = left.at(-1)!;
  const surnameB = right.at(-1)!;
  // Two given names or more, all the same (`Ana Maria Holt` / `Ana Maria Hult`): one person
  // whose surname one version gives differently (compare/spelling.ts flags it).
  if (sameGivenNames(left, right)) return true;
  // With the same first name written out, a short surname may slip a letter too (`Lopez`, `Lopes`).
  if (left[0] === right[0] && left[0]!.length > 1 && Math.min(surnameA.length, surnameB.length) >= 4) {
    return editDistance(surnameA, surnameB, 1) <= 1;
  }
  return similarWords(surnameA, surnameB) && left[0]![0] === right[0]![0];
}

/** Both names have two given names or more, the same ones, written out (`Idris Naim …`). */
export function sameGivenNames(left: readonly string[], right: readonly string[]): boolean {
  if (left.length < 3 || left.length !== right.length) return false;
  return left.slice(0, -1).every((word, index) => word.length >= 3 && word === right[index]);
}

/** Equal, or one slip apart in a word of six letters or more (two in ten or more). */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 6 && withinSlips(a, b);
}
