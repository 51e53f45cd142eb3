import { describe, expect, it } from 'vitest';
import { buildVersion, scoredPair, sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { versionSharing } from './version-sharing.ts';

const refs = sentenceRefs([
  buildVersion('x', ['X one.', 'X two.', 'X three.']),
  buildVersion('y', ['Y one.', 'Y two.', 'Y three.']),
  buildVersion('z', ['Z one.', 'Z two.']),
]);
const [x1, x2, x3, y1, y2, , z1] = refs.map((ref) => ref.index) as [number, number, number, number, number, number, number, number];
const options = { maxPerVersion: 3, maxSplitDistance: 1, minRepeatLinkage: 0.25, minRepeatWitnesses: 2, distinctScore: 0.5 };
const group = (...members: number[]) => {
  const perVersion = new Map<number, number[]>();
  for (const member of members) perVersion.set(refs[member]!.version, [...(perVersion.get(refs[member]!.version) ?? []), member]);
  return perVersion;
};

describe('versionSharing', () => {
  it('lets the neighbouring halves of a split statement share a group', () => {
    const sharing = versionSharing(refs, [scoredPair(refs, x1, y1, 0.4), scoredPair(refs, x2, y1, 0.3)], options);
    expect(sharing.mayShare(group(x1, y1), group(x2), 0.3)).toBe(true);
  });

  it('lets a statement told twice share a group only when strong enough and vouched for by two other versions', () => {
    const pairs = [
      scoredPair(refs, x1, y1, 0.4),
      scoredPair(refs, x1, z1, 0.4),
      scoredPair(refs, x3, y1, 0.3),
      scoredPair(refs, x3, z1, 0.3),
    ];
    const sharing = versionSharing(refs, pairs, options);
    expect(sharing.mayShare(group(x1, y1, z1), group(x3), 0.3)).toBe(true);
    expect(sharing.mayShare(group(x1, y1, z1), group(x3), 0.2)).toBe(false);
    const oneWitness = versionSharing(refs, pairs.slice(0, 3), options);
    expect(oneWitness.mayShare(group(x1, y1, z1), group(x3), 0.3)).toBe(false);
  });

  it('keeps apart two sentences that another version matches strongly to two different sentences', () => {
    const pairs = [
      scoredPair(refs, x1, y1, 0.9),
      scoredPair(refs, x2, y2, 0.9),
      scoredPair(refs, x1, z1, 0.3),
      scoredPair(refs, x2, z1, 0.3),
    ];
    const sharing = versionSharing(refs, pairs, options);
    expect(sharing.mayShare(group(x1, y1, z1), group(x2, y2), 0.3)).toBe(false);
  });

  it('holds at most the allowed number of sentences of one version', () => {
    const pairs = [scoredPair(refs, x1, y1, 0.4), scoredPair(refs, x2, y1, 0.4), scoredPair(refs, x3, y1, 0.4)];
    expect(versionSharing(refs, pairs, options).mayShare(group(x1, x2, y1), group(x3), 0.4)).toBe(true);
    expect(versionSharing(refs, pairs, { ...options, maxPerVersion: 2 }).mayShare(group(x1, x2, y1), group(x3), 0.4)).toBe(false);
  });
});
