import { CLOSERS, OPENERS, isDigit, isInsideLink, isLetter, isLower, isSpace, isUpper } from './text-shape.ts';

/**
 * Where one piece of scraped text ends and the next begins. `sentence`, `colon` and `quote`
 * boundaries are safe anywhere; the glue kinds (`camel`, `acronym`, `letter-digit`, `digit-letter`,
 * `bracket`) also occur inside real words (`PlayStation`, `BBCAfrica`, `Covid19`), so they are only
 * looked for in page chrome, where the scraper glued widgets together.
 */
export type BoundaryKind = 'line' | 'sentence' | 'colon' | 'quote' | 'camel' | 'acronym' | 'letter-digit' | 'digit-letter' | 'bracket';

export interface Boundary {
  /** Index of the first character of the next piece (or of the whitespace before it). */
  at: number;
  kind: BoundaryKind;
  /** No whitespace at the boundary: the break was lost. */
  glued: boolean;
}

/** Abbreviations whose period is not a sentence end (lower case, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof st sen rep gov gen col lt sgt capt jr sr inc ltd co corp vs no nos fig vol approx dept
   jan feb mar apr jun jul aug sep sept oct nov dec mt ft`.split(/\s+/u),
);

/** A period after an initial (`U.S`, `L.I`, `e.g`, `J. K.`) or a listed abbreviation. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isLetter(text[start - 1])) start--;
  const token = text.slice(start, dot);
  if (token.length === 1) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

/**
 * Sentence ends followed by a capital (or an opening quote before one): `said. His` and the glued
 * `said.His`. Closing quotes after the punctuation stay with the sentence they close.
 */
function sentenceBoundaries(text: string, from: number, to: number, out: Boundary[]): void {
  for (let k = from; k < to; k++) {
    if (!isTerminalCode(text.charCodeAt(k))) continue;
    const ch = text[k]!;
    if (ch === '.' && (text[k + 1] === '.' || isAbbreviationDot(text, k))) continue;
    let end = k + 1;
    // A straight quote after the stop may open the next sentence (`met."We will`): the break goes before it.
    while (end < to && CLOSERS.has(text[end]!) && !(text[end] === '"' && !isClosingQuote(text, end))) end++;
    let next = end;
    while (next < to && isSpace(text[next]) && text[next] !== '\n') next++;
    if (next >= to || text[next] === '\n') continue;
    const glued = next === end;
    if (glued && isInsideLink(text, k)) continue;
    const c = text[next];
    const opensCapital = OPENERS.has(c!) && isUpper(text[next + 1]);
    if (isUpper(c) || opensCapital || (!glued && isDigit(c))) out.push({ at: next, kind: 'sentence', glued });
  }
}

/** Terminal punctuation (`.`, `!`, `?`, `…`) by character code: the loop above asks it of every character. */
function isTerminalCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** A straight double quote closes a quotation when it is the even-numbered one on its line. */
function isClosingQuote(text: string, index: number): boolean {
  const ch = text[index];
  if (ch === '”') return true;
  if (ch !== '"' || isSpace(text[index - 1])) return false;
  let count = 0;
  for (let i = index; i >= 0 && text[i] !== '\n'; i--) if (text[i] === '"') count++;
  return count % 2 === 0;
}

/** `in:The`, and a closing quote glued to a capital: `"another chance"Rwanda`. */
function punctuationGlue(text: string, from: number, to: number, out: Boundary[]): void {
  for (let k = from + 1; k < to; k++) {
    const code = text.charCodeAt(k);
    // Asked of every character: ASCII by its code (isUpper agrees), the rest by isUpper.
    if (code < 128 ? code < 65 || code > 90 : !isUpper(text[k])) continue;
    const before = text[k - 1]!;
    if (before === ':' && isLower(text[k + 1]) && !isInsideLink(text, k)) out.push({ at: k, kind: 'colon', glued: true });
    else if (isClosingQuote(text, k - 1)) out.push({ at: k, kind: 'quote', glued: true });
  }
}

