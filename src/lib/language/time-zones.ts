/**
 * Time zones news copy names beside a clock time or a day (`11 p.m. ET`, `1840 GMT Friday`, `Saturday
 * local time`), with their offsets from UTC in hours. A family named without its season (`ET`, `CT`)
 * takes both its standard and its summer offset. `local time` names a zone without saying which.
 */
export const TIME_ZONE_OFFSETS: Readonly<Record<string, readonly number[]>> = {
  GMT: [0],
  UTC: [0],
  BST: [1],
  CET: [1],
  CEST: [2],
  WAT: [1],
  CAT: [2],
  SAST: [2],
  EAT: [3],
  EST: [-5],
  EDT: [-4],
  ET: [-5, -4],
  CST: [-6],
  CDT: [-5],
  CT: [-6, -5],
  MST: [-7],
  MDT: [-6],
  MT: [-7, -6],
  PST: [-8],
  PDT: [-7],
  PT: [-8, -7],
  HKT: [8],
  SGT: [8],
  MYT: [8],
  JST: [9],
  KST: [9],
  AEST: [10],
  AEDT: [11],
};

/** The zone `local time` names: some place's clock, which one unsaid. */
export const LOCAL_TIME = 'local time';

/** A zone named beside a time: its name as written (`ET`, `local time`) and its offsets, none for `local time`. */
export interface TimeZone {
  zone: string;
  offsets: readonly number[];
}

const ZONE_NAMES = Object.keys(TIME_ZONE_OFFSETS).join('|');
/** A zone name of `TIME_ZONE_OFFSETS` as a regex part, whole (`ET`, never the start of `ETA`). */
export const TIME_ZONE = String.raw`(?:${ZONE_NAMES})\b`;
const ZONE_INSIDE = new RegExp(String.raw`\b(${ZONE_NAMES})\b|(local time)\b`, 'u');
// Right after the time or day: a zone in capitals or `local time`, a comma allowed before it.
const ZONE_AFTER = new RegExp(String.raw`^([\s,]{0,2})(?:(${ZONE_NAMES})\b|(local time)\b)`, 'u');
// Right before a day, a zone that ends a clock time (`1840 GMT Friday`).
const ZONE_BEFORE = new RegExp(String.raw`\b(${ZONE_NAMES})\s+$`, 'u');

/**
 * The zone a date phrase at `text.slice(start, end)` is given in: named inside the phrase, right after it, or, for
 * a day after a clock time, right before it (`1840 GMT Friday`). Undefined when no zone is named. After a comma a
 * two-letter name starts the next words more often than it names a zone (`on Friday, CT scans showed`).
 */
export function timeZoneOf(text: string, start: number, end: number): TimeZone | undefined {
  const zone =
    zoneInside(text.slice(start, end)) ??
    zoneAfter(text.slice(end, end + 14)) ??
    ZONE_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[1];
  return zone === undefined ? undefined : { zone, offsets: TIME_ZONE_OFFSETS[zone] ?? [] };
}

function zoneInside(phrase: string): string | undefined {
  const match = ZONE_INSIDE.exec(phrase);
  return match ? (match[1] ?? LOCAL_TIME) : undefined;
}

function zoneAfter(rest: string): string | undefined {
  const match = ZONE_AFTER.exec(rest);
  if (!match) return undefined;
  const zone = match[2] ?? LOCAL_TIME;
  return match[1]!.includes(',') && zone.length === 2 ? undefined : zone;
}
