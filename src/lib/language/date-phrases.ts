import { MONTH_WORD, monthNumber, WEEKDAY_WORD, weekdayNumber } from './calendar.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { POSSESSIVE_DETERMINERS, wordAlternation } from './quantifiers.ts';
import { TIME_ZONE } from './time-zones.ts';

/** A calendar value as far as the text states it; every field optional. */
export interface DateValue {
  year?: number;
  /** 1-12. */
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** `last month` = { unit: 'month', offset: -1 }; `earlier this year` = { unit: 'year', offset: 0 }. */
  relative?: { unit: 'day' | 'week' | 'month' | 'year'; offset: number };
  /** `last July`, `next Sunday`: which occurrence of a named month or weekday. */
  which?: 'last' | 'next' | 'this';
  /** A season or vague stretch (`recent months`, `just weeks after`): never contradicts anything. */
  vague?: boolean;
  /** Clock time, normalised `HH:MM`. */
  time?: string;
  /**
   * The tense of the sentence around a month without a year (`bills will rise in April`, `the plant
   * was inspected in April`): which year it most likely lies in. Absent when the sentence gives no cue.
   */
  tense?: 'past' | 'future';
}

/** One date phrase of a text: `text.slice(at, end)`, and what it says. */
export interface DatePhrase {
  at: number;
  end: number;
  text: string;
  value: DateValue;
}

const MONTH = MONTH_WORD;
const WEEKDAY = WEEKDAY_WORD;
// A year a report names: 1600-2099, so `3000 jobs` and `2500 tonnes` are no years.
const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
// Words before a date that belong to it (`on Monday`, `since 2019`, `last July`), capitalised or not.
const LEAD_WORDS = ['in', 'on', 'since', 'by', 'until', 'from', 'before', 'after', 'during', 'last', 'next', 'this', 'early', 'late'];
const LEAD_PHRASES = ['mid-?', 'earlier in', 'later in'];
const LEAD = String.raw`(?:(?:${[...LEAD_WORDS, ...LEAD_PHRASES].map(eitherCase).join('|')})\s+)`;
const UNIT = String.raw`(?:day|week|weekend|month|year|decade)`;
// `two weeks ago`, `a few days ago`: one to twelve, in digits or words.
const COUNT_WORDS = Object.keys(NUMBER_WORDS).filter((word) => NUMBER_WORDS[word]! >= 1 && NUMBER_WORDS[word]! <= 12);
const COUNT = String.raw`(?:\d+|a|an|${COUNT_WORDS.join('|')}|a few|a couple of|several)`;
// `in recent months`, `in the coming weeks`, `over the coming weeks and months`.
const UNITS = String.raw`(?:days|weeks|months|years|decades)`;
const RECENT_STRETCH = String.raw`(?:in|over|during)\s+(?:the\s+)?(?:recent|coming|past)\s+${UNITS}(?:\s+and\s+${UNITS})?`;
/** Words that open a stretch of time counted in units (`over the next two years`). */
const SPAN_LEAD =
  String.raw`(?:over\s+the\s+(?:next|past|last|coming)|over|within|` +
  String.raw`for\s+the\s+(?:next|past|last)|the\s+(?:next|past|last|coming)|next|past)`;
/**
 * A quarter of a year (`third quarter`, `third-quarter`), or a half of one when it says so (`the
 * first half of the year`; a match, too, has a first half).
 */
/** A quarter, or a half followed by `of the year`. */
const YEAR_PART =
  String.raw`(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter|` +
  String.raw`(?:first|second)\s+half(?=\s+of\s+(?:the|this|last|next)\s+year))`;

// A count before a stretch: `two days after` is a quantity of days, not a vague time. (Each look back is made after
// the words it guards, so that it runs only where they stand.)
const STRETCH_UNITS = String.raw`(?:days|weeks|months|years)`;
const AFTER_COUNT = String.raw`(?<!(?:\d|\b(?:${Object.keys(NUMBER_WORDS).join('|')}))\s+${STRETCH_UNITS})`;
// `just weeks after`, `days later`; `a day earlier`, `a decade later` (a stretch from another event, not from publication;
// not `for a week after`, how long, nor `£38,000 a week before tax`, a rate).
const STRETCH_AROUND =
  String.raw`(?:just\s+|only\s+)?${STRETCH_UNITS}${AFTER_COUNT}\s+(?:after|before|later|earlier)|` +
  String.raw`\b(?:a|an|one)(?<!(?:[\d)]\s*|\bfor\s+)(?:a|an|one))\s+(?:day|week|month|year|decade)\s+(?:after|before|later|earlier)`;
