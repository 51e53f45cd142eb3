/**
 * What a figure is a value of (its slot), as far as its sentence says: the counted thing after it
 * (`212 passengers`), or, for a count of people, what happened to them (`94 people were injured`,
 * `killing at least 80`), the slot of a toll. Grouping lets two figures of sentences the alignment
 * did not pair meet only in one slot; flags compare values only within one.
 */
import { monthNumber, weekdayNumber } from '../../language/calendar.ts';
import { CLAUSE_OPENERS } from '../../language/clauses.ts';
import { timeZoneOf } from '../../language/time-zones.ts';
import { unitKey } from '../../language/units.ts';
import { placeKey } from '../extract/names.ts';
import { stem, styleKey } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { NumberValue, RawMention } from '../types.ts';
import { CASUALTY_STEMS, PEOPLE_NOUNS } from '../words.ts';

/** Words after and before a figure searched for what happened to the people it counts. */
const AFTER = 4;
const BEFORE = 3;

export interface Slot {
  key: string;
  /** A toll: a count of people by what happened to them. */
  toll: boolean;
  /** The slot names whose value it is: a person's age (`Marta Velin, 23,`), the same wherever it is said. */
  named?: boolean;
}

/** A bare whole figure set off by commas right after a capitalised name: the named person's age (`Velin, 23,`). */
const NAME_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+),\s*$/u;
const COMMA_AFTER = /^\s*,/u;
const OLDEST = 120;

export function slotOf(mention: RawMention, context: StoryContext): Slot | undefined {
  const value = mention.number;
  if (!value || value.vague || value.percent || value.currency) return undefined;
  const age = ageOf(mention, context);
  if (age) return { key: `age ${age}`, toll: false, named: true };
  const noun = value.noun?.split(' ').at(-1);
  const named = noun ? tollStem(noun) : undefined;
  if (named) return { key: `toll ${named}`, toll: true };
  if (!noun || PEOPLE_NOUNS.has(noun)) {
    const toll = nearestTollWord(mention, context);
    if (toll) return { key: `toll ${toll}`, toll: true };
  }
  if (!noun) return undefined;
  return { key: `${value.ordinal ? '#' : ''}${countedKey(noun)}`, toll: false };
}

/**
 * The person whose age a figure gives, as a style key of their name's last word (`velin`): a whole
 * number from 1 to 120 with no qualifier, no counted thing and no range, between a capitalised word
 * and a comma. Not a month (`June, 12,`), a weekday or a place the lexicon knows (`Leeds, 40,`).
 */
