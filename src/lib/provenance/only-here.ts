import { sentenceNumber, versionOf } from './sentence-id.ts';

/** The little of a fact this module needs; the full type lives with the fact index. */
export interface FactLike {
  id: string;
  mentions: readonly { version: string }[];
}

/** What one version carries that no other version of the story does. */
export interface OnlyHere {
  version: string;
  /** Sentence ids, in reading order. */
  sentences: string[];
  /** Fact ids, in the fact index's order; empty until the story has facts. */
  facts: string[];
}

/**
 * Per version, the sentences whose alignment group holds no other version's sentence, and the
 * facts mentioned by that version alone. A story of one version has nothing to compare, so nothing
 * is "only here".
 */
export function onlyInOneVersion(
  versions: readonly { id: string }[],
  alignment: readonly { sentences: readonly string[] }[],
  facts: readonly FactLike[] = [],
): OnlyHere[] {
  const result = new Map(
    versions.map((version) => [version.id, { version: version.id, sentences: [] as string[], facts: [] as string[] }]),
  );
  if (versions.length < 2) return [...result.values()];
  for (const group of alignment) {
    const owners = new Set(group.sentences.map(versionOf));
    const [owner] = owners;
    if (owners.size === 1 && owner !== undefined) result.get(owner)?.sentences.push(...group.sentences);
  }
  for (const fact of facts) {
    const owners = new Set(fact.mentions.map((mention) => mention.version));
    const [owner] = owners;
    if (owners.size === 1 && owner !== undefined) result.get(owner)?.facts.push(fact.id);
  }
  for (const entry of result.values()) entry.sentences.sort((x, y) => sentenceNumber(x) - sentenceNumber(y));
  return [...result.values()];
}
