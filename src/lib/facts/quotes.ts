import type { Sentence } from '../types.ts';
import { styleKey } from './normalize.ts';
import { mentionAt, originalOffsets, trimSpan } from './spans.ts';
import type { RawMention } from './types.ts';

/** Where a quotation sits: it may open in one sentence and close in a later one of the same paragraph. */
export interface QuoteSpan {
  first: Sentence;
  /** Position of the first quoted character in `first.text`. */
  at: number;
  last: Sentence;
  /** Position after the last quoted character in `last.text`. */
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Quotations in reading order, in straight or curly marks. A straight mark opens when nothing is
 * open and closes otherwise; a curly single quote counts only where it cannot be an apostrophe. A
 * quotation left open at the end of a sentence continues into the next sentence of the paragraph.
 */
export function findQuotes(sentences: readonly Sentence[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: { sentence: Sentence; at: number; mark: string } | undefined;
  let previous: Sentence | undefined;
  for (const sentence of sentences) {
    if (open && previous && sentence.paragraph !== previous.paragraph) open = undefined;
    const text = sentence.text;
    for (let i = 0; i < text.length; i++) {
      const mark = text[i]!;
      const role = markRole(text, i, open?.mark);
      if (role === 'open' && !open) open = { sentence, at: i + 1, mark };
      else if (role === 'close' && open) {
        quotes.push({ first: open.sentence, at: open.at, last: sentence, end: i });
        open = undefined;
      } else if (role === 'open' && open && mark === open.mark && mark === '"') {
        quotes.push({ first: open.sentence, at: open.at, last: sentence, end: i });
        open = undefined;
      }
    }
    previous = sentence;
  }
  return quotes.filter((quote) => quote.first !== quote.last || quote.end > quote.at);
}

function markRole(text: string, i: number, openMark: string | undefined): 'open' | 'close' | undefined {
  const mark = text[i]!;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (mark === '“') return 'open';
  if (mark === '”') return openMark ? 'close' : undefined;
  if (mark === '"') return openMark === '"' ? 'close' : openMark ? undefined : 'open';
  if (mark === '‘' && !WORD_CHAR.test(before)) return openMark ? undefined : 'open';
  if (mark === '’' && openMark === '‘' && !WORD_CHAR.test(after)) return 'close';
  return undefined;
}

/** The quoted words of a quotation as one mention (its sentence is the one it opens in). */
export function quoteMention(quote: QuoteSpan, speaker: string | undefined): RawMention | undefined {
  const sameSentence = quote.first === quote.last;
  const firstEnd = sameSentence ? quote.end : quote.first.text.length;
  const head = trimSpan(quote.first.text, { at: quote.at, end: firstEnd }, /[\s,;:]/u);
  if (sameSentence) {
    if (head.end <= head.at) return undefined;
    const text = quote.first.text.slice(head.at, head.end);
    return mentionAt(quote.first, 'quote', head, styleKey(text), speaker ? { speaker } : {});
  }
  const tail = trimSpan(quote.last.text, { at: 0, end: quote.end }, /[\s,;:]/u);
  const text = `${quote.first.text.slice(head.at)} ${quote.last.text.slice(0, tail.end)}`;
  const start = originalOffsets(quote.first, head).start;
  const end = originalOffsets(quote.last, tail).end;
  return {
    kind: 'quote',
    version: quote.first.version,
    sentence: quote.first.id,
    text,
    start,
    end,
    at: head.at,
    key: styleKey(text),
    ...(speaker ? { speaker } : {}),
  };
}
