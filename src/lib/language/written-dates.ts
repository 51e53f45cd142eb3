import { MONTH_WORD_DOTTED, monthNumber, WEEKDAY_WORD_SHORT } from './calendar.ts';
import type { DateValue } from './date-phrases.ts';
import { TIME_ZONE } from './time-zones.ts';

/**
 * Dates as page furniture writes them: date lines (`Published: Monday, May 5, 2025 10:32 GMT`),
 * timestamps (`Updated 3:45 PM EDT Sept. 30, 2026`) and wire datelines (`CHANDLER, Ariz., Sept. 29,
 * 2026 —`). Regex parts to compose, each reading its date through named groups, and the readers.
 * Running text's date phrases (`last Tuesday`, `in March`) are `readDatePhrases`'.
 */

const ORDINAL = '(?:st|nd|rd|th)';
const MONTH = MONTH_WORD_DOTTED;
const ISO_TIME = String.raw`(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)`;

/**
 * A written date, its groups named after `name` (so two can share a pattern): ISO (`2025-05-05`, a
 * time after it allowed), day-month (`5 May 2025`, `5th May, 2025`) or month-day (`May 5, 2025`,
 * `Sept. 29 2026`). With `year: 'optional'` the two worded orders may leave the year out
 * (`March 3`). Read a match with `readWrittenDate(match.groups, name)`.
 */
export function writtenDate(name: string, year: 'required' | 'optional'): string {
  const yearAfter = (group: string): string =>
    year === 'required' ? String.raw`,?\s+(?<${group}>\d{4})` : String.raw`(?:,?\s+(?<${group}>\d{4}))?`;
  // `2025-05-05`, then an optional time and zone: `T14:02:00Z`, ` 14:02+01:00`.
  const iso = String.raw`(?<${name}IsoYear>\d{4})-(?<${name}IsoMonth>\d{2})-(?<${name}IsoDay>\d{2})${ISO_TIME}?`;
  // `5 May 2025`, `5th May, 2025`.
  const dayMonth = String.raw`(?<${name}DmyDay>\d{1,2})${ORDINAL}?\s+(?<${name}DmyMonth>${MONTH})${yearAfter(`${name}DmyYear`)}`;
  // `May 5, 2025`, `Sept. 29 2026`.
  const monthDay = String.raw`(?<${name}MdyMonth>${MONTH})\s+(?<${name}MdyDay>\d{1,2})${ORDINAL}?${yearAfter(`${name}MdyYear`)}`;
  return `(?:${iso}|${dayMonth}|${monthDay})`;
}

/** A weekday before a written date: `Monday, `, `Mon `, `Tues., `. */
export const WEEKDAY_BEFORE_DATE = String.raw`(?:${WEEKDAY_WORD_SHORT},?\s+)`;

/** A clock time after a written date: `, 10:32 GMT`, ` at 4:12pm`, ` 14.02 BST` (zones: time-zones.ts). */
export const TIME_AFTER_DATE = String.raw`(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*${TIME_ZONE})?)`;

/**
 * The date a `writtenDate(name, …)` match read: year (when written), month and day, or undefined when
 * no date of that name matched or it is no calendar date (`2025-13-45`, `32 May`).
 */
export function readWrittenDate(groups: Readonly<Record<string, string | undefined>> | undefined, name: string): DateValue | undefined {
  const group = (part: string): string | undefined => groups?.[`${name}${part}`];
  let value: DateValue;
  if (group('IsoYear') !== undefined) {
    value = { year: Number(group('IsoYear')), month: Number(group('IsoMonth')), day: Number(group('IsoDay')) };
  } else if (group('DmyDay') !== undefined) {
    value = { day: Number(group('DmyDay')), month: monthNumber(group('DmyMonth')!)!, ...yearOf(group('DmyYear')) };
  } else if (group('MdyDay') !== undefined) {
    value = { day: Number(group('MdyDay')), month: monthNumber(group('MdyMonth')!)!, ...yearOf(group('MdyYear')) };
  } else {
    return undefined;
  }
  return value.month! >= 1 && value.month! <= 12 && value.day! >= 1 && value.day! <= 31 ? value : undefined;
}

function yearOf(year: string | undefined): Pick<DateValue, 'year'> {
  return year === undefined ? {} : { year: Number(year) };
}

/** `2025-05-05` for a date with year, month and day; undefined for a date without a year. */
export function isoDate(value: DateValue): string | undefined {
  if (value.year === undefined || value.month === undefined || value.day === undefined) return undefined;
  return `${String(value.year).padStart(4, '0')}-${pad(value.month)}-${pad(value.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A full date anywhere in a text, not inside a word or a longer number. */
const FULL_DATE_ANYWHERE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${writtenDate('date', 'required')}(?![\p{L}\p{N}])`, 'iu');

/** The ISO date of the first full date in a text: `Updated 3:45 PM EDT Sept. 30, 2026` → `2026-09-30`. */
export function findFullDate(text: string): string | undefined {
  const value = readWrittenDate(FULL_DATE_ANYWHERE.exec(text)?.groups, 'date');
  return value && isoDate(value);
}
