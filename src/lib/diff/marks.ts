import type { Sentence, Token } from '../types.ts';
import type { GroupDiff, MarkedSentence, SentenceMark } from './types.ts';

/**
 * One side of a row as sentences with marked spans, ready to render: deletions (side a) or
 * insertions (side b), moves, and trivial matches. A mark runs from its first token's `at` to its
 * last token's end in `sentence.text`, so the whitespace between marked tokens is marked too and
 * everything outside the marks renders as plain text.
 */
export function markSentences(
  row: GroupDiff & { readonly a: readonly Sentence[]; readonly b: readonly Sentence[] },
  side: 'a' | 'b',
): MarkedSentence[] {
  const sentences = side === 'a' ? row.a : row.b;
  const tokens = side === 'a' ? row.aTokens : row.bTokens;
  // Most rows hold one sentence a side, most sides show no mark: no token-to-sentence table for them.
  if (sentences.length === 1) return [{ sentence: sentences[0]!, marks: oneSentenceMarks(row, side, tokens) }];
  const sentenceOf = new Int32Array(tokens.length);
  const firstToken: number[] = [];
  let cursor = 0;
  sentences.forEach((sentence, index) => {
    firstToken.push(cursor);
    sentenceOf.fill(index, cursor, cursor + sentence.tokens.length);
    cursor += sentence.tokens.length;
  });
  const marks: SentenceMark[][] = sentences.map(() => []);
  for (const current of row.ops) {
    const shown = current.kind === 'equal' ? current.trivial : current.kind === (side === 'a' ? 'delete' : 'insert');
    if (!shown) continue;
    const [start, end] = side === 'a' ? [current.aStart, current.aEnd] : [current.bStart, current.bEnd];
    // An op may run over a sentence boundary: one mark per sentence it touches.
    for (let from = start; from < end;) {
      const index = sentenceOf[from]!;
      const to = Math.min(end, firstToken[index]! + sentences[index]!.tokens.length);
      const mark: SentenceMark = { start: tokens[from]!.at, end: tokenEnd(tokens[to - 1]!), kind: current.kind, trivial: current.trivial };
      marks[index]!.push(current.move === undefined ? mark : { ...mark, move: current.move });
      from = to;
    }
  }
  return sentences.map((sentence, index) => ({ sentence, marks: marks[index]! }));
}

/** The marks of a side that is one sentence: each shown op is one mark. */
function oneSentenceMarks(row: GroupDiff, side: 'a' | 'b', tokens: readonly Token[]): SentenceMark[] {
  const marks: SentenceMark[] = [];
  for (const current of row.ops) {
    const shown = current.kind === 'equal' ? current.trivial : current.kind === (side === 'a' ? 'delete' : 'insert');
    if (!shown) continue;
    const [start, end] = side === 'a' ? [current.aStart, current.aEnd] : [current.bStart, current.bEnd];
    if (start >= end) continue;
    const mark: SentenceMark = { start: tokens[start]!.at, end: tokenEnd(tokens[end - 1]!), kind: current.kind, trivial: current.trivial };
    marks.push(current.move === undefined ? mark : { ...mark, move: current.move });
  }
  return marks;
}

function tokenEnd(token: Token): number {
  return token.at + token.text.length;
}