// Not `on the last night of every month`, `his last campaign`: one in an order, not a date.
const IN_ORDER_WORD = wordAlternation(['the', ...POSSESSIVE_DETERMINERS]);
const NOT_IN_ORDER = String.raw`(?<!\b${IN_ORDER_WORD}\s+)`;
const NOT_OF = String.raw`(?!\s+of\b)`;
const IN_ORDER = new RegExp(String.raw`\b${IN_ORDER_WORD}\s+$`, 'iu');
// Stretches named without a figure: `at the weekend`, `last season` (`last campaign` in sport; `this campaign` is the
// campaign itself), `in the 1960s`, `for the first time in a decade`.
const SEASON = String.raw`(?:(?:last|this|next|previous)\s+season|(?:last|previous)\s+campaign)`;
const NAMED_STRETCH =
  String.raw`(?:at|over|during)\s+the\s+weekend|${NOT_IN_ORDER}${SEASON}${NOT_OF}|` +
  String.raw`(?:in\s+)?the\s+(?:1[6-9]|20)\d0s|in\s+(?:a|an)\s+(?:year|decade|generation|century)`;
// Parts of a day: `this morning`, `last night` (offsets from publication); `overnight`, `in the evening`, `lunchtime` (vague).
const DAY_PART = String.raw`(?:morning|afternoon|evening|night)`;
const PART_OF_DAY = String.raw`\b(this|last|yesterday|tomorrow)\s+${DAY_PART}\b${NOT_OF}`;
const VAGUE_PART_OF_DAY =
  String.raw`\bovernight\b(?<!\b(?:a|an|the)\s+overnight)|\b(?:in|during|into)\s+the\s+${DAY_PART}\b|` +
  String.raw`\b(?:(?:around|at|by)\s+)?lunchtime\b`;
// `in three months' time`: a stretch ahead of publication.
const IN_TIME = String.raw`\bin\s+(${COUNT})\s+(${UNIT})s?['’]?\s+time\b`;

const HAS_MONTH = new RegExp(String.raw`\b${MONTH}`, 'u');
const HAS_WEEKDAY = new RegExp(WEEKDAY, 'u');
const HAS_DIGIT = /\d/u;
const HAS_YEAR = new RegExp(YEAR, 'u');
// Every stretch counted in units, a part of a year or `the current year` names one of these words.
const HAS_UNIT = /day|week|month|year|decade|quarter/iu;
// Every named stretch or part of a day names one of these.
const HAS_STRETCH_NAME = /weekend|season|campaign|\d0s|\bin an? |overnight|lunchtime|the (?:morning|afternoon|evening|night)/iu;
// Every part of a day counted from publication, and every stretch ahead `in … time`, names one of these.
const HAS_DAY_PART = /morning|afternoon|evening|night/iu;
const HAS_TIME = /\stime\b/iu;

function eitherCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
}

const TWELVE_HOUR = String.raw`(?<![\d.:])\b(\d{1,2})(?:[:.]([0-5]\d))?\s?([ap])(?:\.m\b\.?|m\b)`;
const TWENTY_FOUR_HOUR = String.raw`(?<![\d.:])\b([01]?\d|2[0-3]):([0-5]\d)\b`;
/**
 * A clock time as running text writes it: `6.40am`, `6:40 a.m.`, `5pm`, `18:30`; never the minutes of a time alone
 * (`40am`). Lower-case `am`/`pm` only, as the patterns read them. Groups: hour, minutes and `a`/`p` of a 12-hour
 * time (1-3), hour and minutes of a 24-hour one (4-5). The one clock-time reader of language/: compose it, never restate it.
 */
export const CLOCK_TIME = `(?:${TWELVE_HOUR}|${TWENTY_FOUR_HOUR})`;
/**
 * `1500 GMT`, `0830 GMT`: a 24-hour time written without its colon, as wire copy gives a zoned time. Only with a zone
 * right after it: a bare `1500` is a figure, and `1605` alone a year. Groups: hour, minutes.
 */
const ZONED_FOUR_DIGIT_TIME = String.raw`(?<![\d.:,])\b([01]\d|2[0-3])([0-5]\d)(?=\s?${TIME_ZONE})`;

/**
 * Each pattern names what it found through its groups; the first to claim a stretch keeps it. A
 * pattern is tried at every position, so a cheap `trigger` test, true of every text the pattern can
 * match, skips it in texts without a month or weekday name, a digit, a year or a unit of time.
 */
