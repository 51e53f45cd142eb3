import type { DateValue } from './types.ts';

/** Two date mentions contradict each other: they cannot name the same time. Vague ones never do. */
export function datesConflict(a: DateValue, aResolved: string | undefined, b: DateValue, bResolved: string | undefined): boolean {
  if (a.vague || b.vague) return false;
  if (a.time && b.time && a.time !== b.time) return true;
  if (aResolved && bResolved && sameFormat(aResolved, bResolved)) {
    const length = Math.min(dateLength(aResolved), dateLength(bResolved));
    return aResolved.slice(0, length) !== bResolved.slice(0, length);
  }
  if (a.month !== undefined && b.month !== undefined) {
    if (a.month !== b.month) return true;
    if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return true;
    return a.year !== undefined && b.year !== undefined && a.year !== b.year;
  }
  if (a.weekday !== undefined && b.weekday !== undefined) return a.weekday !== b.weekday;
  if (a.year !== undefined && b.year !== undefined && a.month === undefined && b.month === undefined) return a.year !== b.year;
  if (a.relative && b.relative && a.month === undefined && b.month === undefined && a.weekday === undefined && b.weekday === undefined) {
    return a.relative.unit === b.relative.unit && a.relative.offset !== b.relative.offset;
  }
  return false;
}

function sameFormat(a: string, b: string): boolean {
  return a.includes('W') === b.includes('W');
}

function dateLength(resolved: string): number {
  const space = resolved.indexOf(' ');
  return space < 0 ? resolved.length : space;
}
