import {
  ACRONYM_CONTINUATIONS,
  BEFORE_NUMBER,
  DOTTED_ACRONYM,
  NAME_SUFFIXES,
  NEVER_FINAL,
  SENTENCE_OPENERS,
  TITLES,
} from './abbreviations.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { segmenterFor } from './segmenters.ts';

/** A half-open range of a paragraph's text. */
export interface TextRange {
  start: number;
  end: number;
}

// Abbreviations and the words around them are short: a longer look-back is never needed, and the
// bound keeps every repair O(1), so segmenting stays linear even on pathological lines.
const MAX_WORD = 48;
const SPACE = /\s/;
// ICU keeps `said.His` together (its rule for `U.S` also covers lower case before the period), which
// loses a sentence whenever a scrape dropped the space. A lower-case letter, a period and a capitalised
// word is such a lost space; `BBCAfrica.com` and `U.S.` never match.
const GLUED_SENTENCE = /\p{Ll}\.(?=\p{Lu}\p{Ll})/gu;
// ICU ends a sentence at "... The" but not at "… The"; outlets differ only in which they type, so
// the single-character ellipsis gets the same break.
const ELLIPSIS_BEFORE_CAPITAL = /…[”’"')\]]*\s+(?=[“‘"'(]?\p{Lu})/gu;
const OPENING_PUNCTUATION = /^[(["'“‘«]+/u;
const INITIAL = /^\p{Lu}$/u;
const LOWER = /\p{Ll}/u;
const STARTS_LOWER = /^[^\p{L}\p{N}]*\p{Ll}/u;
const STARTS_DIGIT = /^\p{N}/u;
const LEADING_LETTERS = /^[\p{L}\p{M}]+/u;

/**
 * The sentences of one paragraph as trimmed ranges of `text`, in order and non-overlapping:
 * Intl.Segmenter's sentence breaks, plus lost spaces (`said.His`), minus breaks after abbreviations,
 * initials and dotted acronyms, and minus breaks before a lower-case word (`“Why?” he asked`).
 */
export function sentenceRanges(text: string, locale?: string): TextRange[] {
  const ranges: TextRange[] = [];
  let from = 0;
  for (const boundary of candidateBoundaries(text, locale)) {
    if (isFalseBoundary(text, boundary)) continue;
    pushTrimmed(ranges, text, from, boundary);
    from = boundary;
  }
  pushTrimmed(ranges, text, from, text.length);
  return ranges;
}

/** ICU's breaks and the added ones, in order without duplicates. */
function candidateBoundaries(text: string, locale: string | undefined): number[] {
  const found: number[] = [];
  for (const segment of segmenterFor('sentence', locale).segment(text)) {
    if (segment.index > 0) found.push(segment.index);
  }
  for (const pattern of [GLUED_SENTENCE, ELLIPSIS_BEFORE_CAPITAL]) {
    for (const match of text.matchAll(pattern)) found.push(match.index + match[0].length);
  }
  found.sort((a, b) => a - b);
  return found.filter((boundary, index) => boundary !== found[index - 1]);
}

function isFalseBoundary(text: string, boundary: number): boolean {
  const next = wordAfter(text, boundary);
  if (next === '' || STARTS_LOWER.test(next)) return true;
  const previousEnd = skipSpaceBackward(text, boundary);
  const rawPrevious = wordBefore(text, previousEnd);
  if (QUOTED_QUESTION_END.test(rawPrevious) && isAttribution(text, boundary)) return true;
  const previous = rawPrevious.replace(OPENING_PUNCTUATION, '');
  if (!previous.endsWith('.')) return false;
  const core = previous.slice(0, -1);
  const key = core.toLowerCase();
  const nextWord = (LEADING_LETTERS.exec(next.replace(OPENING_PUNCTUATION, ''))?.[0] ?? '').toLowerCase();
  const beforeNumber = STARTS_DIGIT.test(next);
  if (NEVER_FINAL.has(key)) return true;
  if (NAME_SUFFIXES.has(key) && /^[([]/u.test(next)) return true;
  if (BEFORE_NUMBER.has(key) && beforeNumber) return true;
  if (TITLES.has(key) || INITIAL.test(core)) return !SENTENCE_OPENERS.has(nextWord);
  if (DOTTED_ACRONYM.test(core)) {
    return isAcronymInsideSentence(text, previousEnd - rawPrevious.length, core, nextWord, beforeNumber);
  }
  return false;
}

/** A quoted question or exclamation closing: `safe?"`, `now!”`. */
const QUOTED_QUESTION_END = /[?!][”"’']+$/u;
/** Words an attribution after a quote may run to: `Ms Orr said on Monday.` */
const MAX_ATTRIBUTION_WORDS = 8;

/**
 * After a quoted question, `Ms Orr said.` is the quote's attribution, not a sentence of its own: the
 * clause up to the next stop is short and its speech verb opens it (`asked Ms Orr.`) or stands among
 * its last three words (`Ms Orr said on Monday.`). `The council said it was safe.` stays apart.
 */
function isAttribution(text: string, from: number): boolean {
  const stop = /[.!?]/u.exec(text.slice(from, from + 200));
  const clause = text.slice(from, stop ? from + stop.index : Math.min(text.length, from + 200));
  if (/["“”]/u.test(clause)) return false;
  const words = clause
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[^\p{L}]/gu, ''));
  if (words.length === 0 || words.length > MAX_ATTRIBUTION_WORDS) return false;
  return isSpeechVerb(words[0]!) || words.slice(-3).some(isSpeechVerb);
}

/**
 * `U.S.` before a capitalised word is the hard case: `U.S. President Donald Trump` continues, while
 * `…deportees from the U.S. El Salvador, for example, …` starts a new sentence. Known modified
 * nouns and numbers continue, typical openers start anew, lower-case acronyms (`p.m.`) start anew
 * before anything else, and otherwise an acronym used as a noun (`the U.S.`) ends its sentence while a
 * bare one (`J.K. Rowling`, `U.S. Rwanda talks`) does not. The price: `the U.S. Steel plant` splits.
 */
function isAcronymInsideSentence(text: string, acronymStart: number, core: string, nextWord: string, beforeNumber: boolean): boolean {
  if (beforeNumber || ACRONYM_CONTINUATIONS.has(nextWord)) return true;
  if (SENTENCE_OPENERS.has(nextWord) || LOWER.test(core)) return false;
  return wordBefore(text, skipSpaceBackward(text, acronymStart)).toLowerCase() !== 'the';
}

function skipSpaceBackward(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSpaceAt(text, at - 1)) at--;
  return at;
}

/** The run of non-space characters ending at `end` (at most MAX_WORD long). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_WORD && !isSpaceAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The run of non-space characters (at most MAX_WORD long) after the spaces at `start`. */
function wordAfter(text: string, start: number): string {
  let from = start;
  while (from < text.length && isSpaceAt(text, from)) from++;
  let end = from;
  while (end < text.length && end - from < MAX_WORD && !isSpaceAt(text, end)) end++;
  return text.slice(from, end);
}

function pushTrimmed(ranges: TextRange[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(text, from)) from++;
  while (to > from && isSpaceAt(text, to - 1)) to--;
  if (to > from) ranges.push({ start: from, end: to });
}

/** Same answer as /\s/ on the character, without building a one-character string for ASCII. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[index]!);
}
