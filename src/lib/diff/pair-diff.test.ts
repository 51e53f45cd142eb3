import { describe, expect, it, vi } from 'vitest';
import { describeOps, version } from '../../../tests/fixtures/diff/sentences.ts';
import * as diff from './index.ts';
import {
  DEFAULT_DIFF_OPTIONS,
  diffPair,
  diffTokens,
  markSentences,
  summarisePair,
  type PairSummary,
  type VersionSentences,
} from './index.ts';
import { rowWork } from './options.ts';

// Hand-computed: a1↔b2 (moved: the heavier a2↔b1 keeps its place), a2↔b1 equal, a3 and b3 alone.
const a = version('a', [
  'Rwanda could face being deported again.',
  'Panama and Costa Rica have also taken in migrants.',
  'Kigali disputes this.',
]);
const b = version('b', [
  'Panama and Costa Rica have also taken in migrants.',
  'Rwanda could be deported again, officials said.',
  'It is a safe place.',
]);
const groups = [
  { id: 'g-1', sentences: ['a/s-1', 'b/s-2'] },
  { id: 'g-2', sentences: ['a/s-2', 'b/s-1', 'c/s-4'] },
  { id: 'g-3', sentences: ['a/s-3'] },
  { id: 'g-4', sentences: ['b/s-3'] },
];

describe('diffPair', () => {
  const pair = diffPair(a, b, groups);

  it('orders rows by a and puts b-only rows after the row of the b sentence before them', () => {
    expect(pair.rows.map((row) => [row.group, row.a.map((s) => s.id), row.b.map((s) => s.id), row.moved])).toEqual([
      ['g-1', ['a/s-1'], ['b/s-2'], true],
      ['g-4', [], ['b/s-3'], false],
      ['g-2', ['a/s-2'], ['b/s-1'], false],
      ['g-3', ['a/s-3'], [], false],
    ]);
    expect(describeOps(pair.rows[0]!.ops, pair.rows[0]!.aTokens, pair.rows[0]!.bTokens)).toEqual([
      '= Rwanda could',
      '- face being',
      '+ be',
      '= deported again',
      '+ , officials said',
      '= .',
    ]);
  });

  it('summarises in words: 18 in a, 21 in b', () => {
    // moved: Rwanda could + deported again = 4; shared: the Panama sentence = 9; changed: face being → be = 1, and
    // removed 1 more; added: officials said (2) + It is a safe place (5); removed: Kigali disputes this (3).
    expect(pair.summary).toEqual({ similarity: 0.667, shared: 9, changed: 1, added: 7, removed: 4, moved: 4 });
    expect(summarisePair(pair.rows)).toEqual(pair.summary);
    expect(pair).toMatchObject({ a: 'a', b: 'b', moves: [], degraded: false });
  });

  it('gives a sentence in no group a row of its own', () => {
    const rows = diffPair(a, b, groups.slice(0, 2)).rows;
    expect(rows.map((row) => row.group)).toEqual(['g-1', 'b/s-3', 'g-2', 'a/s-3']);
  });

  it('rejects a sentence in two groups', () => {
    expect(() => diffPair(a, b, [...groups, { id: 'g-5', sentences: ['b/s-3'] }])).toThrow(
      'sentence "b/s-3" is in two alignment groups: "g-4" and "g-5"',
    );
  });

  it('gives a row the cheap diff when its work would take the pair past the budget', () => {
    // The first row has 4 and 6 tokens between 'Rwanda could' and '.': it costs (4 + 6) · min(500, 10) = 100.
    expect(rowWork(4, 6, DEFAULT_DIFF_OPTIONS.maxEditLength)).toBe(100);
    expect(diffPair(a, b, groups, { pairWork: 100 }).degraded).toBe(false);
    const spent = diffPair(a, b, groups, { pairWork: 99 });
    expect(spent.rows.map((row) => row.degraded)).toEqual([true, false, false, false]);
    expect(spent.degraded).toBe(true);
    expect(describeOps(spent.rows[0]!.ops, spent.rows[0]!.aTokens, spent.rows[0]!.bTokens)).toEqual([
      '= Rwanda could',
      '- face being deported again',
      '+ be deported again , officials said',
      '= .',
    ]);
  });

  it('charges a row by what lies between its common prefix and suffix, and diffs a smaller row after one that did not fit', () => {
    const before = version('a', [
      'The mayor said no.',
      'The long report on the harbour wall was finally published on Monday.',
      'It was late.',
    ]);
    const after = version('b', ['The mayor said yes.', 'The short report on the harbour wall was published on Tuesday.', 'It was early.']);
    const rows = [1, 2, 3].map((n) => ({ id: `g-${n}`, sentences: [`a/s-${n}`, `b/s-${n}`] }));
    // Middles of 1+1, 11+10 and 1+1 tokens: 4, 441 and 4 units; a budget of 10 fits the first and the last.
    expect([rowWork(1, 1, 500), rowWork(11, 10, 500), rowWork(1, 1, 500)]).toEqual([4, 441, 4]);
    expect(diffPair(before, after, rows, { pairWork: 10 }).rows.map((row) => row.degraded)).toEqual([false, true, false]);
    // A row with one side empty costs nothing: jsdiff never runs on it.
    expect(rowWork(0, 40, 500)).toBe(0);
  });

  it('by default diffs 28 rows of two 700-word sentences, then gives the rest the cheap diff, however little they cost', () => {
    // Each row changes its first word and its last: (700 + 700) · 500 = 700,000 of the 20,000,000 budget, though
    // two changed words cost jsdiff next to nothing. Identical rows would cost nothing.
    const long = (side: string): VersionSentences =>
      version(
        side,
        Array.from({ length: 40 }, (_, row) =>
          Array.from({ length: 700 }, (_, i) => (i === 0 || i === 699 ? `${side}${row}x${i}` : `word${i}`))
            .join(' ')
            .concat('.'),
        ),
      );
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `g-${i + 1}`, sentences: [`a/s-${i + 1}`, `b/s-${i + 1}`] }));
    expect(DEFAULT_DIFF_OPTIONS.pairWork).toBe(20_000_000);
    const pair = diffPair(long('a'), long('b'), rows);
    expect(pair.rows.map((row) => row.degraded)).toEqual([...Array<boolean>(28).fill(false), ...Array<boolean>(12).fill(true)]);
  });

  it('gives the same rows however slow the clock: every limit counts work, none reads the time', () => {
    // Twelve rows of 60 invented words, every third one changed on b's side (40 edits a row, well within 500 edits).
    const sentenceWords = (row: number, side: string): string =>
      Array.from({ length: 60 }, (_, i) => (side === 'b' && i % 3 === 0 ? `changed${row}x${i}` : `word${row}x${i}`)).join(' ') + '.';
    const long = (side: string): VersionSentences =>
      version(
        side,
        Array.from({ length: 12 }, (_, row) => sentenceWords(row, side)),
      );
    const [left, right] = [long('a'), long('b')];
    const rows = Array.from({ length: 12 }, (_, i) => ({ id: `g-${i + 1}`, sentences: [`a/s-${i + 1}`, `b/s-${i + 1}`] }));
    // The first word differs, the last two and '.' do not: (58 + 58) · 116 = 13,456 a row; a budget of 5 rows' work diffs 5.
    const options = { pairWork: 5 * 13_456 };
    const expected = [false, false, false, false, false, true, true, true, true, true, true, true];
    const degradedRows = (): boolean[] => diffPair(left, right, rows, options).rows.map((row) => row.degraded);
    const summary = (): PairSummary => diffPair(left, right, rows, options).summary;
    expect(degradedRows()).toEqual(expected);
    const steady = summary();
    // A clock that jumps a second at every reading, as on a machine too busy to schedule the analysis.
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1_000));
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1_000));
    try {
      expect(degradedRows()).toEqual(expected);
      expect(summary()).toEqual(steady);
      expect(diffTokens(left.sentences[0]!.tokens, right.sentences[0]!.tokens).degraded).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
    // 5 rows diffed: 40 words shared and 20 changed each; 7 cheap rows share only their last 2 words.
    expect(steady).toEqual({ similarity: 0.297, shared: 5 * 40 + 7 * 2, changed: 5 * 20 + 7 * 58, added: 0, removed: 0, moved: 0 });
  });

  it('counts style-only differences as shared', () => {
    const curly = version('c', ['The “spirit” of giving, in the mega-jail.']);
    const straight = version('d', ['The "spirit" of giving, in the mega jail.']);
    expect(diffPair(curly, straight, [{ id: 'g-1', sentences: ['c/s-1', 'd/s-1'] }]).summary).toEqual({
      similarity: 1,
      shared: 8,
      changed: 0,
      added: 0,
      removed: 0,
      moved: 0,
    });
  });

  it('is 1 for two versions without words', () => {
    expect(diffPair(version('a', ['—']), version('b', ['…']), []).summary).toEqual({
      similarity: 1,
      shared: 0,
      changed: 0,
      added: 0,
      removed: 0,
      moved: 0,
    });
  });
});