function ageOf(mention: RawMention, context: StoryContext): string | undefined {
  const value = mention.number!;
  if (value.noun || value.qualifier || value.to !== undefined || value.ordinal || !/^\d{1,3}$/u.test(mention.text)) return undefined;
  if (value.amount < 1 || value.amount > OLDEST) return undefined;
  const text = context.sentence(mention.sentence)?.text;
  if (!text || !COMMA_AFTER.test(text.slice(mention.at + mention.text.length))) return undefined;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, mention.at - 60), mention.at))?.[1]?.replace(/['’]s$/u, '');
  if (!name || monthNumber(name) !== undefined || weekdayNumber(name) !== undefined || placeKey(name) !== undefined) return undefined;
  return styleKey(name);
}

/**
 * Least `similarity` of two sentences the alignment did not pair for a figure of one counted thing in
 * each to be one slot said twice (measured on the development samples: see README, Flags).
 */
export const WEAK_LINK = 0.15;

/**
 * Two figures of sentences the alignment did not pair fill one slot said twice: they count one thing
 * that says what they are (`45 days` / `44 days`, `38 minutes` / `45 minutes`; not mere `people`, who
 * may be a company's staff or one plant's), described alike (`sameDescribers`), and their sentences share some of
 * their words (`WEAK_LINK`).
 */
export function weaklyLinkedSlot(
  slotA: Slot | undefined,
  slotB: Slot | undefined,
  a: RawMention,
  b: RawMention,
  context: StoryContext,
): boolean {
  if (!slotA || slotA.key !== slotB?.key) return false;
  const counted = (mention: RawMention): boolean => !PEOPLE_NOUNS.has(mention.number?.noun?.split(' ').at(-1) ?? 'people');
  return (slotA.toll || (counted(a) && counted(b) && sameDescribers(a, b))) && context.similarity(a.sentence, b.sentence) >= WEAK_LINK;
}

/**
 * The words that describe the counted thing before its head agree (`9 elected wardens` / `14 wardens` count two
 * sets; `45 days` / `44 days` one): in sentences the alignment did not pair, nothing else shows the two are one set.
 */
export function sameDescribers(a: RawMention, b: RawMention): boolean {
  const describers = (mention: RawMention): string => (mention.number?.noun ?? '').split(' ').slice(0, -1).map(countedKey).sort().join(' ');
  return describers(a) === describers(b);
}

/** What a figure counts, one key for a unit's spellings (`kilometres`, `km`) and a word's forms (`jobs`, `job`). */
export function countedKey(word: string): string {
  return unitKey(word) ?? stem(word);
}

/**
 * The toll word a figure of people is the subject or object of, in the figure's own clause: up to four words after it
 * (`94 people were injured`) or three before it (`killing 80`, `injuring more than 160`, `the toll has reached 29`), never across
 * a comma or a dash (`were injured, 35 of them` does not make the 35 a toll of the injured), a clause opener (language's
 * `CLAUSE_OPENERS`: `48 people were aboard when 19 were injured`) or, after it, a toll verb in -ing, which opens a clause
 * whose count follows it (`a bus carrying 48 people overturned injuring 19`: the 48 were aboard).
 */
function nearestTollWord(mention: RawMention, context: StoryContext): string | undefined {
  const sentence = context.sentence(mention.sentence);
  if (!sentence) return undefined;
  const words = sentence.tokens.filter((token) => token.word);
  const firstIndex = words.findIndex((token) => token.at >= mention.at);
  const lastIndex = words.findIndex((token) => token.at >= mention.at + mention.text.length);
  const from = firstIndex < 0 ? words.length : firstIndex;
  const to = lastIndex < 0 ? words.length : lastIndex;
  // A stop, or `and` starting another clause (`killing 24 people and injuring scores`), ends the search.
  const broken = (left: number, right: number): boolean => {
    const before = words[left];
    const after = words[right];
    if (!before || !after) return true;
    return /[,;:–—()]/u.test(sentence.text.slice(before.at + before.text.length, after.at)) || /^(?:and|or|but)$/iu.test(after.text);
  };
  // `nine of the dead`: a part of the toll, not the toll.
  if (/^of$/iu.test(words[to]?.text ?? '')) return undefined;
  for (let index = to; index < Math.min(words.length, to + AFTER); index++) {
    if (index > 0 && broken(index - 1, index)) break;
    const word = styleKey(words[index]!.norm);
    // `when`, `while`: another clause. A toll verb in -ing (`crashed injuring 18`) opens a clause whose count follows it.
    if (CLAUSE_OPENERS.has(word)) break;
    const key = tollStem(word);
    if (key && /ing$/u.test(word)) break;
    if (key) return key;
  }
  for (let index = from - 1; index >= Math.max(0, from - BEFORE); index--) {
    if (broken(index, index + 1) || CLAUSE_OPENERS.has(styleKey(words[index + 1]!.norm))) break;
    const key = tollStem(styleKey(words[index]!.norm));
    if (key) return key;
  }
  return undefined;
}

function tollStem(word: string): string | undefined {
  for (const [known, slot] of CASUALTY_STEMS) if (word.startsWith(known)) return slot;
  return undefined;
}

/** What is counted, when both say: the same head word (`employees` / `staff employees`), or either unsaid. */
export function sameCounted(x: NumberValue, y: NumberValue): boolean {
  if (!x.noun || !y.noun) return true;
  const head = (noun: string): string => countedKey(noun.split(' ').at(-1) ?? noun);
  const words = (noun: string): Set<string> => new Set(noun.split(' ').map(countedKey));
  return head(x.noun) === head(y.noun) || words(x.noun).has(head(y.noun)) || words(y.noun).has(head(x.noun));
}

/**
 * A clock time given in a named zone of known offset (`1500 GMT`, `4:10 p.m. GMT`, `11 p.m. ET`): wire copy zones the
 * time of the story's event, so each version's one zoned time is one slot wherever it is said (see group.ts).
 */
export function zonedClockTime(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  if (!mention.date?.time || text === undefined) return false;
  return (timeZoneOf(text, mention.at, mention.at + mention.text.length)?.offsets.length ?? 0) > 0;
}
