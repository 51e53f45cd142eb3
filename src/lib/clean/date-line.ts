import type { Edit } from '../types.ts';
import type { ChromeMatch } from './rule.ts';
import { isSpace, isUpper } from './text-shape.ts';
import { readDateline } from '../language/dateline.ts';
import { findFullDate, isoDate, readWrittenDate, TIME_AFTER_DATE, WEEKDAY_BEFORE_DATE, writtenDate } from '../language/written-dates.ts';

// A page's label before its date: `Published:`, `Updated on`, `date`.
const LABEL = String.raw`(?:(?:date|dated|published|posted|updated|last updated|first published)(?: on)?\s*[:\-–]?\s*)`;

/** A date with an optional label, weekday and time, at the start of a line (case ignored: `PUBLISHED 5 MAY 2025`). */
const DATE_AT_START = new RegExp(
  String.raw`^(?<label>${LABEL})?${WEEKDAY_BEFORE_DATE}?${writtenDate('date', 'required')}${TIME_AFTER_DATE}?`,
  'iu',
);

interface DateMatch {
  iso: string;
  /** Length of the matched date (and label) from the start of the searched text. */
  length: number;
  labelled: boolean;
}

function matchDate(text: string): DateMatch | undefined {
  const m = DATE_AT_START.exec(text);
  const value = readWrittenDate(m?.groups, 'date');
  const iso = value && isoDate(value);
  if (!m || !iso) return undefined;
  return { iso, length: m[0].length, labelled: m.groups!['label'] !== undefined || m.groups!['dateIsoYear'] !== undefined };
}

/** The ISO date a timestamp widget carries, if it names a full date: `Updated 3:45 PM EDT Sept. 30, 2026` → `2026-09-30`. */
export function parseDateIn(text: string): string | undefined {
  return findFullDate(text);
}

/**
 * The date of a wire dateline that opens the body with a full date: `CHANDLER, Ariz., Sept. 29,
 * 2026 — …`, `LONDON, 5 May 2025 (Reuters) - …`. The rule leaves the text: the story-evidence pass removes it as the lede's dateline.
 */
export function parseWireDateline(text: string): string | undefined {
  const date = readDateline(text.trimStart())?.date;
  return date && isoDate(date);
}

/** The ISO date of a piece that is nothing but a (labelled) date, also in square brackets (`[January 11, 2025]`). */
export function parseDateLine(text: string): string | undefined {
  const inner = /^\[\s*(.+?)\s*\]$/u.exec(text)?.[1] ?? text;
  const date = matchDate(inner);
  return date && date.length === inner.length ? date.iso : undefined;
}

/** A separator between a date prefix and what follows it: `|`, a bullet or a dash between spaces. */
const SEPARATOR = /^\s+[|*•·–—-]\s+/u;

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
  let rest = line.slice(date.length);
  // `date 2025-10-20 | Mon, Oct 20, 2025`: the same date again after a separator is part of the date line.
  const separated = date.labelled ? SEPARATOR.exec(rest) : null;
  if (separated && parseDateLine(rest.slice(separated[0].length)) !== undefined) rest = '';
  else if (separated) rest = rest.slice(separated[0].length - 1);
  const prefixOfSentence = date.labelled && /^\s/u.test(rest) && isUpper(rest.trimStart()[0]);
  if (rest.length > 0 && !prefixOfSentence) return undefined;
  const end = rest.length === 0 ? start + line.length : start + date.length;
  const edit = { start, end, replacement: '', rule: 'date-line', reason: 'date line' };
  return { edits: [edit], published: date.iso };
}
