import type { Sentence } from '../../types.ts';
import { styleKey } from '../normalize.ts';
import { mentionAt, originalOffsets, trimSpan } from '../spans.ts';
import type { RawMention } from '../types.ts';

/** Where a quotation sits: it may open in one sentence and close in a later one of the same paragraph. */
export interface QuoteSpan {
  first: Sentence;
  /** Position of the first quoted character in `first.text`. */
  at: number;
  last: Sentence;
  /** Position after the last quoted character in `last.text`. */
  end: number;
  /** No closing mark: the quotation runs to the end of its paragraph. */
  unclosed?: boolean;
  /** Whole sentences between `first` and `last` (a quotation over three sentences or more). */
  between?: readonly Sentence[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The marks `markRole` reads: every other character is skipped. */
const QUOTE_MARK = /[“”"‘’]/gu;

/**
 * Quotations in reading order, in straight or curly marks. A straight mark opens when nothing is
 * open and closes otherwise; a curly single quote counts only where it cannot be an apostrophe. A
 * quotation left open at the end of a sentence continues into the next sentence of the paragraph.
 */
export function findQuotes(sentences: readonly Sentence[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: OpenQuote | undefined;
  // Sentences by their index in `sentences`: a quotation over several reads the ones between.
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (open && index > 0 && sentence.paragraph !== sentences[index - 1]!.paragraph) {
      quotes.push(...leftOpen(open, sentences, index - 1));
      open = undefined;
    }
    const text = sentence.text;
    for (const found of text.matchAll(QUOTE_MARK)) {
      const i = found.index;
      const mark = found[0];
      const role = markRole(text, i, open?.mark);
      if (role === 'open' && !open) open = { sentence, index, at: i + 1, mark };
      else if ((role === 'close' && open) || (role === 'open' && open && mark === open.mark && mark === '"')) {
        quotes.push(spanning(open, sentences, index, i));
        open = undefined;
      }
    }
  }
  if (open && sentences.length > 0) quotes.push(...leftOpen(open, sentences, sentences.length - 1));
  return quotes.filter((quote) => quote.first !== quote.last || quote.end > quote.at);
}

/**
 * A quotation still open when its paragraph ends, ends there: news style carries a quotation into
 * the next paragraph without closing it (and opens it again there), and a capture may cut the close off.
 */
/** A quotation mark not yet closed: its sentence, that sentence's index, and where the quoted text starts. */
interface OpenQuote {
  sentence: Sentence;
  index: number;
  at: number;
  mark: string;
}

function leftOpen(open: OpenQuote, sentences: readonly Sentence[], last: number): QuoteSpan[] {
  // Only a clean one: a stray mark of another kind inside (`“… in world" and said that "…`) leaves the span in doubt.
  const inside = sentences
    .slice(open.index, last + 1)
    .map((sentence, index) => (index === 0 ? sentence.text.slice(open.at) : sentence.text))
    .join(' ');
  if (/["“”‘]/u.test(inside)) return [];
  return [{ ...spanning(open, sentences, last, sentences[last]!.text.length), unclosed: true }];
}

/** The quotation from `open` to `end` in the sentence at `last`, with the whole sentences between. */
function spanning(open: OpenQuote, sentences: readonly Sentence[], last: number, end: number): QuoteSpan {
  const quote: QuoteSpan = { first: open.sentence, at: open.at, last: sentences[last]!, end };
  if (open.index === last) return quote;
  const between = sentences.slice(open.index + 1, last);
  return between.length > 0 ? { ...quote, between } : quote;
}

function markRole(text: string, i: number, openMark: string | undefined): 'open' | 'close' | undefined {
  const mark = text[i]!;
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (mark === '“') return 'open';
  if (mark === '”') return openMark ? 'close' : undefined;
  // A straight mark after a word or a comma and before a space closes a curly opening too (`“… on the council," she
  // says`): captures mix the two kinds.
  if (mark === '"' && openMark === '“' && /[\p{L}\p{N}.,!?;:\])]/u.test(before) && !WORD_CHAR.test(after)) return 'close';
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
    return mentionAt(quote.first, 'quote', head, styleKey(text), {
      ...(speaker ? { speaker } : {}),
      ...(quote.unclosed ? { unclosed: true } : {}),
    });
  }
  const tail = trimSpan(quote.last.text, { at: 0, end: quote.end }, /[\s,;:]/u);
  const text = [
    quote.first.text.slice(head.at),
    ...(quote.between ?? []).map((sentence) => sentence.text),
    quote.last.text.slice(0, tail.end),
  ].join(' ');
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
    ...(quote.unclosed ? { unclosed: true } : {}),
  };
}
