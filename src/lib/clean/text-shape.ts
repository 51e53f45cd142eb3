/**
 * Character and word shapes the cleaning rules reason about. Letter classes are Unicode-aware so
 * accented names (`Nduhungirehe`, `Élysée`) behave like ASCII ones.
 */

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Ll}/u.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Nd}/u.test(ch);
}

/** True for any whitespace, including CR and NBSP (both occur in scraped text). */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

/** Characters that may close a sentence or quotation after its terminal punctuation. */
export const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** Characters that may open a sentence before its first letter. */
export const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '«']);

export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

export function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word.length > 0);
}

/** Ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]»]*$/u.test(text.trimEnd());
}

/** Only punctuation and symbols, like the `-` or `•` separators of a scraped list. */
export function isSeparator(text: string): boolean {
  return text.length > 0 && !/[\p{L}\p{N}]/u.test(text);
}

/** Starts like a headline, tag or name: a capital letter, a digit, or an opening quote before one. */
export function startsCapitalised(text: string): boolean {
  const first = text.replace(/^["“‘'(#«]+/u, '')[0];
  return isUpper(first) || isDigit(first);
}

/**
 * True where a scraped token is a web address, e-mail or handle (`BBCAfrica.com`, `@BBCAfrica`):
 * capitals and dots inside those are not lost breaks.
 */
export function isInsideLink(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !isSpace(text[end])) end++;
  return /@|:\/\/|www\.|\.[a-z]{2,}\b/u.test(text.slice(start, end));
}
