/**
 * Two clocks: a day or a time given in one named zone against one given in another (`10:00 p.m. CDT` /
 * `11 p.m. ET`, `Saturday local time` / `1840 GMT Friday`) names one moment two ways as often as two
 * moments. They differ in substance only when both are clock times in zones of known offset that no
 * reading of the zones makes one instant; a day, or a time in `local time`, may be the zone's difference.
 * A time named without a zone against one in a named zone whole hours apart (`about 10 p.m. Friday` / `11 p.m.
 * ET Friday`) is the place's own clock against the zone's: the hours are the zones'. Otherwise a time named
 * without a zone is compared as written (value.ts).
 */
import { timeZoneOf, type TimeZone } from '../../language/time-zones.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';

const DAY_MINUTES = 24 * 60;
/** The widest gap between the clocks of two zones a story's places are likely to be read in (hours). */
const MAX_OFFSET_GAP = 12;

/** The two dates are given in two different zones, and the zones may account for their difference. */
export function zonesExplain(a: RawMention, b: RawMention, context: StoryContext): boolean {
  const zoneA = zoneOf(a, context);
  const zoneB = zoneOf(b, context);
  const timeA = a.date?.time;
  const timeB = b.date?.time;
  if (!zoneA !== !zoneB) return timeA !== undefined && timeB !== undefined && wholeHoursApart(timeA, timeB);
  if (!zoneA || !zoneB || zoneA.zone === zoneB.zone) return false;
  if (!timeA || !timeB || zoneA.offsets.length === 0 || zoneB.offsets.length === 0) return true;
  return zoneA.offsets.some((offsetA) => zoneB.offsets.some((offsetB) => utcMinutes(timeA, offsetA) === utcMinutes(timeB, offsetB)));
}

function zoneOf(mention: RawMention, context: StoryContext): TimeZone | undefined {
  const text = context.sentence(mention.sentence)?.text;
  return text === undefined ? undefined : timeZoneOf(text, mention.at, mention.at + mention.text.length);
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
