// The units the story-evidence pass judges: the body's non-blank lines (each a paragraph of the capture),
// with the shape features every decision reads.
// The alignment's list: function words plus reporting verbs, which say nothing about which event a line reports.
import { ALIGNMENT_STOPWORDS as STOPWORDS } from '../../language/index.ts';
import type { MappedText } from '../../types.ts';
import { endsSentence, wordCount } from '../text-shape.ts';

export interface Line {
  /** Position among the version's lines, from 0. */
  index: number;
  /** Offsets of the trimmed line in the body text. */
  start: number;
  end: number;
  text: string;
  /** Whitespace-separated words. */
  words: number;
  /** Content terms (lower case, no function words), for support across versions. */
  terms: string[];
  /** Ends like a finished sentence (or a long lead-in ending in a colon). */
  ends: boolean;
  /** Share of words that are function words: prose runs at 0.3–0.6, labels and headlines lower. */
  functionShare: number;
  /** Share of words that start with a capital or digit: headlines, menus and names run high. */
  capitalShare: number;
  /** A label split off the start of a line it was glued to (never a headline). */
  glued?: boolean;
}

// The words a line's figures count, as `/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu` matches them: a letter or digit, then
// letters, digits and the marks inside a word. Read by code point, ASCII by its code (every line of a story passes here).
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function letterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

const width = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** Where the next word starts at or after `from` (`text.length` for none). */
function nextWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && !letterOrDigitAt(text, i)) i += width(text, i);
  return i;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start + width(text, start);
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 45) i++;
    else if (letterOrDigitAt(text, i)) i += width(text, i);
    else break;
  }
  return i;
}
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** A term as matched across versions: lower case, possessive and plural s dropped, thousands commas gone. */
export function termOf(word: string): string | undefined {
  return termOfBare(bare(word));
}

/** A word in lower case without the punctuation a token may end on (`hangers.` → `hangers`). */
function bare(word: string): string {
  return withoutTrailingPunctuation(word.toLowerCase());
}

/** `lower` less the run of `.` `,` `'` `’` `-` it ends on (what `.replace(/[.,'’-]+$/u, '')` does). */
function withoutTrailingPunctuation(lower: string): string {
  let end = lower.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(lower[end - 1]!)) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

const TRAILING_PUNCTUATION = ".,'’-";

function termOfBare(word: string): string | undefined {
  // A possessive `'s` dropped (as `.replace(/['’]s$/u, '')`).
  let term = word.endsWith('s') && (word[word.length - 2] === "'" || word[word.length - 2] === '’') ? word.slice(0, -2) : word;
  const first = term.charCodeAt(0);
  if (first >= 48 && first <= 57 && /^\d[\d,.]*$/u.test(term)) return term.replace(/,/gu, '');
  if (term.length < 3 || STOPWORDS.has(term)) return undefined;
  if (term.length > 4 && term.endsWith('s') && !term.endsWith('ss')) term = term.slice(0, -1);
  return term;
}

/**
 * The body's paragraphs. A paragraph is a non-blank line, or several when the capture hard-wrapped one
 * (no blank line between, the line stops mid-sentence and the next one carries on: `killing at least 80` /
 * `people, …`), so that a wrapped sentence is judged whole.
 */
export function linesOf(text: string): Line[] {
  const spans: { start: number; end: number; blankBefore: boolean }[] = [];
  let from = 0;
  let blank = true;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: from + lead, end: from + lead + trimmed.length, blankBefore: blank });
    blank = !trimmed;
    from += raw.length + 1;
  }
  const lineText = (i: number): string => text.slice(spans[i]!.start, spans[i]!.end);
  // A capture that wraps its sentences carries on in lower case on many lines; only there does a line that
  // stops mid-phrase before a capital (`… Villa de` / `Arriba`) carry on too.
  const carried = spans.flatMap((span, i) =>
    i > 0 && !span.blankBefore && continuesInLowerCase(lineText(i - 1), lineText(i)) ? [lineText(i - 1).length] : [],
  );
  const lowerCarries = carried.length;
  // The width the capture wraps at: its wrapped lines run to about the same length.
  const width = lowerCarries >= 3 ? carried.sort((a, b) => a - b)[Math.floor(lowerCarries / 2)]! : Infinity;
  const wrapped = lowerCarries >= 3 || lowerCarries * 4 >= spans.length ? width : 0;
  const lines: Line[] = [];
  for (let i = 0; i < spans.length; i++) {
    const start = spans[i]!.start;
    let end = spans[i]!.end;
    while (i + 1 < spans.length && continuesOnNextLine(text.slice(start, end), lineText(i + 1), spans[i + 1]!.blankBefore, wrapped)) {
      i++;
      end = spans[i]!.end;
    }
    lines.push(describe(text.slice(start, end), start, lines.length));
  }
  return lines;
}

