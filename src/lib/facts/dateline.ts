/** Wire datelines: where a report's own words begin. */

const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/**
 * A wire dateline opening a report: `LEEDS, March 3 (Northern Wire) -`, `WASHINGTON (Reuters) —`,
 * `PARIS, France, 4 May 2025 –`. A place in capitals, then an optional region, date and agency in
 * brackets, then a dash. Without a date or an agency, only a place of three or more capitals counts.
 */
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*)(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?` +
    String.raw`(,?\s+(?:${MONTH_NAME}\s+\d{1,2}|\d{1,2}\s+${MONTH_NAME})(?:,?\s+\d{4})?)?(\s*\([^()]{1,40}\))?\s*[-–—]{1,2}\s+`,
  'u',
);

/** Where a leading dateline ends in a sentence's text, or 0: its words are the wire's, not the report's. */
export function datelineEnd(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  if (!match[2] && !match[3] && !/^\p{Lu}{3,}$/u.test(match[1]!.replace(/[\s.'’-]/gu, '').slice(0, 3))) return 0;
  return match[0].length;
}
