import { monthNumber } from './calendar.ts';
import type { DateValue } from './date-phrases.ts';
import { readWrittenDate, TIME_AFTER_DATE, WEEKDAY_BEFORE_DATE, writtenDate } from './written-dates.ts';

// The wire dateline that opens a report (`LEEDS, March 3 (Northern Wire) - `, `WASHINGTON (Reuters) — `, `New Delhi:`)
// says where and from whom the report came: metadata, not the report's words. Every reading of it lives here, in two
// readers of one opening:
// - `readDateline` reads the wire's own form (a place in capitals, a region, a date, an agency, a dash) into its parts:
//   clean dates the version with its date, facts leaves its words out of what the report says.
// - `datelineLength` measures every form a page prints it in, as clean's story-evidence pass strips it from the lede:
//   the wire's, and a scrape's (a place in title case before a colon, `Brussels:`; a source alone, `(Bloomberg) --`;
//   a lost or garbled dash).

/** A wire dateline read into its parts. */
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

// The wire's form.
// The place, in capitals, one word or more: `LEEDS`, `NEW YORK`, `ST. LOUIS`, `WINSTON-SALEM`.
const WIRE_PLACE = String.raw`(?<place>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*)`;
// A region after it, up to three more capitalised words or `of`/`and`: `, Ariz.`, `, New South Wales`, `, Isle of Man`.
const WIRE_REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|of|and)){0,3})?`;
// The date, year optional, a weekday before and a time after allowed: `, Sept. 29, 2026`, ` March 3`.
const WIRE_DATE = String.raw`(?:(?:,\s*|\s+)${WEEKDAY_BEFORE_DATE}?${writtenDate('date', 'optional')}${TIME_AFTER_DATE}?)?`;
// The date in brackets instead, where a page sets it after the place: `GLENMOOR (Mar. 4, 2019) —`.
const WIRE_DATE_IN_BRACKETS = String.raw`\s*\(${WEEKDAY_BEFORE_DATE}?${writtenDate('bracketed', 'optional')}\)`;
// An update counter in brackets, which names no agency: `(3rd UPDATE)`, `(UPDATED)`, `(UPDATE 2)`.
const WIRE_UPDATE = String.raw`\s*\((?:\d{1,2}(?:st|nd|rd|th)\s+)?UPDATE(?:D|\s+\d{1,2})?\)`;
// The agency in brackets: `(Reuters)`, `(AP)`, `(Northern Wire)`.
const WIRE_AGENCY = String.raw`(?:\s*\((?<agency>[^()]{1,40})\))?`;
// The dash that hands over to the report, with the spaces after it; an en or em dash may be glued to the first word.
const WIRE_DASH = String.raw`\s*(?:[-–—]{1,2}\s+|[–—]{1,2})`;
const WIRE_DATELINE = new RegExp(
  `^${WIRE_PLACE}${WIRE_REGION}${WIRE_DATE}(?:${WIRE_DATE_IN_BRACKETS}|${WIRE_UPDATE}|${WIRE_AGENCY})${WIRE_DASH}`,
  'u',
);

/**
 * The wire dateline at the very start of `text`, if any. Without a date or an agency only a place of three
 * or more capitals counts, so `US - China talks` is no dateline.
 */
export function readDateline(text: string): Dateline | undefined {
  const match = WIRE_DATELINE.exec(text);
  if (!match?.groups) return undefined;
  const { place, agency } = match.groups;
  const written = (name: string): string | undefined =>
    match.groups![`${name}IsoYear`] ?? match.groups![`${name}DmyDay`] ?? match.groups![`${name}MdyDay`];
  if (
    written('date') === undefined &&
    written('bracketed') === undefined &&
    !agency &&
    !/^\p{Lu}{3,}$/u.test(place!.replace(/[\s.'’-]/gu, '').slice(0, 3))
  )
    return undefined;
  const date = readWrittenDate(match.groups, 'date') ?? readWrittenDate(match.groups, 'bracketed');
  return { end: match[0].length, place: place!, ...(date ? { date } : {}), ...(agency ? { agency } : {}) };
}

// The forms a page prints.
/** Place words: capitalised (or all capitals), with the commas and abbreviations of `Calif.` or `D.C.`. */
const PLACE = String.raw`[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}][\p{L}.'’-]*){0,4}`;
/** An agency or reporter in brackets: `(AP)`, `(Reuters)`, `(Rajeev Sharma)`. */
const SOURCE = String.raw`\([\p{Lu}][\p{L} .&/'’-]{0,40}\)`;
/** A day after the place: `, July 25`. */
const DAY = String.raw`(?:,\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})`;
/**
 * The separator: a dash or colon, then a space; a dash's mojibake `?` with a space on each side (a question mark
 * touches its word: `Blurry? Yes.` opens no dateline); an em or en dash may touch the text, and so may a double
 * hyphen after a space (`(ABC News) --First`).
 */
const SEPARATOR = String.raw`(?:\s*(?:--?|:)\s+|\s+\?\s+|\s*[–—]\s*|\s+--)`;

const HEAD = String.raw`(?:${PLACE}${DAY}?(?:,?\s*${SOURCE})?|${SOURCE})`;
/** A place in capitals, as wires print it: `GLENMOOR`, `PORT ELLAN`. */
const PLACE_IN_CAPITALS = String.raw`[\p{Lu}]{3,}[\p{Lu}.'’-]*(?: [\p{Lu}]{2,}[\p{Lu}.'’-]*){0,3}`;
/** A region or country after the place: `, Calif.`, `, Norland`. */
const REGION = String.raw`(?:,\s*[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)?)`;
/**
 * A dateline whose dash a scrape lost: a place in capitals with its region, day or source, then the lede
 * (`GLENMOOR, Norland (AP) The council…`, `PORT ELLAN, May 4 A barge…`). Never a bare capitalised word:
 * `NATO Secretary General…` keeps its first word.
 */
const UNDASHED = String.raw`${PLACE_IN_CAPITALS}(?:${DAY}|${REGION}${DAY}?(?:\s*${SOURCE})?|\s*${SOURCE})\s+`;
const DATELINE = new RegExp(String.raw`^(?:${HEAD}${SEPARATOR}|${UNDASHED})(?=["“‘']?[\p{Lu}\p{N}])`, 'u');
/** A dateline standing alone on its line, its separator optional: `GLENMOOR, Norland (AP)`, `DUNMERE, Calif.`. */
const DATELINE_ALONE = new RegExp(String.raw`^${HEAD}\s*(?:--?|[–—:])?$`, 'u');

/** What follows a dateline: the report's first word, capitalised or a figure, perhaps after an opening quote mark. */
const REPORT_FOLLOWS = /^["“‘']?[\p{Lu}\p{N}]/u;

/**
 * The length of the dateline opening `text`, or 0: the longer of a page's form and the wire's own (`readDateline`: a
 * full date, `DUNMERE, Calif., Sept. 29, 2026 —`, a date or an update counter in brackets, `GLENMOOR (Mar. 4, 2019) —`,
 * `PORT ELLAN, Norland (3rd UPDATE) –`). The page's form is at most eight words, since its capitalised words could be
 * a sentence's own lead-in; the wire's grammar is strict enough to be read at any length (`GLENMOOR, Tuesday, 4 March
 * 2019, 10:32 GMT (Coastline Press) —`).
 */
export function datelineLength(text: string): number {
  const pageForm = DATELINE.exec(text)?.[0] ?? '';
  const page = pageForm.trim().split(/\s+/u).length <= 8 ? pageForm.length : 0;
  const wire = readDateline(text)?.end ?? 0;
  return wire > page && REPORT_FOLLOWS.test(text.slice(wire)) ? wire : page;
}

/**
 * A dateline only a label could also be: words before a colon, with no source in brackets, no region or day after a
 * comma (`Paris:`, `NEW DELHI:`, but also `Comment:` or `UPDATE:` opening a paragraph). A dash, a wire or a region
 * (`OSLO, Norway (AP) —`, `LONDON —`) is a dateline's own shape.
 */
export function labelShapedDateline(dateline: string): boolean {
  return /^[^,()]+:$/u.test(dateline.trim());
}

/** The whole line is a dateline, with no sentence after it (at most eight words, and a place in capitals or a source). */
export function isDatelineAlone(text: string): boolean {
  if (!DATELINE_ALONE.test(text) || text.split(/\s+/u).length > 8) return false;
  // A capitalised phrase alone is a headline or a name unless it shouts its place or names a source.
  return /^[\p{Lu}]{3,}/u.test(text) || /\([^)]+\)/u.test(text);
}

/** The month and day a dateline gives without its year: `PASADENA, Calif., Aug 5 (Reuters) -`, `RIO DE JANEIRO, July 13`. */
export function datelineDay(dateline: string): { month: number; day: number } | undefined {
  const m = /,\s*(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})\b(?!\s*,?\s*\d{4})/u.exec(dateline);
  const month = m ? monthNumber(m[1]!) : undefined;
  const day = m ? Number(m[2]) : 0;
  return month !== undefined && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/** How far from another version's date a dateline's day may fall to take its year. */
const NEAR_DAYS = 7;

/**
 * The ISO date of a dateline's day in the year that puts it within a week of a date other versions of the story
 * give (`Aug 5` beside `2012-08-06` → `2012-08-05`); undefined when no year does, or two years do.
 */
export function dateInStoryYear(day: { month: number; day: number }, storyDates: readonly string[]): string | undefined {
  const years = new Set<string>();
  for (const iso of storyDates) {
    const at = Date.parse(`${iso}T00:00:00Z`);
    const year = Number(iso.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const candidate = Date.UTC(y, day.month - 1, day.day);
      if (new Date(candidate).getUTCDate() === day.day && Math.abs(candidate - at) <= NEAR_DAYS * 86_400_000) years.add(String(y));
    }
  }
  if (years.size !== 1) return undefined;
  return `${[...years][0]!}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
