/**
 * Two clocks: a day or a time given in one named zone against one given in another (`9 p.m. CST` /
 * `10 p.m. ET`, `Sunday local time` / `2130 GMT Saturday`) names one moment two ways as often as two
 * moments, but only when the zones can account for the difference:
 * - two clock times in zones of known offset are one moment when some reading of the zones makes them one instant;
 * - a time in `local time` (some place's clock, which one unsaid) against a time in another zone is one moment
 *   only when they are whole hours apart (`10:20 a.m. local time` / `3 p.m. GMT` is not);
 * - a day against a day, one of them without a time, is one moment only when the days are at most one apart
 *   (a zone moves a moment across midnight, never by three days).
 * A time named without a zone against one in a named zone whole hours apart (`about 9 p.m. Saturday` / `10 p.m.
 * ET Saturday`) may be the place's own clock against the zone's, or an hour's slip (`11 a.m.` / `11 p.m. GMT`):
 * it stays a flag, but only a possible one. Otherwise a time named without a zone is compared as written (value.ts).
 */
import { CLOCK_TIME } from '../../language/date-phrases.ts';
import { LOCAL_TIME, timeZoneOf, type TimeZone } from '../../language/time-zones.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';

const DAY_MINUTES = 24 * 60;
/** The widest gap between the clocks of two zones a story's places are likely to be read in (hours). */
const MAX_OFFSET_GAP = 12;

/**
 * What two zones make of two dates that differ as written: `explained`, one moment on two clocks (no flag);
 * `possible`, perhaps the zones' difference, perhaps not (a possible flag at most); undefined, the zones
 * explain nothing.
 */
export type ZoneVerdict = 'explained' | 'possible';

export function zonesExplain(a: RawMention, b: RawMention, context: StoryContext): ZoneVerdict | undefined {
  const zoneA = zoneOf(a, context);
  const zoneB = zoneOf(b, context);
  // A time in brackets after another (`2:40 am local time (1840 GMT)`) restates it for readers of another clock: against
  // a time not in its own zone, the time before the brackets is the one to compare, and is compared itself.
  if (zoneA?.zone !== zoneB?.zone && (restated(a, context) || restated(b, context))) return 'explained';
  const timeA = a.date?.time;
  const timeB = b.date?.time;
  if (!zoneA && !zoneB) return undefined;
  if (!zoneA || !zoneB) {
    const zoned = (zoneA ?? zoneB)!;
    if (zoned.zone === LOCAL_TIME || !timeA || !timeB) return undefined;
    return wholeHoursApart(timeA, timeB) ? 'possible' : undefined;
  }
  if (zoneA.zone === zoneB.zone) return undefined;
  if (!timeA || !timeB) return (daysApart(a, b) ?? Infinity) <= 1 ? 'explained' : undefined;
  if (zoneA.offsets.length === 0 || zoneB.offsets.length === 0) return wholeHoursApart(timeA, timeB) ? 'explained' : undefined;
  const oneInstant = zoneA.offsets.some((offsetA) =>
    zoneB.offsets.some((offsetB) => utcMinutes(timeA, offsetA) === utcMinutes(timeB, offsetB)),
  );
  return oneInstant ? 'explained' : undefined;
}

// A clock time, up to three words (`local time`) and an opening bracket, right before the mention.
const TIME_BEFORE_BRACKET = new RegExp(String.raw`${CLOCK_TIME}(?:\s+\p{L}+){0,3}\s*\(\s*$`, 'u');

/** The mention is a clock time restating, in brackets, the time right before it. */
function restated(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  return (
    mention.date?.time !== undefined && text !== undefined && TIME_BEFORE_BRACKET.test(text.slice(Math.max(0, mention.at - 40), mention.at))
  );
}

function zoneOf(mention: RawMention, context: StoryContext): TimeZone | undefined {
  const text = context.sentence(mention.sentence)?.text;
  return text === undefined ? undefined : timeZoneOf(text, mention.at, mention.at + mention.text.length);
}

/** Days between two dates: by their resolved calendar days, else by weekday round the week; undefined when unsaid. */
function daysApart(a: RawMention, b: RawMention): number | undefined {
  const dayA = calendarDay(a.resolved);
  const dayB = calendarDay(b.resolved);
  if (dayA !== undefined && dayB !== undefined) return Math.abs(dayA - dayB);
  const weekdayA = a.date?.weekday;
  const weekdayB = b.date?.weekday;
  if (weekdayA === undefined || weekdayB === undefined) return undefined;
  const gap = Math.abs(weekdayA - weekdayB);
  return Math.min(gap, 7 - gap);
}

/** `YYYY-MM-DD…` as days since 1970; undefined for a coarser value (`2025-03`, `2025-W18`). */
function calendarDay(resolved: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(resolved ?? '');
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000 : undefined;
}

/** Two clock times on the same minute of different hours, at most `MAX_OFFSET_GAP` hours apart either way round the day. */
function wholeHoursApart(a: string, b: string): boolean {
  const gap = Math.abs(utcMinutes(a, 0) - utcMinutes(b, 0));
  const hours = Math.min(gap, DAY_MINUTES - gap) / 60;
  return Number.isInteger(hours) && hours > 0 && hours <= MAX_OFFSET_GAP;
}

/** `HH:MM` at a UTC offset in hours, as minutes of the UTC day. */
function utcMinutes(time: string, offset: number): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (((((hours ?? 0) - offset) * 60 + (minutes ?? 0)) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}
