import type { Sentence, Token } from '../types.ts';
import type { FactKind, RawMention } from './types.ts';

/** A stretch of a sentence's display text, `sentence.text.slice(at, end)`. */
export interface TextSpan {
  at: number;
  end: number;
}

/**
 * Original offsets of a stretch of a sentence's display text. Tokens carry original offsets; inside a
 * token whose original is as long as its text (no repair inside it) the offset is linear, so a name
 * inside `Rwanda’s` still points at `Rwanda` only.
 */
export function originalOffsets(sentence: Sentence, span: TextSpan): { start: number; end: number } {
  const first = sentence.tokens.find((token) => token.at + token.text.length > span.at);
  const last = findLast(sentence.tokens, (token) => token.at < span.end);
  if (!first || !last || first.at >= span.end) return { start: sentence.start, end: sentence.start };
  return { start: offsetIn(first, span.at, 'start'), end: offsetIn(last, span.end, 'end') };
}

function offsetIn(token: Token, position: number, side: 'start' | 'end'): number {
  const linear = token.end - token.start === token.text.length;
  const inside = position - token.at;
  if (linear && inside > 0 && inside < token.text.length) return token.start + inside;
  return side === 'start' ? token.start : token.end;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    if (test(items[i]!)) return items[i];
  }
  return undefined;
}

/** A mention of a sentence's text span, with its original offsets. */
export function mentionAt(sentence: Sentence, kind: FactKind, span: TextSpan, key: string, extra: Partial<RawMention> = {}): RawMention {
  return {
    kind,
    version: sentence.version,
    sentence: sentence.id,
    text: sentence.text.slice(span.at, span.end),
    ...originalOffsets(sentence, span),
    at: span.at,
    key,
    ...extra,
  };
}

/** Trims whitespace and the given punctuation from both ends of a span. */
export function trimSpan(text: string, span: TextSpan, strip = /[\s,;:.]/u): TextSpan {
  let { at, end } = span;
  while (at < end && strip.test(text[at]!)) at++;
  while (end > at && strip.test(text[end - 1]!)) end--;
  return { at, end };
}

/** True when two spans of the same text overlap. */
export function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.at < b.end && b.at < a.end;
}

/** Every match of a global regular expression, as spans with their groups. */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    if (match[0].length === 0) global.lastIndex++;
    yield match;
  }
}