const BULLET = /^[*•·–-]\s/u;

/** The line stops without sentence punctuation and the next one goes on in lower case. */
function continuesInLowerCase(line: string, next: string): boolean {
  return !endsSentence(line) && !/[|•·]/u.test(line) && /^[\p{Ll}]/u.test(next) && /[\p{L}\p{N},]$/u.test(line);
}

/**
 * A hard-wrapped sentence: it goes on in lower case on the next line, or, in a capture wrapped at `wrapped`
 * characters (0: not wrapped), mid-phrase or at a line that runs the full width.
 */
function continuesOnNextLine(line: string, next: string, blankBetween: boolean, wrapped: number): boolean {
  if (blankBetween || endsSentence(line) || /[|•·]/u.test(line) || BULLET.test(next)) return false;
  // A line the next one repeats (an excerpt above its paragraph, `…mangled metal` / `ore than … mangled metal.`) ends there.
  if (line.length >= 40 && next.includes(line.slice(-30))) return false;
  // A list item goes on only in lower case (`- Earlier` / `on Friday, …`); the next capital starts another.
  if (continuesInLowerCase(line, next)) return true;
  if (BULLET.test(line)) return false;
  if (wrapped === 0) return false;
  // `… a vessel known as the Northern` / `Lantern Ferry, sailed …`: a line as wide as the wrap, cut before a name.
  const last = line.slice(line.lastIndexOf('\n') + 1);
  if (last.length >= 0.9 * wrapped && /\s\p{Ll}/u.test(last) && /^[\p{L}\p{N}]/u.test(next)) return true;
  const lastWord = /([\p{L}\p{N},’'-]+)$/u.exec(line)?.[1] ?? '';
  // `… Villa de` / `Arriba …`: a long line ending on a lower-case word or a comma carries on.
  return line.split(/\s+/u).length >= 6 && /^[\p{Ll},]|,$/u.test(lastWord);
}

export function describe(text: string, start: number, index: number): Line {
  const words = wordCount(text);
  // The line in lower case once: a token's lower case is its slice of it, unless lower-casing changes a length
  // (`İ`) or a final sigma's form depends on what follows the token.
  const lower = text.toLowerCase();
  const sliceable = lower.length === text.length && !text.includes('Σ');
  let tokens = 0;
  let functionWords = 0;
  let capitals = 0;
  const terms = new Set<string>();
  for (let at = nextWord(text, 0); at < text.length; at = nextWord(text, at)) {
    const end = wordEnd(text, at);
    const token = text.slice(at, end);
    tokens++;
    const word = sliceable ? withoutTrailingPunctuation(lower.slice(at, end)) : bare(token);
    at = end;
    if (STOPWORDS.has(word)) functionWords++;
    const code = token.charCodeAt(0);
    if (code < 128 ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : CAPITAL_OR_DIGIT.test(token)) capitals++;
    const term = termOfBare(word);
    if (term !== undefined) terms.add(term);
  }
  return {
    index,
    start,
    end: start + text.length,
    text,
    words,
    terms: [...terms],
    // A quotation closed without punctuation (`… for “quiet courage”`) ends a headline or subhead, not a sentence.
    ends: endsSentence(text) || (words >= 6 && /[:;,]["'”’]?$/u.test(text)),
    functionShare: tokens === 0 ? 0 : functionWords / tokens,
    capitalShare: tokens === 0 ? 0 : capitals / tokens,
  };
}

/** Where each line of the cleaned body ends and starts in the original capture, where removed fragments are placed. */
export interface LineBounds {
  ends: number[];
  starts: number[];
}

export function lineBounds(lines: readonly Line[], body: MappedText): LineBounds {
  return { ends: lines.map((line) => body.ends[line.end - 1] ?? 0), starts: lines.map((line) => body.starts[line.start] ?? 0) };
}

/** The last line that ends at or before `offset` of the capture (-1 for none): the line a removed fragment follows. */
export function lineBefore(bounds: LineBounds, offset: number): number {
  let low = 0;
  let high = bounds.ends.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (bounds.ends[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
