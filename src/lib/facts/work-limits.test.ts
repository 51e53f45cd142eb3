import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import { buildFactIndexWithWork, type Fact, type FactInputVersion, type FactKind } from './index.ts';

// A version far longer than any article: the five seed captures again and again (1.2 MB), one long
// word in twenty numbered by its copy, so names and quotes come in hundreds of spellings. Beside it,
// one real capture. All-pairs grouping grew with the square of such a version (21 s of CPU at 5 MB);
// cross-version pairs, blocking keys and caps keep the work near linear, and the test counts that work
// instead of timing it.
const seedDir = path.resolve(import.meta.dirname, '../../../content/stories/rwanda-us-migrant-talks');
const seeds = readdirSync(seedDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(path.join(seedDir, file), 'utf8'));

function longText(length: number): string {
  const parts: string[] = [];
  let total = 0;
  let draw = 1;
  for (let copy = 0; total < length; copy++) {
    const text = seeds[copy % seeds.length]!.replace(/\b[A-Za-z]{7,}\b/g, (word) =>
      (draw = (draw * 48_271) % 2_147_483_647) % 20 === 0 ? `${word}${copy}` : word,
    );
    parts.push(text);
    total += text.length + 2;
  }
  return parts.join('\n\n');
}

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
