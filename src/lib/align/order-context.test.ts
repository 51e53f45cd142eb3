import { describe, expect, it } from 'vitest';
import { buildVersion, scoredPair, sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { withOrderContext } from './order-context.ts';

// Two five-sentence versions; only the ids and positions matter here.
const refs = sentenceRefs([
  buildVersion('a', ['A one.', 'A two.', 'A three.', 'A four.', 'A five.']),
  buildVersion('b', ['B one.', 'B two.', 'B three.', 'B four.', 'B five.']),
]);
const A = (n: number): number => n - 1;
const B = (n: number): number => 5 + n - 1;
// A first grouping that put a/s-1 with b/s-1 and a/s-4 with b/s-4.
const groupOf = refs.map((ref) => ref.index);
groupOf[B(1)] = A(1);
groupOf[B(4)] = A(4);

const pairs = [
  scoredPair(refs, A(1), B(1), 0.8),
  scoredPair(refs, A(1), B(2), 0.06),
  scoredPair(refs, A(2), B(3), 0.08),
  scoredPair(refs, A(4), B(4), 0.8),
  scoredPair(refs, A(5), B(5), 0.08),
];
const scoresOf = (result: ReturnType<typeof withOrderContext>) =>
  result.map((pair) => [pair.link.a, pair.link.b, pair.link.score, pair.link.evidence]);

describe('withOrderContext', () => {
  it('adds the bonus to weak pairs between the same two anchors, saying where, and leaves the rest', () => {
    expect(scoresOf(withOrderContext(refs, pairs, groupOf, { gapBonus: 0.05, maxGapSentences: 2 }))).toEqual([
      ['a/s-1', 'b/s-1', 0.8, []],
      ['a/s-1', 'b/s-2', 0.11, ['same place: b/s-2 follows b/s-1, which aligns with a/s-1']],
      ['a/s-2', 'b/s-3', 0.13, ['same place: both between a/s-1 / b/s-1 and a/s-4 / b/s-4']],
      ['a/s-4', 'b/s-4', 0.8, []],
      // Past the last anchor: the ends of two articles are not a shared place.
      ['a/s-5', 'b/s-5', 0.08, []],
    ]);
  });

  it('gives nothing in a gap with more unaligned sentences than it allows', () => {
    const result = withOrderContext(refs, pairs, groupOf, { gapBonus: 0.05, maxGapSentences: 1 });
    expect(result.map((pair) => pair.link.score)).toEqual([0.8, 0.06, 0.08, 0.8, 0.08]);
  });

  it('treats the start of both articles as an anchor', () => {
    const openers = [scoredPair(refs, A(1), B(2), 0.3), scoredPair(refs, A(1), B(1), 0.07)];
    const first = refs.map((ref) => ref.index);
    first[B(2)] = A(1);
    expect(scoresOf(withOrderContext(refs, openers, first, { gapBonus: 0.05, maxGapSentences: 2 }))).toEqual([
      ['a/s-1', 'b/s-2', 0.3, []],
      ['a/s-1', 'b/s-1', 0.12, ['same place: b/s-1 precedes b/s-2, which aligns with a/s-1']],
    ]);
  });
});
