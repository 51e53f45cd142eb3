import { DOTTED_ACRONYM } from './abbreviations.ts';
import { normalizeForMatching } from './normalize.ts';
import { segmenterFor } from './segmenters.ts';

/** A token of a plain string: like the pipeline's Token, with its position in that string only. */
export interface TextToken {
  /** As written. */
  text: string;
  /** normalizeForMatching(text). */
  norm: string;
  /** Index of the token in the tokenized string. */
  at: number;
  /** True for word-like tokens (letters or digits), false for punctuation and symbols. */
  word: boolean;
}

export interface TokenizeOptions {
  /** BCP 47 locale for Intl.Segmenter; `en` when absent. */
  locale?: string | undefined;
}

/** Receives each token in order; `forEachToken` builds no object per token, the caller does. */
export type TokenVisitor = (text: string, at: number, word: boolean) => void;

// Whitespace, and invisible format characters (zero-width space, word joiner) that ICU may leave as
// segments of their own: neither is anything a reader could match or a diff could show.
const INVISIBLE_SEGMENT = /^[\s\p{Cf}]*$/u;

/**
 * Intl.Segmenter word tokens, whitespace left out. ICU already keeps numbers (`1.3m`, `3.5`, `25,000`)
 * and apostrophes (`Rwanda’s`, `isn’t`) inside one token; the one merge added here is the final period
 * of a dotted acronym, so `U.S.` and `a.m.` are one token. Hyphenated words stay three tokens
 * (`mega`, `-`, `jail`): then `mega-jail` against `mega jail` differs only by a punctuation token,
 * which the diff stage can call trivial, instead of by a whole word.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): TextToken[] {
  const tokens: TextToken[] = [];
  forEachToken(text, options.locale, (token, at, word) => {
    tokens.push({ text: token, norm: normalizeForMatching(token), at, word });
  });
  return tokens;
}

/** The tokens of `tokenize`, without their norms, handed to `visit` one by one. */
export function forEachToken(text: string, locale: string | undefined, visit: TokenVisitor): void {
  // A dotted acronym waits here for the period that may follow it.
  let pendingAt = -1;
  let pending = '';
  for (const segment of segmenterFor('word', locale).segment(text)) {
    const piece = segment.segment;
    if (pendingAt >= 0) {
      const joined = piece === '.' && segment.index === pendingAt + pending.length;
      visit(joined ? `${pending}.` : pending, pendingAt, true);
      pendingAt = -1;
      if (joined) continue;
    }
    const word = segment.isWordLike === true;
    if (!word && INVISIBLE_SEGMENT.test(piece)) continue;
    if (word && piece[1] === '.' && DOTTED_ACRONYM.test(piece)) {
      pendingAt = segment.index;
      pending = piece;
    } else {
      visit(piece, segment.index, word);
    }
  }
  if (pendingAt >= 0) visit(pending, pendingAt, true);
}
