import { describe, expect, it } from 'vitest';
import { describeOps, version } from '../../../tests/fixtures/diff/sentences.ts';
import { diffPair, type GroupLike } from './index.ts';
import { heaviestIncreasing } from './row-order.ts';

const seed = [
  'Rwanda is in the "early stage" of talks with the Trump administration.',
  'His comments come after US Secretary of State Marco Rubio said last month that Washington was "actively searching" for countries.',
  'Nduhungirehe said the talks were "not new to us".',
  'However, the UK abandoned the scheme, which faced numerous legal challenges.',
  'Panama and Costa Rica have also taken in migrants deported from the US.',
];

/** One group per index: sentence i of a with sentence bIndex[i] of b. */
function groupsFor(aId: string, bId: string, bIndexOf: readonly number[]): GroupLike[] {
  return bIndexOf.map((bIndex, i) => ({ id: `g-${i + 1}`, sentences: [`${aId}/s-${i + 1}`, `${bId}/s-${bIndex + 1}`] }));
}

describe('moved sentences', () => {
  it('marks a sentence moved from the top to the bottom, and only that one', () => {
    const a = version('a', seed);
    const b = version('b', [...seed.slice(1), seed[0]!]);
    const pair = diffPair(a, b, groupsFor('a', 'b', [4, 0, 1, 2, 3]));
    expect(pair.rows.map((row) => [row.group, row.moved, row.b[0]!.id])).toEqual([
      ['g-1', true, 'b/s-5'],
      ['g-2', false, 'b/s-1'],
      ['g-3', false, 'b/s-2'],
      ['g-4', false, 'b/s-3'],
      ['g-5', false, 'b/s-4'],
    ]);
    // Words: 12 in the moved first sentence; 20 + 9 + 11 + 13 in the others.
    expect(pair.summary).toEqual({ similarity: 1, shared: 53, changed: 0, added: 0, removed: 0, moved: 12 });
  });

  it('keeps the long text in place and moves the short sentence when two swap', () => {
    const a = version('a', [seed[1]!, 'Rwanda agreed.']);
    const b = version('b', ['Rwanda agreed.', seed[1]!]);
    const pair = diffPair(a, b, groupsFor('a', 'b', [1, 0]));
    expect(pair.rows.map((row) => [row.group, row.moved])).toEqual([
      ['g-1', false],
      ['g-2', true],
    ]);
  });

  it('finds the heaviest increasing subsequence', () => {
    expect([...heaviestIncreasing([5, 1, 2, 3, 4], [1, 1, 1, 1, 1])].sort()).toEqual([1, 2, 3, 4]);
    expect([...heaviestIncreasing([5, 1, 2, 3, 4], [10, 1, 1, 1, 1])].sort()).toEqual([0]);
    expect([...heaviestIncreasing([], [])]).toEqual([]);
  });
});

describe('moved phrases', () => {
  it('turns a phrase moved within a row into one move with two ends', () => {
    const a = version('a', ['Speaking to Rwandan TV on Sunday, Nduhungirehe said the government was in the spirit of giving.']);
    const b = version('b', ['Nduhungirehe said the government was in the spirit of giving, speaking to Rwandan TV on Sunday.']);
    const pair = diffPair(a, b, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1'] }]);
    const row = pair.rows[0]!;
    expect(describeOps(row.ops, row.aTokens, row.bTokens)).toEqual([
      '- @m1 Speaking to Rwandan TV on Sunday',
      '- ,',
      '= Nduhungirehe said the government was in the spirit of giving',
      '+ ,',
      '+ @m1 speaking to Rwandan TV on Sunday',
      '= .',
    ]);
    expect(pair.moves).toEqual([
      { id: 'm1', words: 6, a: { row: 0, sentence: 'a/s-1', start: 0, end: 6 }, b: { row: 0, sentence: 'b/s-1', start: 11, end: 17 } },
    ]);
    expect(pair.summary).toEqual({ similarity: 1, shared: 10, changed: 0, added: 0, removed: 0, moved: 6 });
  });

  it('finds a phrase that moved to an unaligned sentence of the other version', () => {
    const a = version('a', ['Kigali disputes this.', 'Rwanda has previously been criticised for its human rights record.']);
    const b = version('b', [
      'Kigali disputes this.',
      'The tiny nation has been criticised for its human rights record and its freedom of speech.',
    ]);
    const pair = diffPair(a, b, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1'] }]);
    expect(pair.rows.map((row) => describeOps(row.ops, row.aTokens, row.bTokens))).toEqual([
      ['= Kigali disputes this .'],
      ['+ The tiny nation has', '+ @m1 been criticised for its human rights record', '+ and its freedom of speech .'],
      ['- Rwanda has previously', '- @m1 been criticised for its human rights record', '- .'],
    ]);
    expect(pair.moves.map((move) => [move.a.sentence, move.b.sentence, move.words])).toEqual([['a/s-2', 'b/s-2', 7]]);
  });

  it('leaves a moved run of three words as a deletion and an insertion', () => {
    const a = version('a', ['On Sunday evening, the minister said talks continue.']);
    const b = version('b', ['The minister said talks continue on Sunday evening.']);
    const pair = diffPair(a, b, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1'] }]);
    expect(pair.moves).toEqual([]);
    expect(diffPair(a, b, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1'] }], { minMoveWords: 3 }).moves.map((move) => move.words)).toEqual([
      3,
    ]);
  });
});
