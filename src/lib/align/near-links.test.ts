import { describe, expect, it } from 'vitest';
import { buildVersion, scoredPair, sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { vectorTable } from '../embed/index.ts';
import { alignStory, type LinkScorer } from './index.ts';
import { findNearLinks, NEAR_LINK_SCORE } from './near-links.ts';
import type { AlignmentGroup } from './types.ts';

// Invented story: four outlets report a reservoir breach. The herald's count of flooded homes pairs best with the
// wire's, and the wire's with the herald's, but the rows went otherwise (each sits in a row of its own).
const refs = sentenceRefs([
  buildVersion('herald', ['The Dunmore reservoir wall gave way at dawn.', 'Water reached 140 homes in Ashby.']),
  buildVersion('wire', ['The Dunmore dam burst early on Saturday.', 'Some 160 homes in Ashby were flooded, the council said.']),
  buildVersion('post', ['Dunmore reservoir burst, flooding Ashby.']),
  buildVersion('times', ['Mayor Olwen Pryce visited Ashby.']),
]);
const [herald1, herald2, wire1, wire2, post1, times1] = refs.map((ref) => ref.index) as number[];
const group = (id: string, indexes: number[], extra: Partial<AlignmentGroup> = {}): AlignmentGroup => ({
  id,
  sentences: indexes.map((index) => refs[index]!.sentence.id),
  links: [],
  ...extra,
});

describe('findNearLinks', () => {
  const groups = [
    group('g-1', [herald1!, wire1!, post1!]),
    // The post's lede merges the burst and the flooding: it also covers the herald's count.
    group('g-2', [herald2!], {
      alsoCoveredBy: [{ sentence: 'post/s-1', group: 'g-1', link: scoredPair(refs, herald2!, post1!, 0.4).link }],
    }),
    group('g-3', [wire2!]),
    group('g-4', [times1!]),
  ];
  const pairs = [
    scoredPair(refs, herald1!, wire1!, 0.5),
    // Each the other's best match in its version, in different rows: a near link.
    scoredPair(refs, herald2!, wire2!, 0.3),
    scoredPair(refs, herald2!, wire1!, 0.1),
    scoredPair(refs, herald1!, wire2!, 0.2),
    // The post's lede is the herald's count's best match too, but it covers that row already.
    scoredPair(refs, herald2!, post1!, 0.4),
    // The post is the wire's count's best match in the post, but the post pairs better with the wire's lede.
    scoredPair(refs, wire2!, post1!, 0.2),
    scoredPair(refs, wire1!, post1!, 0.35),
    // Names only (`Ashby`): never a near link, however it scores.
    { ...scoredPair(refs, wire2!, times1!, 0.35), namesOnly: true },
    // Each the other's best match, but under the floor.
    scoredPair(refs, herald1!, times1!, 0.1),
  ];

  it('links two sentences that are each the other’s best match and sit in different rows', () => {
    const near = findNearLinks(refs, groups, pairs);
    expect([...near].map(([row, links]) => [row, links.map((link) => [link.a, link.b, link.score])])).toEqual([
      ['g-2', [['herald/s-2', 'wire/s-2', 0.3]]],
    ]);
  });

  it('takes a lower floor when asked', () => {
    const near = findNearLinks(refs, groups, pairs, 0.1);
    expect([...near.keys()].sort()).toEqual(['g-1', 'g-2']);
    expect(near.get('g-1')!.map((link) => link.b)).toEqual(['times/s-1']);
    expect(NEAR_LINK_SCORE).toBe(0.15);
  });
});

describe('alignStory near links', () => {
  // Hand-scored pairs: the courier's and the gazette's tellings form a row; the bulletin's sentence pairs best with the
  // courier's (and it with the bulletin's), too weakly to join the row's average. The bulletin stands alone.
  const versions = [
    buildVersion('bulletin', ['Ferries to Inchmore were cancelled.']),
    buildVersion('courier', ['Gale force winds shut the Tarrow bridge and the Inchmore ferries.', 'Schools stayed open.']),
    buildVersion('gazette', ['The Tarrow bridge was closed by gales on Monday.']),
  ];
  const scores = new Map([
    ['bulletin/s-1 courier/s-1', 0.18],
    ['courier/s-1 gazette/s-1', 0.6],
  ]);
  const scorer: LinkScorer = {
    score(sentences) {
      const pairs = sentences.flatMap((x) =>
        sentences
          .filter((y) => y.index > x.index && scores.has(`${x.sentence.id} ${y.sentence.id}`))
          .map((y) => scoredPair(sentences, x.index, y.index, scores.get(`${x.sentence.id} ${y.sentence.id}`)!)),
      );
      return { pairs, limits: { maxPairs: 100, pairsScored: pairs.length, capped: false } };
    },
  };

  it('keeps the pair the rows put apart on the row of its first sentence, and never changes the rows', () => {
    const groups = alignStory(versions, { scorer });
    expect(groups.map((group) => [group.sentences, group.nearLinks?.map((link) => [link.a, link.b, link.score])])).toEqual([
      [['bulletin/s-1'], [['bulletin/s-1', 'courier/s-1', 0.18]]],
      [['courier/s-1', 'gazette/s-1'], undefined],
      [['courier/s-2'], undefined],
    ]);
    expect(alignStory(versions, { scorer, nearLinks: false }).map((group) => group.sentences)).toEqual(
      groups.map((group) => group.sentences),
    );
    expect(alignStory(versions, { scorer, nearLinks: 0.2 }).every((group) => group.nearLinks === undefined)).toBe(true);
  });

  it('finds none beside sentence vectors unless asked', () => {
    const vectors = vectorTable('test', []);
    expect(alignStory(versions, { scorer, vectors }).every((group) => group.nearLinks === undefined)).toBe(true);
    expect(alignStory(versions, { scorer, vectors, nearLinks: NEAR_LINK_SCORE }).some((group) => group.nearLinks !== undefined)).toBe(true);
  });
});
