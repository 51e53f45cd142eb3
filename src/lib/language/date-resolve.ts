import type { DateValue } from './date-phrases.ts';

const DAY_MS = 86_400_000;

/**
 * The calendar value a date phrase names, as `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`, read
 * against a reference date (a version's publication date). News reports mostly look back, so a bare
 * `in March` or `on Sunday` is the latest one on or before the reference; `next` looks forward; the
 * tense a reader gave the phrase decides a month without a year. Undefined when the phrase is vague
 * or needs a reference date there is none of. `storyYear` confirms a weekday-and-date without one.
 */
export function resolveDate(value: DateValue, published: string | undefined, storyYear?: number): string | undefined {
  if (value.vague) return undefined;
  const base = published ? parseIsoDate(published) : undefined;
  const time = value.time ? ` ${value.time}` : '';
  if (value.month !== undefined) {
    const year = value.year ?? monthYear(value, base) ?? confirmedYear(value, storyYear);
    if (year === undefined) return undefined;
    const month = `${year}-${pad(value.month)}`;
    return (value.day !== undefined ? `${month}-${pad(value.day)}` : month) + time;
  }
  if (value.year !== undefined) return String(value.year);
  if (!base) return undefined;
  if (value.weekday !== undefined) return isoDay(weekdayNear(base, value.weekday, value.which, value.tense)) + time;
  if (value.relative) return relativeTo(base, value.relative);
  return undefined;
}

/** The day an ISO date (`2025-05-05`, time ignored) names, at midnight UTC. */
export function parseIsoDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!match) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * The year of a month (and day) written without one. `next`/`last` name the next or last such
 * month; a sentence about what is to come looks ahead from publication (`will open on March 5`,
 * published March 3, is this year's March 5), one in the past tense looks back (`was inspected in
 * April`, published in March, is last year's April). With no cue, and for a weekday-and-date that
 * fits this year, the publication year.
 */
function monthYear(value: DateValue, base: Date | undefined): number | undefined {
  if (!base) return undefined;
  const year = base.getUTCFullYear();
  if (value.relative?.unit === 'year') return year + value.relative.offset;
  const month = value.month!;
  const current = base.getUTCMonth() + 1;
  const day = value.day;
  const candidate = Date.UTC(year, month - 1, day ?? 1);
  if (value.which === 'this') return year;
  if (value.which === 'next') return (day !== undefined ? candidate > base.getTime() : month > current) ? year : year + 1;
  if (value.which === 'last') return (day !== undefined ? candidate < base.getTime() : month < current) ? year : year - 1;
  // `Monday, March 2`: the year in which that day is a Monday, of the three around publication.
  if (day !== undefined && value.weekday !== undefined) {
    const fits = [year, year - 1, year + 1].find((option) => new Date(Date.UTC(option, month - 1, day)).getUTCDay() === value.weekday);
    if (fits !== undefined) return fits;
  }
  if (value.tense === 'future') return (day !== undefined ? candidate >= base.getTime() : month >= current) ? year : year + 1;
  if (value.tense === 'past') return (day !== undefined ? candidate <= base.getTime() : month <= current) ? year : year - 1;
  return year;
}

/** A weekday-and-date in a version without a publication date: the story's year, if the weekday fits it. */
function confirmedYear(value: DateValue, storyYear: number | undefined): number | undefined {
  if (storyYear === undefined || value.day === undefined || value.weekday === undefined) return undefined;
  return new Date(Date.UTC(storyYear, value.month! - 1, value.day)).getUTCDay() === value.weekday ? storyYear : undefined;
}

function weekdayNear(base: Date, weekday: number, which: DateValue['which'], tense: DateValue['tense']): Date {
  const today = base.getUTCDay();
  if (which === 'next' || (which === undefined && tense === 'future')) {
    const ahead = (weekday - today + 7) % 7 || 7;
    return new Date(base.getTime() + ahead * DAY_MS);
  }
  let back = (today - weekday + 7) % 7;
  if (which === 'last' && back === 0) back = 7;
  return new Date(base.getTime() - back * DAY_MS);
}

function relativeTo(base: Date, relative: NonNullable<DateValue['relative']>): string {
  const year = base.getUTCFullYear();
  switch (relative.unit) {
    case 'day':
      return isoDay(new Date(base.getTime() + relative.offset * DAY_MS));
    case 'week':
      return isoWeek(new Date(base.getTime() + relative.offset * 7 * DAY_MS));
    case 'month': {
      const shifted = new Date(Date.UTC(year, base.getUTCMonth() + relative.offset, 1));
      return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`;
    }
    case 'year':
      return String(year + relative.offset);
  }
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ISO 8601 week, e.g. `2025-W18`. */
function isoWeek(date: Date): string {
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / (7 * DAY_MS)) + 1;
  return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
