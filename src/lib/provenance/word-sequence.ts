import type { Sentence, Token } from '../types.ts';

/** A version's words in reading order, as integer ids so that runs compare numbers, not strings. */
export interface WordSequence {
  version: string;
  /** Interned normalised form of every word token (punctuation left out: runs span it). */
  ids: Int32Array;
  /** The tokens behind `ids`, for quoting a run back to the reader. */
  tokens: Token[];
  /** Sentence number (n) of every word, so a run can be linked to the sentence where it starts. */
  sentenceOf: Int32Array;
  /** 1 where a word follows the previous word of its sentence with no punctuation between. */
  joined: Uint8Array;
  /** 1 where a word stands inside double quotation marks: quoted speech is shared without copying. */
  quoted: Uint8Array;
  /** Sentence texts by number, to quote a run with its punctuation. */
  sentenceText: Map<number, string>;
  /** Words the version has in all; larger than `ids.length` when the sequence was capped. */
  totalWords: number;
}

/** Shares one vocabulary among every version of a story, so equal words get equal ids. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  idOf(norm: string): number {
    let id = this.ids.get(norm);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(norm, id);
    }
    return id;
  }
}

/**
 * The word sequence of one version, cut at `maxWords` so that a pathological file (a 5 MB
 * capture) costs bounded time; the caller reports the cut.
 */
export function wordSequence(
  version: { id: string; sentences: readonly Sentence[] },
  vocabulary: Vocabulary,
  maxWords: number,
): WordSequence {
  const tokens: Token[] = [];
  const sentenceNumbers: number[] = [];
  const joined: number[] = [];
  const quoted: number[] = [];
  const sentenceText = new Map<number, string>();
  let totalWords = 0;
  for (const sentence of version.sentences) {
    let previousWasWord = false;
    // Quotation marks are normalised to a straight `"`; an unclosed one runs to the end of the sentence.
    let inQuote = false;
    if (tokens.length < maxWords) sentenceText.set(sentence.n, sentence.text);
    for (const token of sentence.tokens) {
      if (token.norm === '"') inQuote = !inQuote;
      if (token.word) {
        totalWords++;
        if (tokens.length < maxWords) {
          tokens.push(token);
          sentenceNumbers.push(sentence.n);
          joined.push(previousWasWord ? 1 : 0);
          quoted.push(inQuote ? 1 : 0);
        }
      }
      previousWasWord = token.word;
    }
  }
  return {
    version: version.id,
    ids: Int32Array.from(tokens, (token) => vocabulary.idOf(token.norm)),
    tokens,
    sentenceOf: Int32Array.from(sentenceNumbers),
    joined: Uint8Array.from(joined),
    quoted: Uint8Array.from(quoted),
    sentenceText,
    totalWords,
  };
}

/**
 * The words `start..end` of a sequence as the version writes them, punctuation included; a run
 * longer than `maxWords` keeps its first and last words around an ellipsis.
 */
export function quoteWords(sequence: WordSequence, start: number, end: number, maxWords = 14): string {
  if (end <= start) return '';
  if (end - start > maxWords) {
    const head = quoteWords(sequence, start, start + maxWords - 5, maxWords);
    const tail = quoteWords(sequence, end - 4, end, maxWords);
    return `${head.replace(/[\s,;:]+$/, '')} … ${tail}`;
  }
  const pieces: string[] = [];
  for (let k = start; k < end;) {
    const n = sequence.sentenceOf[k]!;
    let last = k;
    while (last + 1 < end && sequence.sentenceOf[last + 1] === n) last++;
    const text = sequence.sentenceText.get(n) ?? '';
    const first = sequence.tokens[k]!;
    const final = sequence.tokens[last]!;
    // A sentence the run leaves is shown to its end, so its closing punctuation stays.
    pieces.push(text.slice(first.at, last + 1 < end ? text.length : final.at + final.text.length));
    k = last + 1;
  }
  return pieces.join(' ');
}
