import { describe, expect, it } from 'vitest';
import { buildVersion, scoredPair, sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { dropWeakMembers, splitIntoRows } from './rows.ts';

// Invented story: a wire tells the news, then the minister's interview; a report opens with the news but names the
// minister, so its opening sentence shares more names with the wire's second sentence than with its first.
const refs = sentenceRefs([
  buildVersion('wire', [
    'Velmora has confirmed early talks with Ostrand on taking in deported workers.',
    'Trade Minister Ilse Marren told Velmora Radio on Monday that the talks were at an early stage.',
  ]),
  buildVersion('report', ['Velmora is in early talks to take in workers deported by Ostrand, Trade Minister Ilse Marren has said.']),
  buildVersion('digest', [
    'Ostrand is widening its removals.',
    'Harbour fees rose last year.',
    'Ilse Marren, the trade minister, spoke to Velmora Radio on Monday.',
  ]),
]);
const [wire1, wire2, report1, , , digest3] = refs.map((ref) => ref.index) as number[];
const ids = (members: readonly number[]): string[] => members.map((member) => refs[member]!.sentence.id).sort();

describe('splitIntoRows', () => {
  it("puts an article's opening sentence in the row of the splitting version's opening sentence", () => {
    const pairs = [
      scoredPair(refs, wire1!, report1!, 0.09),
      scoredPair(refs, wire2!, report1!, 0.45),
      scoredPair(refs, wire2!, digest3!, 0.4),
      scoredPair(refs, report1!, digest3!, 0.3),
    ];
    const rows = splitIntoRows(refs, [{ members: [wire1!, wire2!, report1!, digest3!], pairs }], pairs, 2);
    expect(rows.map((row) => ids(row.members))).toEqual([
      ['report/s-1', 'wire/s-1'],
      ['digest/s-3', 'wire/s-2'],
    ]);
    // The report's sentence merges the two, so it also covers the interview's row.
    expect(rows[1]!.covers.map((cover) => [refs[cover.member]!.sentence.id, cover.pair.link.score])).toEqual([['report/s-1', 0.45]]);
  });

  it('leaves a later sentence with the row it matches best', () => {
    const pairs = [scoredPair(refs, wire1!, digest3!, 0.09), scoredPair(refs, wire2!, digest3!, 0.4)];
    const rows = splitIntoRows(refs, [{ members: [wire1!, wire2!, digest3!], pairs }], pairs, 2);
    expect(rows.map((row) => ids(row.members))).toEqual([['wire/s-1'], ['digest/s-3', 'wire/s-2']]);
  });
});

describe('splitIntoRows, a statement told twice far apart', () => {
  // Invented story: the daily tells the ferry's closure twice, in its lede and again after the background; the wire
  // copy carries the daily's later wording word for word, the report and the digest paraphrase its lede.
  const told = sentenceRefs([
    buildVersion('daily', [
      'The Kestrel Sound ferry will stop running on Friday, the island council said.',
      'The crossing opened in 1962.',
      'Its two boats carried 40,000 passengers last year.',
      'Repairs were costed at four million crowns.',
      'Councillors voted on Tuesday to close the Kestrel Sound crossing at the end of the week.',
    ]),
    buildVersion('wire', ['Councillors voted on Tuesday to close the Kestrel Sound crossing at the end of the week.']),
    buildVersion('report', ['The island council says the Kestrel Sound ferry runs for the last time on Friday.']),
    buildVersion('digest', ['Kestrel Sound ferry to stop on Friday.']),
  ]);
  const [lede, , , , later, copy, report, digest] = told.map((ref) => ref.index) as number[];
  const toldIds = (members: readonly number[]): string[] => members.map((member) => told[member]!.sentence.id).sort();
  const pairs = [
    scoredPair(told, lede!, report!, 0.6),
    scoredPair(told, lede!, digest!, 0.5),
    scoredPair(told, lede!, copy!, 0.3),
    scoredPair(told, later!, report!, 0.2),
    scoredPair(told, later!, digest!, 0.1),
    scoredPair(told, later!, copy!, 0.9),
  ];
  const group = { members: [lede!, later!, copy!, report!, digest!], pairs };

  it('gives the other telling a row with the member that copies it, the lede keeping the rest', () => {
    const rows = splitIntoRows(told, [group], pairs, 2);
    expect(rows.map((row) => toldIds(row.members))).toEqual([
      ['daily/s-1', 'digest/s-1', 'report/s-1'],
      ['daily/s-5', 'wire/s-1'],
    ]);
  });

  it('leaves the other telling alone when no member scores the copy score with it', () => {
    const rows = splitIntoRows(told, [group], pairs, 2, 0.95);
    expect(rows.map((row) => toldIds(row.members))).toEqual([['daily/s-1', 'digest/s-1', 'report/s-1', 'wire/s-1'], ['daily/s-5']]);
  });
});

describe('dropWeakMembers', () => {
  const pairs = [
    scoredPair(refs, wire2!, digest3!, 0.5),
    scoredPair(refs, wire2!, report1!, 0.15),
    scoredPair(refs, report1!, digest3!, 0.04),
  ];

  it('takes out a member whose mean score with the rest of its row is under the floor, which then stands alone', () => {
    const rows = dropWeakMembers([{ members: [wire2!, report1!, digest3!], pairs, covers: [] }], 0.1);
    expect(rows.map((row) => ids(row.members))).toEqual([['digest/s-3', 'wire/s-2'], ['report/s-1']]);
    expect(rows[0]!.pairs.map((pair) => pair.link.score)).toEqual([0.5]);
  });

  it('keeps the row whole when every member meets the floor, and a row of two whose pair meets the pair floor', () => {
    const row = { members: [wire2!, report1!, digest3!], pairs, covers: [] };
    expect(dropWeakMembers([row], 0.09)).toEqual([row]);
    const pair = { members: [wire2!, digest3!], pairs: [pairs[0]!], covers: [] };
    expect(dropWeakMembers([pair], 0.1)).toEqual([pair]);
  });

  it('parts a row of two whose one pair scores under the pair floor, and keeps one with no scored pair', () => {
    const weak = { members: [report1!, digest3!], pairs: [pairs[2]!], covers: [] };
    expect(dropWeakMembers([weak], 0.1).map((row) => ids(row.members))).toEqual([['report/s-1'], ['digest/s-3']]);
    expect(dropWeakMembers([weak], 0.1, 0.04)).toEqual([weak]);
    const joined = { members: [report1!, digest3!], pairs: [], covers: [] };
    expect(dropWeakMembers([joined], 0.1)).toEqual([joined]);
  });

  it('parts a row left with two members when their pair is under the pair floor', () => {
    const weakPairs = [
      scoredPair(refs, wire2!, report1!, 0.06),
      scoredPair(refs, report1!, digest3!, 0.04),
      scoredPair(refs, wire2!, digest3!, 0.12),
    ];
    const row = { members: [wire2!, report1!, digest3!], pairs: weakPairs, covers: [] };
    // report/s-1 averages 0.05 and leaves; wire/s-2 and digest/s-3 are then held by 0.12 alone, under 0.175.
    expect(dropWeakMembers([row], 0.1).map((left) => ids(left.members))).toEqual([['report/s-1'], ['wire/s-2'], ['digest/s-3']]);
    expect(dropWeakMembers([row], 0.1, 0.1).map((left) => ids(left.members))).toEqual([['digest/s-3', 'wire/s-2'], ['report/s-1']]);
  });
});
