import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../segment/index.ts';
import type { Sentence, Token } from '../types.ts';
import { applyOps, diffPair, diffTokens, rebuild, type DiffOp, type GroupLike } from './index.ts';

// A small vocabulary, so random sequences share runs, with style variants of the same norm.
const VOCABULARY = [
  'the',
  'The',
  'talks',
  'US',
  'U.S.',
  'said',
  'Rwanda',
  'migrants',
  ',',
  '.',
  '"',
  '“',
  '”',
  '-',
  '—',
  'again',
  'deported',
];

const token = (text: string, at: number): Token => ({
  text,
  norm: normalizeForMatching(text),
  start: at,
  end: at + text.length,
  at,
  word: /[\p{L}\p{N}]/u.test(text),
});

const tokenList = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }).map((texts) => texts.map((text, i) => token(text, i)));
const limits = fc.constantFrom(undefined, 0, 1, 5);

function checkOps(ops: readonly DiffOp[], a: readonly Token[], b: readonly Token[]): void {
  const rebuilt = rebuild(ops, a, b);
  expect(rebuilt.a).toEqual(a);
  expect(rebuilt.b).toEqual(b);
  expect(applyOps(ops, a, b)).toEqual(b.map((t) => t.norm));
  for (const op of ops) {
    expect(op.aEnd > op.aStart || op.bEnd > op.bStart).toBe(true);
    if (op.kind === 'equal') {
      const differs = a.slice(op.aStart, op.aEnd).map((t, i) => t.text !== b[op.bStart + i]!.text);
      expect(differs.every((flag) => flag === op.trivial)).toBe(true);
    }
  }
}

function wordCount(tokens: readonly Token[]): number {
  return tokens.filter((t) => t.word).length;
}

describe('diff properties', () => {
  it('rebuilds both sides from the ops of any two token sequences, whatever the limit', () => {
    fc.assert(
      fc.property(tokenList, tokenList, limits, (a, b, maxEditLength) => {
        checkOps(diffTokens(a, b, { maxEditLength }).ops, a, b);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every row rebuildable and the summary identities exact after moves', () => {
    const sentences = fc.array(tokenList, { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        sentences,
        sentences,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom(1, 2, 4),
        (aTexts, bTexts, pairing, minMoveWords) => {
          const version = (id: string, lists: Token[][]): { id: string; sentences: Sentence[] } => ({
            id,
            sentences: lists.map((tokens, i) => ({
              id: `${id}/s-${i + 1}`,
              version: id,
              n: i + 1,
              paragraph: 0,
              text: '',
              norm: '',
              start: 0,
              end: 0,
              tokens,
            })),
          });
          const a = version('a', aTexts);
          const b = version('b', bTexts);
          // Pair a-sentence i with b-sentence pairing[i], each b-sentence at most once.
          const used = new Set<number>();
          const groups: GroupLike[] = [];
          a.sentences.forEach((sentence, i) => {
            const j = (pairing[i] ?? 0) % b.sentences.length;
            const members = [sentence.id];
            if (pairing[i] !== undefined && !used.has(j)) {
              used.add(j);
              members.push(b.sentences[j]!.id);
            }
            groups.push({ id: `g-${i}`, sentences: members });
          });
          const pair = diffPair(a, b, groups, { minMoveWords });
          expect(pair.rows.flatMap((row) => row.a.map((s) => s.id)).sort()).toEqual(a.sentences.map((s) => s.id).sort());
          expect(pair.rows.flatMap((row) => row.b.map((s) => s.id)).sort()).toEqual(b.sentences.map((s) => s.id).sort());
          for (const row of pair.rows) checkOps(row.ops, row.aTokens, row.bTokens);
          const { shared, moved, changed, added, removed, similarity } = pair.summary;
          const wordsA = wordCount(a.sentences.flatMap((s) => s.tokens));
          const wordsB = wordCount(b.sentences.flatMap((s) => s.tokens));
          expect(shared + moved + changed + removed).toBe(wordsA);
          expect(shared + moved + changed + added).toBe(wordsB);
          expect(similarity).toBeGreaterThanOrEqual(0);
          expect(similarity).toBeLessThanOrEqual(1);
          for (const move of pair.moves) {
            const aSide = pair.rows[move.a.row]!.aTokens.slice(move.a.start, move.a.end).map((t) => t.norm);
            const bSide = pair.rows[move.b.row]!.bTokens.slice(move.b.start, move.b.end).map((t) => t.norm);
            expect(aSide).toEqual(bSide);
            expect(move.words).toBeGreaterThanOrEqual(minMoveWords);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
