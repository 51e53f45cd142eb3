import type { DateValue } from './date-phrases.ts';
import { readWrittenDate, TIME_AFTER_DATE, WEEKDAY_BEFORE_DATE, writtenDate } from './written-dates.ts';

/**
 * The wire dateline that opens a report: `LEEDS, March 3 (Northern Wire) - `, `WASHINGTON (Reuters) — `,
 * `CHANDLER, Ariz., Sept. 29, 2026 — `, `PARIS, France, 4 May 2025 – `. Clean reads its date to date the
 * version; facts leaves its words out of what the report says. One grammar for both.
 */
export interface Dateline {
  /** Where the report's own words begin: after the dash and the spaces that follow it. */
  end: number;
  /** The place as written: `LEEDS`, `NEW YORK`. */
  place: string;
  /** The date, when the dateline gives a calendar date; `year` only when written. */
  date?: DateValue;
  /** The agency in brackets: `Reuters`, `Northern Wire`. */
  agency?: string;
}

// The place, in capitals, one word or more: `LEEDS`, `NEW YORK`, `ST. LOUIS`, `WINSTON-SALEM`.
const PLACE = String.raw`(?<place>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*)`;
// A region after it, up to three more capitalised words or `of`/`and`: `, Ariz.`, `, New South Wales`, `, Isle of Man`.
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|of|and)){0,3})?`;
// The date, year optional, a weekday before and a time after allowed: `, Sept. 29, 2026`, ` March 3`.
const DATE = String.raw`(?:(?:,\s*|\s+)${WEEKDAY_BEFORE_DATE}?${writtenDate('date', 'optional')}${TIME_AFTER_DATE}?)?`;
// The agency in brackets: `(Reuters)`, `(AP)`, `(Northern Wire)`.
const AGENCY = String.raw`(?:\s*\((?<agency>[^()]{1,40})\))?`;
// The dash that hands over to the report, with the spaces after it; an en or em dash may be glued to the first word.
const DASH = String.raw`\s*(?:[-–—]{1,2}\s+|[–—]{1,2})`;
const DATELINE = new RegExp(`^${PLACE}${REGION}${DATE}${AGENCY}${DASH}`, 'u');

/**
 * The dateline at the very start of `text`, if any. Without a date or an agency only a place of three
 * or more capitals counts, so `US - China talks` is no dateline.
 */
export function readDateline(text: string): Dateline | undefined {
  const match = DATELINE.exec(text);
  if (!match?.groups) return undefined;
  const { place, agency } = match.groups;
  const dated = match.groups['dateIsoYear'] ?? match.groups['dateDmyDay'] ?? match.groups['dateMdyDay'];
  if (dated === undefined && !agency && !/^\p{Lu}{3,}$/u.test(place!.replace(/[\s.'’-]/gu, '').slice(0, 3))) return undefined;
  const date = readWrittenDate(match.groups, 'date');
  return { end: match[0].length, place: place!, ...(date ? { date } : {}), ...(agency ? { agency } : {}) };
}
