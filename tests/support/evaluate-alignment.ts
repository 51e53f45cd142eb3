import type { Sentence } from '../../src/lib/types.ts';

/**
 * Measuring an alignment against hand labels. Gold groups name sentences as `<version>:<substring>`
 * so the labels survive changes to sentence numbering; each must match exactly one sentence.
 * Precision and recall are over cross-version links: unordered pairs of sentences of different
 * versions that share a group.
 */

export interface LinkScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold links the prediction lacks, and predicted links gold lacks, as `a + b` sentence ids. */
  missing: [string, string][];
  extra: [string, string][];
}

/** Normalises a label substring the way sentences are normalised for matching (case, quotes, dashes). */
export type Normalise = (text: string) => string;

/** Turns `<version>:<substring>` labels into sentence ids; throws on a label that matches none or several. */
export function resolveGold(groups: readonly (readonly string[])[], sentences: readonly Sentence[], normalise: Normalise): string[][] {
  const used = new Map<string, string>();
  return groups.map((labels) =>
    labels.map((label) => {
      const colon = label.indexOf(':');
      const version = label.slice(0, colon);
      const needle = normalise(label.slice(colon + 1));
      const matches = sentences.filter((sentence) => sentence.version === version && sentence.norm.includes(needle));
      if (matches.length !== 1) {
        const found = matches.map((sentence) => `${sentence.id}: ${sentence.text}`).join('\n  ');
        throw new Error(`gold label "${label}" matches ${matches.length} sentences${found ? `:\n  ${found}` : ''}`);
      }
      const id = matches[0]!.id;
      const earlier = used.get(id);
      if (earlier !== undefined) throw new Error(`gold labels "${earlier}" and "${label}" name the same sentence ${id}`);
      used.set(id, label);
      return id;
    }),
  );
}

/** Unordered cross-version links of a grouping, as `a\u0000b` keys with `a < b`. */
export function crossVersionLinks(groups: readonly (readonly string[])[], versionOf: (id: string) => string): Set<string> {
  const links = new Set<string>();
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (versionOf(a) === versionOf(b)) continue;
        links.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
      }
    }
  }
  return links;
}

export function scoreLinks(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): LinkScores {
  const hits = [...predicted].filter((link) => gold.has(link)).length;
  const precision = predicted.size === 0 ? 1 : hits / predicted.size;
  const recall = gold.size === 0 ? 1 : hits / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const split = (link: string): [string, string] => link.split('\u0000') as [string, string];
  return {
    precision,
    recall,
    f1,
    missing: [...gold]
      .filter((link) => !predicted.has(link))
      .sort()
      .map(split),
    extra: [...predicted]
      .filter((link) => !gold.has(link))
      .sort()
      .map(split),
  };
}
