import { describe, expect, it } from 'vitest';
import { longText, seedCaptures } from '../../../tests/fixtures/facts/long-version.ts';
import { sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import { buildFactIndexWithWork, type Fact, type FactInputVersion, type FactKind } from './index.ts';

// A version far longer than any article (tests/fixtures/facts/long-version.ts: the seed captures again
// and again, 1.2 MB, names and quotes in hundreds of spellings), beside one real capture. All-pairs
// grouping grew with the square of such a version (21 s of CPU at 5 MB); cross-version pairs, blocking
// keys and caps keep the work near linear, and the test counts that work instead of timing it
// (`npm run bench` times the stage on 5 MB).
const seeds = seedCaptures;

const versions: FactInputVersion[] = [
  { id: 'bbc', sentences: sentencesOf(seeds[0]!, 'bbc') },
  { id: 'long', sentences: sentencesOf(longText(1_200_000), 'long') },
];
const pairsOfAll = (facts: readonly Fact[]): number => {
  const perKind = new Map<FactKind, number>();
  for (const fact of facts) perKind.set(fact.kind, (perKind.get(fact.kind) ?? 0) + fact.mentions.length);
  return [...perKind.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
};

describe('facts stage on a 1.2 MB version', () => {
  const { facts, work } = buildFactIndexWithWork(versions, []);

  it('compares a small share of all mention pairs, within its caps, and misses nothing it would have found', () => {
    expect(versions[1]!.sentences.length).toBeGreaterThan(6_000);
    const mentions = facts.reduce((sum, fact) => sum + fact.mentions.length, 0);
    expect(mentions).toBeGreaterThan(20_000);
    console.info(
      `1.2 MB version: ${mentions} mentions, ${work.groupingPairs} grouping pairs, ` +
        `${work.variantPairs} variant pairs (all pairs: ${pairsOfAll(facts)})`,
    );
    expect(work.groupingPairs).toBeLessThan(pairsOfAll(facts) / 100);
    expect(work.groupingPairs).toBeLessThan(2 * mentions);
    expect(work).toMatchObject({ cappedKinds: [], cappedFacts: 0 });
    expect(work.note).toBeUndefined();
  });

  it('still joins a name across versions and its slips: Nduhungireh (bbc) with Nduhungirehe and numbered copies', () => {
    const minister = facts.find(
      (fact) =>
        fact.kind === 'person' && fact.mentions.some((mention) => mention.version === 'bbc' && mention.text.endsWith('Nduhungireh')),
    );
    const longSpellings = new Set(
      minister?.mentions.filter((mention) => mention.version === 'long').map((mention) => mention.text.split(' ').at(-1)),
    );
    expect(longSpellings.has('Nduhungireh')).toBe(true);
    expect(longSpellings.has('Nduhungirehe')).toBe(true);
    expect([...longSpellings].some((spelling) => /^Nduhungirehe?\d+$/u.test(spelling!))).toBe(true);
  });

  it('under tight caps stops early, rarest evidence first, and says so', () => {
    const tight = buildFactIndexWithWork(versions, [], { maxGroupingPairs: 2_000, maxVariantPairs: 50 });
    expect(tight.work.groupingPairs).toBeLessThanOrEqual(7 * 2_000);
    expect(tight.work.cappedKinds.length).toBeGreaterThan(0);
    expect(tight.work.note).toMatch(
      /^The fact index was cut short by its work limits: grouping of .* mentions stopped at 2000 pairs per kind/,
    );
    expect(tight.facts.length).toBeGreaterThan(facts.length);
  });
});
