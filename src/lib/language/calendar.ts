/**
 * Month and weekday names: the one table every stage reads, and the regex parts built from it.
 * Lower-case tables for lookups; patterns in the capitalised form running text uses.
 */

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** In `Date.getUTCDay()` order: Sunday is 0. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Month abbreviations, lower case, without their period: `Jan.`, `Sept.` (May has none). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Weekday abbreviations, lower case, without their period: `Mon.`, `Tues`, `Thurs`. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tues', 'tue', 'wed', 'thurs', 'thu', 'fri', 'sat', 'sun'];

/** `January`, `Jan`, `Sept.` → month number (1-12). */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  const index = MONTHS.findIndex((month) => month === lower || lower === month.slice(0, 3) || (lower === 'sept' && month === 'september'));
  return index >= 0 ? index + 1 : undefined;
}

/** `Monday` → 1, `Sunday` → 0: the full name only. */
export function weekdayNumber(word: string): number | undefined {
  const index = WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
  return index >= 0 ? index : undefined;
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

const MONTH_NAMES = MONTHS.map(capitalised).join('|');
// `Sept?` is both `Sep` and `Sept`.
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];
// Monday first: the order a reader expects; no name is a prefix of another, so the order never changes a match.
const WEEKDAY_NAMES = [...WEEKDAYS.slice(1), WEEKDAYS[0]].map(capitalised).join('|');

/** A month's full name (`March`). */
export const MONTH_NAME = `(?:${MONTH_NAMES})`;

/**
 * A month in running text: a full name, or an abbreviation with an optional period (`March`,
 * `Mar.`, `Sept`). A full name never takes the period: `in March.` ends a sentence.
 */
export const MONTH_WORD = String.raw`(?:${MONTH_NAMES}|${MONTH_SHORT.map((word) => String.raw`${word}\.?`).join('|')})`;

/** A month in a date line or a dateline, where a day or year follows: any form, then an optional period (`Sept. 29`). */
export const MONTH_WORD_DOTTED = String.raw`(?:${MONTH_NAMES}|${MONTH_SHORT.join('|')})\.?`;

/** A weekday's full name (`Monday`). */
export const WEEKDAY_WORD = `(?:${WEEKDAY_NAMES})`;

/** A weekday in a date line: its full name or an abbreviation, then an optional period (`Mon`, `Tues.`). */
export const WEEKDAY_WORD_SHORT = String.raw`(?:${WEEKDAY_NAMES}|${WEEKDAY_ABBREVIATIONS.map(capitalised).join('|')})\.?`;