/** Length of the run of lower-case letters that ends just before `index`. */
function lowerRunBefore(text: string, index: number): number {
  let run = 0;
  while (isLower(text[index - 1 - run])) run++;
  return run;
}

/**
 * A lower-case word glued to a capital: `agoShare`, `SaveCecilia`, `bbcafricaBBC`. A capitalised
 * word needs three lower-case letters before the glue so `McDonald`, `MacArthur`, `YouTube` stay
 * whole; a lower-case word needs two, so `iPhone` and `eBay` do too.
 */
function isCamelGlue(text: string, k: number): boolean {
  const run = lowerRunBefore(text, k);
  if (run === 0 || !isUpper(text[k])) return false;
  const head = text[k - 1 - run];
  return isUpper(head) ? run >= 3 : !isLetter(head) && run >= 2;
}

/** An acronym glued to a word: `BBCGo`, `NewsBBC` is camel. Not a plural acronym (`MPs`, `NGOs`). */
function isAcronymGlue(text: string, k: number): boolean {
  if (!isUpper(text[k - 2]) || !isUpper(text[k - 1]) || !isUpper(text[k]) || !isLower(text[k + 1])) return false;
  return !(text[k + 1] === 's' && !isLetter(text[k + 2]));
}

/** A word of three or more letters glued to a number: `migrants13`, `Nigeria2` (not `mp3`, `COVID19`). */
function isWordGluedToDigit(text: string, k: number): boolean {
  const run = lowerRunBefore(text, k);
  const head = text[k - 1 - run];
  return run >= 3 && (!isLetter(head) || isUpper(head));
}

/** A relative timestamp glued after any word, even an acronym: `US13 minutes ago`. */
function isTimestampGluedToLetter(text: string, k: number): boolean {
  if (!isLetter(text[k - 1])) return false;
  const timestamp = /^\d+\s*(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago/iu.exec(text.slice(k, k + 24));
  return timestamp !== null && !isLower(text[k + timestamp[0].length]);
}

function glueKind(text: string, k: number): BoundaryKind | undefined {
  if (isCamelGlue(text, k)) return 'camel';
  if (isAcronymGlue(text, k)) return 'acronym';
  if (isDigit(text[k]) && (isWordGluedToDigit(text, k) || isTimestampGluedToLetter(text, k))) return 'letter-digit';
  if (isDigit(text[k - 1]) && isUpper(text[k]) && isLower(text[k + 1])) return 'digit-letter';
  if (text[k - 1] === ')' && isUpper(text[k])) return 'bracket';
  return undefined;
}

function chromeGlue(text: string, from: number, to: number, out: Boundary[]): void {
  for (let k = from + 1; k < to; k++) {
    // Every kind of glue starts the next piece with a capital or a digit (ASCII told by its code, as isUpper and isDigit do).
    const code = text.charCodeAt(k);
    if (code < 128 ? !((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) : !isUpper(text[k]) && !isDigit(text[k])) continue;
    const kind = glueKind(text, k);
    if (kind && !isInsideLink(text, k)) out.push({ at: k, kind, glued: true });
  }
}

/**
 * Every boundary in `text[from, to)`, sorted, one per position (the first kind found wins). With
 * `chrome`, the glue kinds that are only safe in page chrome are included.
 */
export function findBoundaries(text: string, from: number, to: number, chrome: boolean): Boundary[] {
  const found: Boundary[] = [];
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1))
    found.push({ at: k + 1, kind: 'line', glued: false });
  sentenceBoundaries(text, from, to, found);
  punctuationGlue(text, from, to, found);
  if (chrome) chromeGlue(text, from, to, found);
  found.sort((a, b) => a.at - b.at);
  return found.filter((boundary, index) => index === 0 || found[index - 1]!.at !== boundary.at);
}
