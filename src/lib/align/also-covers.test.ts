import { describe, expect, it } from 'vitest';
import { buildVersion, scoredPair, sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { ALSO_COVER_DEFAULTS, findAlsoCovers } from './also-covers.ts';

// Invented story: the herald's opening sentence gives the Tolvern dam's failure and the evacuation of Marsk in one;
// four other outlets tell the evacuation in a sentence of its own, which the herald never does.
const refs = sentenceRefs([
  buildVersion('herald', [
    'The Tolvern dam gave way on Sunday night, and 3,000 people in Marsk were moved to higher ground.',
    'Engineers had warned of cracks in 2019.',
  ]),
  buildVersion('daily', ['The Tolvern dam failed late on Sunday.', 'About 3,000 Marsk residents were evacuated overnight.']),
  buildVersion('courier', ['Water broke through the Tolvern dam on Sunday.', 'Marsk was emptied of its 3,000 residents.']),
  buildVersion('gazette', ['The Tolvern dam collapsed.', 'Marsk residents, some 3,000, left their homes.']),
  buildVersion('wire', ['Tolvern dam breached.', 'Authorities moved 3,000 people out of Marsk.']),
]);
const [herald1, herald2, daily1, daily2, courier1, courier2, gazette1, gazette2, wire1, wire2] = refs.map((ref) => ref.index) as number[];
const groups = [
  { members: [herald1!, daily1!, courier1!, gazette1!, wire1!] },
  { members: [daily2!, courier2!, gazette2!, wire2!] },
  { members: [herald2!] },
];
const evacuation = [
  scoredPair(refs, herald1!, daily2!, 0.34),
  scoredPair(refs, herald1!, courier2!, 0.22),
  scoredPair(refs, herald1!, gazette2!, 0.19),
  scoredPair(refs, herald1!, wire2!, 0.26),
];
const coverersOf = (covers: ReturnType<typeof findAlsoCovers>, group: number): string[] =>
  covers[group]!.map((cover) => refs[cover.member]!.sentence.id);

describe('findAlsoCovers, an opening sentence', () => {
  it('covers a group four of whose members pair with it, one at the cover score', () => {
    const covers = findAlsoCovers(refs, groups, evacuation);
    expect(coverersOf(covers, 1)).toEqual(['herald/s-1']);
    expect(covers[1]![0]!.pair.link.score).toBe(0.34);
  });

  it('does not cover it with three members pairing, nor when no pair reaches the cover score', () => {
    expect(coverersOf(findAlsoCovers(refs, groups, evacuation.slice(0, 3)), 1)).toEqual([]);
    const weak = evacuation.map((pair) => scoredPair(refs, pair.a, pair.b, Math.min(pair.link.score, 0.29)));
    expect(coverersOf(findAlsoCovers(refs, groups, weak), 1)).toEqual([]);
    expect(coverersOf(findAlsoCovers(refs, groups, evacuation, { ...ALSO_COVER_DEFAULTS, openerSupport: Infinity }), 1)).toEqual([]);
  });

  it('is a rule for openers only: a later sentence with the same pairs covers nothing', () => {
    const later = evacuation.map((pair) => scoredPair(refs, herald2!, pair.b, pair.link.score));
    const moved = [{ members: [herald2!, daily1!, courier1!, gazette1!, wire1!] }, groups[1]!, { members: [herald1!] }];
    expect(coverersOf(findAlsoCovers(refs, moved, later), 1)).toEqual([]);
  });
});