const PATTERNS: readonly { pattern: RegExp; trigger?: RegExp; read: (match: RegExpExecArray) => DateValue | undefined }[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu,
    trigger: HAS_DIGIT,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // `on Monday, March 2`, `Tuesday 3 March 2026`: one date, the weekday confirming the year.
    pattern: new RegExp(
      String.raw`${LEAD}?\b(${WEEKDAY}),?\s+(?:(${DAY})\s+(${MONTH})|(${MONTH})\s+(${DAY})(?![\d:]))(?:,?\s+(${YEAR}))?\b`,
      'gu',
    ),
    trigger: HAS_WEEKDAY,
    read: (m) => {
      const value = dayMonthYear(m[2] ?? m[5], m[3] ?? m[4], m[6]);
      return value && { ...value, weekday: weekdayNumber(m[1]!)! };
    },
  },
  {
    pattern: new RegExp(String.raw`${LEAD}?\b(${DAY})\s+(${MONTH})(?:,?\s+(${YEAR}))?\b`, 'gu'),
    trigger: HAS_MONTH,
    read: (m) => dayMonthYear(m[1], m[2], m[3]),
  },
  {
    pattern: new RegExp(String.raw`${LEAD}?\b(${MONTH})\s+(${DAY})(?![\d:])(?:,?\s+(${YEAR}))?\b`, 'gu'),
    trigger: HAS_MONTH,
    read: (m) => dayMonthYear(m[2], m[1], m[3]),
  },
  {
    pattern: new RegExp(String.raw`(${LEAD})?\b(${MONTH})(?:,?\s+(?:of\s+)?(${YEAR})|\s+of\s+(this|last|next)\s+year)?\b`, 'gu'),
    trigger: HAS_MONTH,
    read: (m) => namedMonth(m[1], m[2]!, m[3], m[4]),
  },
  {
    pattern: new RegExp(String.raw`(${LEAD})?\b(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night|lunchtime))?\b`, 'gu'),
    trigger: HAS_WEEKDAY,
    read: (m) => ({ weekday: weekdayNumber(m[2]!)!, ...which(m[1]) }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:[Ee]arlier|[Ll]ater)\s+(?:this|in the)\s+(${UNIT})\b`, 'gu'),
    trigger: HAS_UNIT,
    read: (m) => ({ relative: { unit: unitOf(m[1]!), offset: 0 } }),
  },
  {
    pattern: new RegExp(String.raw`\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming)\s+(${UNIT})\b`, 'gu'),
    trigger: HAS_UNIT,
    read: (m) => ({ relative: { unit: unitOf(m[2]!), offset: offsetOf(m[1]!) } }),
  },
  {
    pattern: new RegExp(String.raw`\b(${COUNT})\s+(${UNIT})s?\s+ago\b`, 'giu'),
    trigger: HAS_UNIT,
    read: (m) => ({ relative: { unit: unitOf(m[2]!), offset: -countOf(m[1]!) } }),
  },
  {
    pattern: new RegExp(IN_TIME, 'giu'),
    trigger: HAS_TIME,
    read: (m) => ({ relative: { unit: unitOf(m[2]!), offset: countOf(m[1]!) } }),
  },
  {
    pattern: new RegExp(PART_OF_DAY, 'giu'),
    trigger: HAS_DAY_PART,
    read: (m) =>
      IN_ORDER.test(m.input.slice(Math.max(0, m.index - 8), m.index))
        ? undefined
        : { relative: { unit: 'day', offset: partOfDayOffset(m[1]!) } },
  },
  {
    pattern: /\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b/gu,
    read: (m) => ({ relative: { unit: 'day', offset: dayOffset(m[0]) } }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:${RECENT_STRETCH}|${STRETCH_AROUND})\b`, 'giu'),
    trigger: HAS_UNIT,
    read: () => ({ vague: true }),
  },
  {
    pattern: new RegExp(String.raw`(?:\b(?:${NAMED_STRETCH})\b|${VAGUE_PART_OF_DAY})`, 'giu'),
    trigger: HAS_STRETCH_NAME,
    read: () => ({ vague: true }),
  },
  {
    // Stretches of time and parts of a year: `over the next two years`, `within three years`, `the
    // third quarter`, `the first half of the year`, `the current financial year`. A span, not a day.
    pattern: new RegExp(
      String.raw`\b(?:${SPAN_LEAD}\s+(?:the\s+)?(?:${COUNT})\s+${UNIT}s?|` +
        String.raw`${YEAR_PART}(?:\s+of\s+(?:the|this|last|next)\s+year)?|` +
        String.raw`(?:the\s+)?current\s+(?:financial\s+|fiscal\s+)?year)\b`,
      'giu',
    ),
    trigger: HAS_UNIT,
    read: () => ({ vague: true }),
  },
  {
    // Before years: `1605 GMT` is five past four, not a year.
    pattern: new RegExp(ZONED_FOUR_DIGIT_TIME, 'gu'),
    trigger: HAS_DIGIT,
    read: (m) => ({ time: `${m[1]}:${m[2]}` }),
  },
  {
    pattern: new RegExp(String.raw`(?<![£$€\d.,])(${LEAD})?\b(${YEAR})\b(?![\d.,]\d|\s*%|\s*per\s?cent)`, 'gu'),
    trigger: HAS_YEAR,
    read: (m) => ({ year: Number(m[2]) }),
  },
  {
    pattern: new RegExp(CLOCK_TIME, 'gu'),
    trigger: HAS_DIGIT,
    read: (m) => ({ time: clock(m) }),
  },
];

