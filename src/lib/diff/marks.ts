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

function tokenEnd(token: Token): number {
  return token.at + token.text.length;
}
