import type { Sentence } from '../types.ts';
import { parseIsoDate, resolveDate } from './date-resolve.ts';
import { styleKey } from './normalize.ts';
import { matchesOf, mentionAt, overlaps, type TextSpan } from './spans.ts';
import type { DateValue, ExtractContext, RawMention } from './types.ts';
import { hasTag } from './lexicon.ts';
import { monthNumber, SPEECH_VERBS, UNIT_WORDS, weekdayNumber } from './words.ts';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const LEAD = String.raw`(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]arlier in|[Ll]ater in)\s+)`;
const UNIT = String.raw`(?:day|week|weekend|month|year|decade)`;
const COUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)`;

const HAS_MONTH = new RegExp(String.raw`\b${MONTH}`, 'u');
const HAS_WEEKDAY = new RegExp(WEEKDAY, 'u');

/**
 * Each pattern names what it found through its groups; the first to claim a stretch keeps it. A
 * pattern that starts with an optional lead word is tried at every position, so a cheap `trigger`
 * test skips it in sentences without a month or weekday name.
 */
const PATTERNS: readonly { pattern: RegExp; trigger?: RegExp; read: (match: RegExpExecArray) => DateValue | undefined }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/gu, read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
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
    pattern: new RegExp(String.raw`(${LEAD})?\b(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?\b`, 'gu'),
    trigger: HAS_WEEKDAY,
    read: (m) => ({ weekday: weekdayNumber(m[2]!)!, ...which(m[1]) }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:[Ee]arlier|[Ll]ater)\s+(?:this|in the)\s+(${UNIT})\b`, 'gu'),
    read: (m) => ({ relative: { unit: unitOf(m[1]!), offset: 0 } }),
  },
  {
    pattern: new RegExp(String.raw`\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming)\s+(${UNIT})\b`, 'gu'),
    read: (m) => ({ relative: { unit: unitOf(m[2]!), offset: offsetOf(m[1]!) } }),
  },
  {
    pattern: new RegExp(String.raw`\b(${COUNT})\s+(${UNIT})s?\s+ago\b`, 'gu'),
    read: (m) => ({ relative: { unit: unitOf(m[2]!), offset: -countOf(m[1]!) } }),
  },
  {
    pattern: /\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b/gu,
    read: (m) => ({ relative: { unit: 'day', offset: dayOffset(m[0]) } }),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:in\s+(?:the\s+)?(?:recent|coming|past)\s+(?:${UNIT})s|(?:just\s+|only\s+)?(?:days|weeks|months|years)\s+(?:after|before|later|earlier))\b`,
      'giu',
    ),
    read: () => ({ vague: true }),
  },
  {
    pattern: new RegExp(String.raw`(?<![£$€\d.,])(${LEAD})?\b(${YEAR})\b(?![\d.,]\d|\s*%|\s*per\s?cent)`, 'gu'),
    read: (m) => ({ year: Number(m[2]) }),
  },
  {
    // `6.40am`, `6:40 a.m.`, `5pm`, `18:30`; never the minutes of a time alone (`40am`).
    pattern: /(?<![\d.:])\b(\d{1,2})(?:[:.]([0-5]\d))?\s?([ap])(?:\.m\b\.?|m\b)|(?<![\d.:])\b([01]?\d|2[0-3]):([0-5]\d)\b/gu,
    read: (m) => ({ time: clock(m) }),
  },
];

/** A sentence about what is to come: its bare `Wednesday` or `in June` lies ahead, not behind. */
const FUTURE = /\b(?:will|shall|expected to|forecast|due to|scheduled|set to|plans? to|is to|are to)\b/iu;
/** A sentence about what has happened: its bare `in April` lies behind. Reporting verbs (`said`) do not count. */
const PAST = /\b(?:was|were|had|did|been|ago)\b/iu;

/** Dates and times in one sentence, absolute and relative, resolved against `published` when known. */
export function extractDates(sentence: Sentence, context: ExtractContext = {}): RawMention[] {
  const taken: TextSpan[] = [];
  const mentions: RawMention[] = [];
  for (const { pattern, trigger, read } of PATTERNS) {
    if (trigger && !trigger.test(sentence.text)) continue;
    for (const match of matchesOf(pattern, sentence.text)) {
      const span = { at: match.index, end: match.index + match[0].length };
      if (taken.some((other) => overlaps(other, span))) continue;
      const value = read(match);
      if (!value || isBareMay(match[0], span, sentence.text)) continue;
      if (!value.which && value.year === undefined && !value.relative && (value.weekday !== undefined || value.month !== undefined)) {
        const tense = localTense(sentence.text, span, value, context.published) ?? tenseOf(sentence);
        if (tense) value.tense = tense;
      }
      taken.push(span);
      const resolved = resolveDate(value, context.published, context.storyYear);
      const key = value.vague ? `vague ${styleKey(match[0])}` : dateKey(value, resolved);
      mentions.push(mentionAt(sentence, 'date', span, key, { date: value, ...(resolved ? { resolved } : {}) }));
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** Days before publication beyond which a deadline said with `would` or `by` lies in the next year. */
const WELL_BEFORE_DAYS = 60;
/** A speech verb next to a date: the day something was said (`said Tuesday`, `on Tuesday announced`). */
const SAID_BEFORE =
  /\b(?:said|told|announced|reported|confirmed|disclosed|stated|wrote|added)(?:\s+(?:\p{Lu}[\p{L}.]*|reporters|analysts|investors))*\s*$/u;
const SAID_AFTER = /^\s*(?:,\s*)?(?:said|told|announced|reported|confirmed|disclosed)\b/u;
/** What is to come, said in the clause before the date: `would stop production by`, `to close by`. */
const CLAUSE_FUTURE =
  /\b(?:will|would|shall|going to|expected to|due to|scheduled to|set to|plans? to|aims? to)\b[^,;:"“”]*$|\bto\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*$/u;
const CLAUSE_PAST = /\b(?:was|were|had|did|been)\b[^,;:"“”]*$/u;

/**
 * The tense of the words around one date, which outweighs the sentence's: the day something was
 * said looks back (`said Tuesday it will cut`); a day in a clause about what is to come
 * (`would stop production by Jan. 5`, `to close by Jan. 5`), or a deadline (`by`, `until`), looks
 * ahead when this year's day lies well before publication.
 */
function localTense(text: string, span: TextSpan, value: DateValue, published: string | undefined): DateValue['tense'] {
  const before = text.slice(Math.max(0, span.at - 60), span.at);
  const phrase = text.slice(span.at, span.end);
  const leadless = before.replace(/\s+$/u, '');
  if (
    value.weekday !== undefined &&
    value.day === undefined &&
    (SAID_BEFORE.test(leadless) || (/^(?:on\s+)?\p{Lu}/iu.test(phrase) && SAID_AFTER.test(text.slice(span.end, span.end + 20))))
  )
    return 'past';
  if (value.day === undefined || value.month === undefined || !published) return undefined;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const deadline = /^(?:by|until|till|before)\b/iu.test(phrase);
  if (CLAUSE_PAST.test(clause)) return undefined;
  if (!deadline && !CLAUSE_FUTURE.test(before)) return undefined;
  const base = parseIsoDate(published);
  if (!base) return undefined;
  const candidate = Date.UTC(base.getUTCFullYear(), value.month - 1, value.day);
  return base.getTime() - candidate > WELL_BEFORE_DAYS * 86_400_000 ? 'future' : undefined;
}

/** Future when the sentence speaks of what is to come; past when a verb other than a reporting verb is in the past tense. */
function tenseOf(sentence: Sentence): DateValue['tense'] {
  if (FUTURE.test(sentence.text)) return 'future';
  if (PAST.test(sentence.text)) return 'past';
  const past = sentence.tokens.some(
    (token) => token.word && /^\p{Ll}/u.test(token.text) && !SPEECH_VERBS.test(token.text) && hasTag(token.text, 'PastTense'),
  );
  return past ? 'past' : undefined;
}

/** The comparison key: the resolved value when known, else what the phrase itself says. */
export function dateKey(value: DateValue, resolved: string | undefined): string {
  if (resolved) return resolved;
  const parts = [
    value.year,
    value.month && `m${value.month}`,
    value.day && `d${value.day}`,
    value.weekday !== undefined && `w${value.weekday}`,
    value.which,
    value.relative && `${value.relative.unit}${value.relative.offset}`,
    value.time,
    value.vague && 'vague',
  ];
  return parts.filter((part) => part !== undefined && part !== false && part !== '').join(' ');
}

/** `May` the month, not the modal verb or the surname: only with a lead word, day or year. */
function isBareMay(found: string, span: TextSpan, text: string): boolean {
  if (!/^May$/u.test(found)) return false;
  return !/\b(?:in|on|since|by|until|from|last|next|this|early|late|mid)\s*-?$/iu.test(text.slice(Math.max(0, span.at - 8), span.at));
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
  return UNIT_WORDS[lower] ?? 1;
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