/**
 * The date and time phrases of a text, absolute and relative, each with the value it states (not
 * yet resolved: see `resolveDate`). Phrases never overlap; they come in the order the patterns found
 * them (absolute dates first), not in reading order.
 */
export function readDatePhrases(text: string): DatePhrase[] {
  const phrases: DatePhrase[] = [];
  // Patterns share triggers (five ask for a unit of time): each is tested once per text.
  const triggered = new Map<RegExp, boolean>();
  const holds = (trigger: RegExp): boolean => {
    let found = triggered.get(trigger);
    if (found === undefined) triggered.set(trigger, (found = trigger.test(text)));
    return found;
  };
  for (const { pattern, trigger, read } of PATTERNS) {
    if (trigger && !holds(trigger)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      const at = match.index;
      const end = at + match[0].length;
      if (phrases.some((other) => other.at < end && at < other.end)) continue;
      const value = read(match);
      if (!value || isBareMay(match[0], at, text)) continue;
      phrases.push({ at, end, text: match[0], value });
    }
  }
  return phrases;
}

/** `May` the month, not the modal verb or the surname: only with a lead word, day or year. */
function isBareMay(found: string, at: number, text: string): boolean {
  if (!/^May$/u.test(found)) return false;
  return !/\b(?:in|on|since|by|until|from|last|next|this|early|late|mid)\s*-?$/iu.test(text.slice(Math.max(0, at - 8), at));
}

function dayMonthYear(day: string | undefined, month: string | undefined, year: string | undefined): DateValue | undefined {
  const monthValue = month ? monthNumber(month) : undefined;
  if (!day || !monthValue) return undefined;
  return { day: Number.parseInt(day, 10), month: monthValue, ...(year ? { year: Number(year) } : {}) };
}

function namedMonth(lead: string | undefined, month: string, year: string | undefined, ofYear: string | undefined): DateValue | undefined {
  const monthValue = monthNumber(month);
  if (!monthValue) return undefined;
  const value: DateValue = { month: monthValue, ...which(lead) };
  if (year) value.year = Number(year);
  if (ofYear) value.relative = { unit: 'year', offset: offsetOf(ofYear) };
  return value;
}

function which(lead: string | undefined): Pick<DateValue, 'which'> {
  const word = lead?.trim().toLowerCase();
  if (word === 'last' || word === 'next' || word === 'this') return { which: word };
  return {};
}

function unitOf(word: string): 'day' | 'week' | 'month' | 'year' {
  const lower = word.toLowerCase();
  if (lower === 'weekend') return 'week';
  if (lower === 'decade') return 'year';
  return lower as 'day' | 'week' | 'month' | 'year';
}

function offsetOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'next' || lower === 'coming') return 1;
  if (lower === 'this') return 0;
  return -1;
}

function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/u.test(lower)) return Number(lower);
  if (lower === 'a few' || lower === 'several') return 3;
  if (lower === 'a couple of') return 2;
  return NUMBER_WORDS[lower] ?? 1;
}

/** `last night` is the night before publication; `this morning` the day of it; `yesterday evening`, `tomorrow morning`. */
function partOfDayOffset(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'last' || lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
}

function dayOffset(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
}

function clock(m: RegExpExecArray): string {
  if (m[4] !== undefined) return `${m[4].padStart(2, '0')}:${m[5]}`;
  let hour = Number(m[1]) % 12;
  if (m[3]?.toLowerCase() === 'p') hour += 12;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}
