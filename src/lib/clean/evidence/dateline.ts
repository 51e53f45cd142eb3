// A wire dateline opening the article's first paragraph (`GLENMOOR, Norland (AP) —`, `Brussels (ANSA) –`,
// `New Delhi:`, `(Bloomberg) --`) says where and from whom the report came: metadata, not the lede's words.

/** Place words: capitalised (or all capitals), with the commas and abbreviations of `Calif.` or `D.C.`. */
const PLACE = String.raw`[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}][\p{L}.'’-]*){0,4}`;
/** An agency or reporter in brackets: `(AP)`, `(Reuters)`, `(Rajeev Sharma)`. */
const SOURCE = String.raw`\([\p{Lu}][\p{L} .&/'’-]{0,40}\)`;
/** A day after the place: `, July 25`. */
const DAY = String.raw`(?:,\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})`;
/**
 * The separator: a dash (or its mojibake `?`) or colon, then a space; an em or en dash may touch the text, and
 * so may a double hyphen after a space (`(ABC News) --First`).
 */
const SEPARATOR = String.raw`(?:\s*(?:--?|\?|:)\s+|\s*[–—]\s*|\s+--)`;

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

/** The length of the dateline opening `text`, or 0. At most eight words: a longer lead-in is the sentence's own. */
export function datelineLength(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  const words = match[0].trim().split(/\s+/u).length;
  return words <= 8 ? match[0].length : 0;
}

/** The whole line is a dateline, with no sentence after it (at most eight words, and a place in capitals or a source). */
export function isDatelineAlone(text: string): boolean {
  if (!DATELINE_ALONE.test(text) || text.split(/\s+/u).length > 8) return false;
  // A capitalised phrase alone is a headline or a name unless it shouts its place or names a source.
  return /^[\p{Lu}]{3,}/u.test(text) || /\([^)]+\)/u.test(text);
}
