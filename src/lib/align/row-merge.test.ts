import { describe, expect, it } from 'vitest';
import { buildVersion, scoredPair, sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { joinConflictingRows, MIN_CONFLICT_LINKAGE } from './row-merge.ts';
import type { Row } from './rows.ts';
import type { ScoredPair } from './types.ts';

// Invented story: four outlets lead with the Merle Ann's missing crew; the gazette's background sentence (the sinking
// and the gale) joined the post's and the courier's ledes before the other ledes formed their row, so the gazette's own
// lede could not join them: a row holds one sentence of each version.
const refs = sentenceRefs([
  buildVersion('courier', [
    'Nine crew are unaccounted for since the trawler Merle Ann sank off Skerry Point, the coastguard said on Tuesday.',
    'The coastguard said the count of nine could change.',
  ]),
  buildVersion('daily', ['The coastguard fears all nine crew of the Merle Ann were lost.']),
  buildVersion('gazette', [
    'Nine crew of the trawler Merle Ann remain unaccounted for, the coastguard said.',
    'Their families have been told.',
    'The Merle Ann went down in a gale off Skerry Point, north of Larkhaven, on Sunday.',
  ]),
  buildVersion('post', ['The coastguard said on Tuesday that nine crew were lost when the Merle Ann sank in a gale on Sunday.']),
  buildVersion('wire', ['Nine crew of the Merle Ann are missing, the coastguard said.']),
]);
const [courier1, courier2, daily1, gazette1, , gazette3, post1, wire1] = refs.map((ref) => ref.index) as number[];
const ids = (rows: readonly Row[]): string[][] =>
  rows.map((row) => row.members.map((member) => refs[member]!.sentence.id).sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
const row = (members: number[], pairs: readonly ScoredPair[]): Row => ({
  members,
  pairs: pairs.filter((pair) => members.includes(pair.a) && members.includes(pair.b)),
  covers: [],
});

describe('joinConflictingRows', () => {
  const pairs = [
    scoredPair(refs, courier1!, post1!, 0.38),
    scoredPair(refs, gazette3!, post1!, 0.32),
    scoredPair(refs, courier1!, gazette3!, 0.26),
    scoredPair(refs, daily1!, gazette1!, 0.63),
    scoredPair(refs, gazette1!, wire1!, 0.7),
    scoredPair(refs, daily1!, wire1!, 0.53),
    scoredPair(refs, courier1!, daily1!, 0.46),
    scoredPair(refs, courier1!, gazette1!, 0.29),
    scoredPair(refs, courier1!, wire1!, 0.21),
    scoredPair(refs, daily1!, post1!, 0.21),
    scoredPair(refs, gazette1!, post1!, 0.21),
    scoredPair(refs, post1!, wire1!, 0.2),
  ];
  // Two groups of the strategy (the background row and the ledes' row).
  const groupOf = (sentence: number): number => ([courier1, gazette3, post1].includes(sentence) ? 0 : 1);
  const rows = [row([courier1!, gazette3!, post1!], pairs), row([daily1!, gazette1!, wire1!], pairs)];

  it("joins two rows of ledes, the gazette's background sentence standing alone", () => {
    const joined = joinConflictingRows(refs, rows, pairs, groupOf);
    expect(ids(joined)).toEqual([['courier/s-1', 'daily/s-1', 'gazette/s-1', 'post/s-1', 'wire/s-1'], ['gazette/s-3']]);
    // The joined row keeps every scored pair among its members, none of the evicted sentence's.
    expect(joined[0]!.pairs.map((pair) => pair.link.score)).toHaveLength(10);
    expect(joined[0]!.pairs.some((pair) => pair.a === gazette3 || pair.b === gazette3)).toBe(false);
  });

  it('leaves the rows apart when they average less than the bar across', () => {
    // Across: courier and post against daily, gazette/s-1 and wire: (0.46 + 0.29 + 0.21 + 0.21 + 0.21 + 0.2) / 6 = 0.263.
    expect(ids(joinConflictingRows(refs, rows, pairs, groupOf, 0.27))).toEqual(ids(rows));
    expect(ids(joinConflictingRows(refs, rows, pairs, groupOf, MIN_CONFLICT_LINKAGE))).toHaveLength(2);
  });

  it('never joins rows split from one group, nor a row that would keep one sentence', () => {
    expect(ids(joinConflictingRows(refs, rows, pairs, () => 0))).toEqual(ids(rows));
    const single = [row([courier1!, gazette3!], pairs), row([daily1!, gazette1!, wire1!], pairs), row([post1!], pairs)];
    expect(ids(joinConflictingRows(refs, single, pairs, groupOf))).toEqual(ids(single));
  });

  it('never joins rows that two versions each put a sentence in: those versions tell them apart', () => {
    const told = [
      ...pairs,
      scoredPair(refs, courier2!, daily1!, 0.3),
      scoredPair(refs, courier2!, gazette1!, 0.3),
      scoredPair(refs, courier2!, wire1!, 0.3),
    ];
    const apart = [row([courier1!, gazette3!, post1!], told), row([courier2!, daily1!, gazette1!, wire1!], told)];
    expect(ids(joinConflictingRows(refs, apart, told, groupOf))).toEqual(ids(apart));
  });

  it('gives the same rows whatever the order of the rows', () => {
    expect(ids(joinConflictingRows(refs, [...rows].reverse(), pairs, groupOf))).toEqual(
      ids(joinConflictingRows(refs, rows, pairs, groupOf)),
    );
  });
});
