import type { AlsoCover } from './also-covers.ts';
import type { AlignmentGroup, ScoredPair, SentenceRef } from './types.ts';

/**
 * Names groups `g-1`, `g-2`, … by walking the versions in id order and each version's sentences in
 * reading order: a group takes the next number the first time one of its sentences is met. The first
 * version's story reads straight down the table, and what only later versions carry follows in their
 * order. Members are listed the same way, and links strongest first.
 */
export function numberGroups(
  sentences: readonly SentenceRef[],
  groups: readonly { members: number[]; pairs: ScoredPair[]; covers?: readonly AlsoCover[] }[],
): AlignmentGroup[] {
  // Story-wide indexes already run through versions in id order, then positions.
  const ordered = groups
    .map((group) => ({ members: [...group.members].sort((x, y) => x - y), pairs: group.pairs, covers: group.covers ?? [] }))
    .sort((x, y) => x.members[0]! - y.members[0]!);
  const idOf = new Map<number, string>();
  ordered.forEach((group, index) => group.members.forEach((member) => idOf.set(member, `g-${index + 1}`)));
  return ordered.map((group, index) => ({
    id: `g-${index + 1}`,
    sentences: group.members.map((member) => sentences[member]!.sentence.id),
    links: [...group.pairs].sort((x, y) => y.link.score - x.link.score || x.a - y.a || x.b - y.b).map((pair) => pair.link),
    ...(group.covers.length > 0
      ? {
          alsoCoveredBy: group.covers.map((cover) => ({
            sentence: sentences[cover.member]!.sentence.id,
            group: idOf.get(cover.member)!,
            link: cover.pair.link,
          })),
        }
      : {}),
  }));
}
