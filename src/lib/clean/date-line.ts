import type { Edit } from '../types.ts';
import type { ChromeMatch } from './rule.ts';
import { isSpace, isUpper } from './text-shape.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
const LABEL = String.raw`(?:(?:date|dated|published|posted|updated|last updated|first published)(?: on)?\s*[:\-–]?\s*)`;
const TIME = String.raw`(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EAT|CAT|WAT|SAST|[ECMP][SD]T))?)`;
const ISO = String.raw`(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DAY_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}),?\s+(\d{4})`;
const MONTH_DAY = String.raw`(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`;

/** A date with an optional label, weekday and time, at the start of a line. Groups: label, iso y/m/d, d/m/y, m/d/y. */
const DATE_AT_START = new RegExp(String.raw`^(${LABEL})?${WEEKDAY}?(?:${ISO}|${DAY_MONTH}|${MONTH_DAY})${TIME}?`, 'iu');

function isoDate(year: string, month: number, day: string): string | undefined {
  const dayNumber = Number(day);
  if (month < 1 || month > 12 || dayNumber < 1 || dayNumber > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

interface DateMatch {
  iso: string;
  /** Length of the matched date (and label) from the start of the searched text. */
  length: number;
  labelled: boolean;
}

function matchDate(text: string): DateMatch | undefined {
  const m = DATE_AT_START.exec(text);
  if (!m) return undefined;
  const iso =
    m[2] !== undefined
      ? isoDate(m[2], Number(m[3]), m[4]!)
      : m[5] !== undefined
        ? isoDate(m[7]!, monthNumber(m[6]!), m[5])
        : isoDate(m[10]!, monthNumber(m[8]!), m[9]!);
  return iso ? { iso, length: m[0].length, labelled: m[1] !== undefined || m[2] !== undefined } : undefined;
}

/** A full date anywhere in a timestamp: `Updated 3:45 PM EDT Sept. 30, 2026` → `2026-09-30`. */
const DATE_ANYWHERE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${ISO}|${DAY_MONTH}|${MONTH_DAY})(?![\p{L}\p{N}])`, 'iu');

function isoOf(m: RegExpExecArray, first: number): string | undefined {
  if (m[first] !== undefined) return isoDate(m[first]!, Number(m[first + 1]), m[first + 2]!);
  if (m[first + 3] !== undefined) return isoDate(m[first + 5]!, monthNumber(m[first + 4]!), m[first + 3]!);
  if (m[first + 6] !== undefined) return isoDate(m[first + 8]!, monthNumber(m[first + 6]!), m[first + 7]!);
  return undefined;
}

/** The ISO date a timestamp widget carries, if it names a full date. */
export function parseDateIn(text: string): string | undefined {
  const m = DATE_ANYWHERE.exec(text);
  return m ? isoOf(m, 1) : undefined;
}

/**
 * A wire dateline that opens the body with a full date: `CHANDLER, Ariz., Sept. 29, 2026 — …`,
 * `LONDON, 5 May 2025 (Reuters) - …`. The text stays (it is part of the article); only the date is read.
 */
const DATELINE_PLACE = /^\p{Lu}{2}[\p{Lu}\s.'’-]*,\s*(?:\p{Lu}[\p{L}.\s]{1,20},\s*)?/u;
const DATELINE_DASH = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[—–]|--?\s)/u;

export function parseWireDateline(text: string): string | undefined {
  const line = text.trimStart();
  const place = DATELINE_PLACE.exec(line);
  if (!place) return undefined;
  const rest = line.slice(place[0].length);
  const date = matchDate(rest);
  return date && DATELINE_DASH.test(rest.slice(date.length)) ? date.iso : undefined;
}

/** The ISO date of a piece that is nothing but a (labelled) date. */
export function parseDateLine(text: string): string | undefined {
  const date = matchDate(text);
  return date && date.length === text.length ? date.iso : undefined;
}

export function matchDateLine(text: string): ChromeMatch | undefined {
  return parseDateLine(text) ? { rule: 'date-line', reason: 'date line' } : undefined;
}

/**
 * A bare date line at the start of the text, or a date prefix glued to the first sentence
 * (`date 2025-05-05 Rwanda and…`). A prefix counts only when labelled or ISO, so a first sentence
 * that opens with a date ("May 5, 2025 was…") is not cut.
 */
export function findDateLine(text: string): { edits: Edit[]; published: string } | undefined {
  let start = 0;
  while (start < text.length && isSpace(text[start])) start++;
  const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const line = text.slice(start, lineEnd).trimEnd();
  const date = matchDate(line);
  if (!date) return undefined;
  const rest = line.slice(date.length);
  const prefixOfSentence = date.labelled && /^\s/u.test(rest) && isUpper(rest.trimStart()[0]);
  if (rest.length > 0 && !prefixOfSentence) return undefined;
  const edit = { start, end: start + date.length, replacement: '', rule: 'date-line', reason: 'date line' };
  return { edits: [edit], published: date.iso };
}
