/**
 * Character and word shapes the cleaning rules reason about. Letter classes are Unicode-aware so
 * accented names (`Nduhungirehe`, `Élysée`) behave like ASCII ones.
 */
import { ARTICLES } from '../language/quantifiers.ts';

// The rules ask these of every character of a version: ASCII is answered by its code, the rest by
// the Unicode classes (which agree with the codes on ASCII).
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;

/** The character's code when it is one ASCII character, else -1. */
function asciiCode(ch: string): number {
  if (ch.length !== 1) return -1;
  const code = ch.charCodeAt(0);
  return code < 128 ? code : -1;
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = asciiCode(ch);
  return code < 0 ? UPPER.test(ch) : code >= 65 && code <= 90;
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = asciiCode(ch);
  return code < 0 ? LOWER.test(ch) : code >= 97 && code <= 122;
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = asciiCode(ch);
  return code < 0 ? LETTER.test(ch) : (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = asciiCode(ch);
  return code < 0 ? DIGIT.test(ch) : code >= 48 && code <= 57;
}

/** True for any whitespace, including CR and NBSP (both occur in scraped text). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = asciiCode(ch);
  return code < 0 ? SPACE.test(ch) : code === 32 || (code >= 9 && code <= 13);
}

/** Characters that may close a sentence or quotation after its terminal punctuation. */
export const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’', ')', ']', '»']);

/** Characters that may open a sentence before its first letter. */
export const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '«']);

/** The whitespace-separated words of a text (what `text.split(/\s+/u)` gives, without empty ones). */
export function words(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i])) {
      if (start >= 0) found.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) found.push(text.slice(start));
  return found;
}

/** How many whitespace-separated words a text has (`words(text).length`, without making them: the rules ask it of every line). */
export function wordCount(text: string): number {
  // The rules ask it of one line after another, several times each: the last answer is kept.
  if (text === lastCounted) return lastCount;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[i]!);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  lastCounted = text;
  lastCount = count;
  return count;
}

let lastCounted: string | undefined;
let lastCount = 0;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The runs of letters and digits, joined by single spaces: `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, with ASCII
 * told by its code (the story-evidence pass asks it of every line).
 */
export function lettersAndDigitsOnly(text: string): string {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    let width = 1;
    let kept: boolean;
    if (code < 128) kept = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      kept = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    }
    if (kept && start < 0) start = i;
    else if (!kept && start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs.join(' ');
}

/** Ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]»]*$/u.test(text.trimEnd());
}

/**
 * Words a capture may have stopped inside (`… could not be immediately`, a name cut short after its
 * punctuation: `Dr. Ann Berg, the board's`): a word in lower case (or a number's compound: `The 31-year-ol`),
 * three words or more with a comma or apostrophe, a comma at the end (`Brenn,`), a quotation opened and never
 * closed (`"Tarn Qu`), or an article alone (`The`: a sentence's first word, which no label is). Link text and
 * labels (`See Full Page`, `Most Read`, `Top 10s`) have none of these.
 */
export function readsAsCutOffSentence(text: string): boolean {
  return (
    /\s(?:\p{N}[\p{N},.]*-)?\p{Ll}/u.test(text) ||
    (wordCount(text) >= 3 && /[,'’]/u.test(text)) ||
    /\p{L},$/u.test(text) ||
    /^["“][^"”]*$/u.test(text) ||
    ARTICLES.includes(text.trim().toLowerCase())
  );
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
