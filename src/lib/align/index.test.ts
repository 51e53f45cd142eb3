import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../../tests/fixtures/align/build-sentences.ts';
import { alignmentGrid } from '../../../tests/fixtures/hard-inputs.ts';
import { vectorTable } from '../embed/index.ts';
import * as align from './index.ts';
import { alignStory, alignStoryWithLimits, rarityScorer, type AlignmentStrategy } from './index.ts';

const a = buildVersion('a', [
  'Rwanda is in the "early stage" of talks with the US, minister Olivier Nduhungirehe said.',
  'The UK spent £700 million on the scheme.',
  'The weather was sunny in Kigali on Monday.',
]);
const b = buildVersion('b', [
  'The UK had spent £700 million on the failed scheme.',
  'Minister Olivier Nduhungirehe said Rwanda is at an "early stage" of talks with the US.',
  'Football results follow below.',
]);
// Splits the first statement in two and reorders nothing else.
const c = buildVersion('c', [
  'Minister Olivier Nduhungirehe said Rwanda is in talks with the US.',
  'The talks are at an "early stage", the minister added.',
  'Britain spent £700 million on the scheme before it was dropped.',
]);

describe('alignStory', () => {
  it('does not join sentences on one shared word or a bare year', () => {
    const x = buildVersion('x', [
      'Skip to main content',
      'Shares of Solvane have fallen 38 percent this year.',
      '| Measure | Q3 2026 | Q3 2025 |',
    ]);
    const y = buildVersion('y', [
      '"It\'s like the floor fell out," Lowe, 46, said Monday outside the plant\'s main gate.',
      'At a diner across the road, owner Teresa Gomez said lunch traffic had already fallen.',
      'Copyright 2026 KAZN.',
    ]);
    const groups = alignStory([x, y]);
    expect(groups.every((group) => group.sentences.length === 1)).toBe(true);
  });

  it('still joins two sentences that share two rare words', () => {
    const x = buildVersion('x', ['Skip to main content', 'Lunch traffic had already fallen at the diner.']);
    const y = buildVersion('y', ['The plant closes in January.', 'At the diner, lunch traffic has fallen.']);
    const joined = alignStory([x, y])
      .filter((group) => group.sentences.length > 1)
      .map((group) => group.sentences);
    expect(joined).toEqual([['x/s-2', 'y/s-2']]);
  });

  it('exports the aligner, its scorer and strategy, and the pair budget', () => {
    expect(Object.keys(align).sort()).toEqual([
      'ALSO_COVER_DEFAULTS',
      'DEFAULT_MAX_PAIRS',
      'LINKAGE_STRATEGY_DEFAULTS',
      'NEAR_LINK_SCORE',
      'RARITY_SCORER_DEFAULTS',
      'SEMANTIC_DEFAULTS',
      'alignStory',
      'alignStoryWithLimits',
      'linkageStrategy',
      'rarityScorer',
      'semanticScorer',
    ]);
  });

  it('groups reordered counterparts, gives each half of a split statement its row, and leaves the rest alone', () => {
    const rows = alignStory([a, b, c]);
    expect(rows.map((group) => [group.id, ...group.sentences])).toEqual([
      ['g-1', 'a/s-1', 'b/s-2', 'c/s-1'],
      ['g-2', 'a/s-2', 'b/s-1', 'c/s-3'],
      ['g-3', 'a/s-3'],
      ['g-4', 'b/s-3'],
      ['g-5', 'c/s-2'],
    ]);
    // The minister's sentence of a and b carries both halves: it sits in g-1 and also covers c's second half.
    expect(rows[4]!.alsoCoveredBy!.map(({ sentence, group, link }) => [sentence, group, link.a, link.b, link.score])).toEqual([
      ['a/s-1', 'g-1', 'a/s-1', 'c/s-2', 0.743],
      ['b/s-2', 'g-1', 'b/s-2', 'c/s-2', 0.743],
    ]);
    expect(rows.slice(0, 4).every((group) => group.alsoCoveredBy === undefined)).toBe(true);
    // Without the row rule, clustering's group holds both of c's sentences.
    expect(alignStory([a, b, c], { maxSplitDistance: false, alsoCovers: false })[0]!.sentences).toEqual([
      'a/s-1',
      'b/s-2',
      'c/s-1',
      'c/s-2',
    ]);
  });

  it('keeps apart two statements that one version merges into a sentence and a copy tells separately', () => {
    const told = [
      'Tom Pellow said the pier was "the heart of this town".',
      'He accused the council of giving up on it "without a fight".',
      'Demolition starts in September.',
    ];
    const merged = [
      'Tom Pellow called the pier "the heart of this town" and said the council had given up on it "without a fight".',
      'Work to demolish it starts in September.',
    ];
    const rows = alignStory([buildVersion('a', told), buildVersion('b', told), buildVersion('c', merged)]);
    expect(rows.map((group) => group.sentences)).toEqual([
      ['a/s-1', 'b/s-1', 'c/s-1'],
      ['a/s-2', 'b/s-2'],
      ['a/s-3', 'b/s-3', 'c/s-2'],
    ]);
    // The merging sentence also covers the row it does not sit in: the copies tell the two statements side by side.
    expect(rows[1]!.alsoCoveredBy!.map(({ sentence, group, link }) => [sentence, group, link.b, link.score])).toEqual([
      ['c/s-1', 'g-1', 'c/s-1', 0.548],
    ]);
    expect(
      alignStory([buildVersion('a', told), buildVersion('b', told), buildVersion('c', merged)], { alsoCovers: { minScore: 0.6 } })[1]!
        .alsoCoveredBy,
    ).toBe(undefined);
  });

  it('gives each telling of a statement a version tells twice its row; the other ledes sit with its lede and cover the other', () => {
    const lede = (said: string) => [
      `Rwanda is in early talks with the US to accept deported migrants, Foreign Minister Olivier Nduhungirehe ${said}.`,
      'The UK spent £700 million on a similar scheme.',
      'Panama and Costa Rica have also taken in migrants.',
    ];
    const twice = [
      'Rwanda and Washington are in early talks about deported migrants.',
      'Britain spent £700 million on a similar scheme.',
      'Foreign Minister Olivier Nduhungirehe confirmed the talks with the US on Sunday.',
    ];
    const brief = [
      'Foreign Minister Olivier Nduhungirehe said on Sunday that Rwanda is in talks with the US over deported migrants.',
      'Costa Rica and Panama took in migrants too.',
    ];
    const versions = [
      buildVersion('a', lede('said on Sunday')),
      buildVersion('b', lede('has said')),
      buildVersion('c', twice),
      buildVersion('d', brief),
    ];
    const rows = alignStory(versions);
    // The other versions' ledes share more names with c's interview sentence, but all open their articles with the
    // news, as c does: they sit with c's lede and cover the interview's row (the seed story's case, rows.ts).
    expect(rows.map((group) => [...group.sentences, ...(group.alsoCoveredBy ?? []).map((cover) => `+${cover.sentence}`)])).toEqual([
      ['a/s-1', 'b/s-1', 'c/s-1', 'd/s-1'],
      ['a/s-2', 'b/s-2', 'c/s-2'],
      ['a/s-3', 'b/s-3', 'd/s-2'],
      ['c/s-3', '+d/s-1', '+a/s-1', '+b/s-1'],
    ]);
    // Told further apart than `maxSplitDistance`, the second telling is a repeat: it stands alone, covered by nobody.
    const apart = alignStory(versions, { maxSplitDistance: 1 });
    expect(apart.map((group) => [...group.sentences, ...(group.alsoCoveredBy ?? []).map((cover) => `+${cover.sentence}`)])).toEqual([
      ['a/s-1', 'b/s-1', 'c/s-3', 'd/s-1'],
      ['a/s-2', 'b/s-2', 'c/s-2'],
      ['a/s-3', 'b/s-3', 'd/s-2'],
      ['c/s-1'],
    ]);
  });

  it('keeps every link with its score and the evidence a reader can check', () => {
    const [, money] = alignStory([a, b, c]);
    expect(money!.links).toEqual([
      {
        a: 'a/s-2',
        b: 'b/s-1',
        score: 0.878,
        evidence: ['shared names: uk', 'shared rare words: million, scheme, spent', 'same number: 700'],
      },
      { a: 'a/s-2', b: 'c/s-3', score: 0.64, evidence: ['shared rare words: million, scheme, spent', 'same number: 700'] },
      { a: 'b/s-1', b: 'c/s-3', score: 0.562, evidence: ['shared rare words: million, scheme, spent', 'same number: 700'] },
    ]);
    const [talks] = alignStory([a, b, c]);
    expect(talks!.links[0]).toEqual({
      a: 'a/s-1',
      b: 'b/s-2',
      score: 1,
      evidence: ['shared names: nduhungirehe, olivier, rwanda, us', 'shared rare words: early, stage', 'same quote: "early stage"'],
    });
  });

  it('weighs a shared number 1.75 on words alone and 1.25 beside sentence vectors', () => {
    const moneyLink = (options: Parameters<typeof alignStory>[1]) => alignStory([a, b, c], options)[1]!.links[0]!;
    expect(moneyLink({}).score).toBe(0.878);
    // A table without any of these sentences: the pairs keep their word scores, numbers weighed as before.
    expect(moneyLink({ vectors: vectorTable('none', []) }).score).toBe(0.869);
  });

  it('weighs a shared year like a name (1.25), not like a count', () => {
    const x = buildVersion('x', ['The Corvale ferry pier first opened in 1931 after a storm.', 'Tolls rose again.']);
    const y = buildVersion('y', ['Built in 1931, the Corvale pier survived a storm.', 'The mayor spoke.']);
    const yearLink = (scorer: ReturnType<typeof rarityScorer>) => alignStory([x, y], { scorer })[0]!.links[0]!.score;
    expect(yearLink(rarityScorer())).toBe(0.509);
    expect(yearLink(rarityScorer({ yearWeight: 1.75 }))).toBe(0.535);
  });

  it('gives the same groups whatever the order of the versions', () => {
    const expected = alignStory([a, b, c]);
    for (const order of [
      [c, b, a],
      [b, c, a],
      [c, a, b],
    ])
      expect(alignStory(order)).toEqual(expected);
  });

  it('puts every sentence in exactly one group, including in a one-version story', () => {
    const ids = alignStory([a, b, c]).flatMap((group) => group.sentences);
    const rowsHoldOnePerVersion = alignStory([a, b, c]).every(
      (group) => new Set(group.sentences.map((id) => id.split('/')[0])).size === group.sentences.length,
    );
    expect(rowsHoldOnePerVersion).toBe(true);
    expect(ids.sort()).toEqual([a, b, c].flatMap((version) => version.sentences.map((sentence) => sentence.id)).sort());
    expect(alignStory([a]).map((group) => group.sentences)).toEqual([['a/s-1'], ['a/s-2'], ['a/s-3']]);
    expect(alignStory([])).toEqual([]);
  });

  it('stops at the pair budget, says so, and still places every sentence', () => {
    const { groups, limits } = alignStoryWithLimits([a, b, c], { maxPairs: 2 });
    expect(limits).toEqual({
      maxPairs: 2,
      pairsScored: 2,
      capped: true,
      note: 'alignment stopped at 2 sentence pairs: only sentences sharing a word found in at most 2 sentences were compared',
    });
    expect(groups.flatMap((group) => group.sentences)).toHaveLength(9);
  });

  it('takes another strategy through the same small interface', () => {
    const alone: AlignmentStrategy = { group: (sentences) => sentences.map((ref) => ({ members: [ref.index], pairs: [] })) };
    expect(alignStory([a, b], { strategy: alone }).map((group) => group.sentences)).toEqual([
      ['a/s-1'],
      ['a/s-2'],
      ['a/s-3'],
      ['b/s-1'],
      ['b/s-2'],
      ['b/s-3'],
    ]);
  });

  it('aligns 20 versions of 30 sentences scoring only the pairs that share a rare word', () => {
    const { groups, limits } = alignStoryWithLimits(alignmentGrid());
    expect(limits.capped).toBe(false);
    // 30 sentences × 190 version pairs: the twins, and none of the 165,300 other cross-version pairs that
    // share only "report" and "said". Its time is in `npm run bench` (bench/hard-inputs.ts).
    expect(limits.pairsScored).toBe(5_700);
    expect(groups).toHaveLength(30);
    expect(groups.every((group) => group.sentences.length === 20)).toBe(true);
  });
});