describe('markSentences', () => {
  it('marks each side of a split sentence in its own sentence text', () => {
    const whole = version('a', ['Rwanda says it is safe, and it denies the claims.']);
    const split = version('b', ['Rwanda says it is safe.', 'It denies “the claims”.']);
    const row = diffPair(whole, split, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'b/s-2'] }]).rows[0]!;
    const spans = (side: 'a' | 'b'): string[] =>
      markSentences(row, side).flatMap(({ sentence, marks }) =>
        marks.map((mark) => `${sentence.id} ${mark.kind}${mark.trivial ? '~' : ''} ${sentence.text.slice(mark.start, mark.end)}`),
      );
    expect(spans('a')).toEqual(['a/s-1 delete , and', 'a/s-1 equal~ it']);
    expect(spans('b')).toEqual(['b/s-1 insert .', 'b/s-2 equal~ It', 'b/s-2 insert “', 'b/s-2 insert ”']);
  });
});

describe('the public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(diff).sort()).toEqual([
      'DEFAULT_DIFF_OPTIONS',
      'KEY_DIFF_LIMITS',
      'alignmentCells',
      'applyOps',
      'comparePair',
      'diffKeys',
      'diffPair',
      'diffSentenceGroup',
      'diffTokens',
      'findPhraseMoves',
      'groupDiffer',
      'interner',
      'markSentences',
      'movedRows',
      'pairRows',
      'rebuild',
      'summarisePair',
    ]);
  });
});
