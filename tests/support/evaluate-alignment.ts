import { rowLinks, type LinkedRow } from '../../eval/links.ts';
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

/** A gold group: a plain list of labels, or `{ refs, also }` with the labels of sentences of other groups that also cover it. */
export type GoldGroup = readonly string[] | { readonly refs: readonly string[]; readonly also?: readonly string[] };

/** A gold group resolved to sentence ids. */
export interface GoldRow {
  refs: string[];
  also: string[];
}

function labelResolver(sentences: readonly Sentence[], normalise: Normalise): (label: string) => string {
  return (label) => {
    const colon = label.indexOf(':');
    const version = label.slice(0, colon);
    const needle = normalise(label.slice(colon + 1));
    const matches = sentences.filter((sentence) => sentence.version === version && sentence.norm.includes(needle));
    if (matches.length !== 1) {
      const found = matches.map((sentence) => `${sentence.id}: ${sentence.text}`).join('\n  ');
      throw new Error(`gold label "${label}" matches ${matches.length} sentences${found ? `:\n  ${found}` : ''}`);
    }
    return matches[0]!.id;
  };
}

/**
 * Turns gold groups into rows of sentence ids; throws on a label that matches none or several sentences, or on a
 * sentence named in two groups' `refs` (an `also` label names a sentence that sits in another group).
 */
export function resolveGoldRows(groups: readonly GoldGroup[], sentences: readonly Sentence[], normalise: Normalise): GoldRow[] {
  const resolve = labelResolver(sentences, normalise);
  const used = new Map<string, string>();
  return groups.map((group) => {
    const refs = Array.isArray(group) ? group : (group as { refs: readonly string[] }).refs;
    const also = Array.isArray(group) ? [] : ((group as { also?: readonly string[] }).also ?? []);
    return {
      refs: refs.map((label) => {
        const id = resolve(label);
        const earlier = used.get(id);
        if (earlier !== undefined) throw new Error(`gold labels "${earlier}" and "${label}" name the same sentence ${id}`);
        used.set(id, label);
        return id;
      }),
      also: also.map(resolve),
    };
  });
}

/** The sentence ids of each gold group (its `refs`; `also` labels left out). */
export function resolveGold(groups: readonly GoldGroup[], sentences: readonly Sentence[], normalise: Normalise): string[][] {
  return resolveGoldRows(groups, sentences, normalise).map((row) => row.refs);
}

/** Unordered cross-version links of a grouping, as `a\u0000b` keys with `a < b`; rows count their `also` links (eval/links.ts). */
export function crossVersionLinks(groups: readonly (readonly string[] | LinkedRow)[], versionOf: (id: string) => string): Set<string> {
  return rowLinks(
    groups.map((group) => (Array.isArray(group) ? { refs: group } : (group as LinkedRow))),
    versionOf,
    '\u0000',
  );
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

/** The stories with hand-made gold rows, each with its gold file (`src/lib/align/gold.test.ts`, `bench/semantic.ts --gold`). */
export const GOLD_STORIES = [
  ['content/stories/rwanda-us-migrant-talks', 'tests/fixtures/align/rwanda-gold.json'],
  ['tests/fixtures/stories/harbourton-pier-closure', 'tests/fixtures/align/harbourton-gold.json'],
  ['tests/fixtures/stories/strathmore-ferry-fine', 'tests/fixtures/align/strathmore-gold.json'],
] as const;

/** An alignment's groups as the aligner gives them: each group's sentences, and the sentences that also cover it. */
export interface AlignedGroup {
  readonly sentences: readonly string[];
  readonly alsoCoveredBy?: readonly { readonly sentence: string }[] | undefined;
}

/**
 * Link scores of an alignment against gold rows, counting both rows' members and their also-covers links; sentence
 * ids are `<version>/<n>`.
 */
export function goldLinkScores(
  groups: readonly AlignedGroup[],
  sentences: readonly Sentence[],
  labels: readonly GoldGroup[],
  normalise: Normalise,
): LinkScores {
  const versionOf = (id: string): string => id.slice(0, id.indexOf('/'));
  const gold = resolveGoldRows(labels, sentences, normalise);
  const rows = groups.map((group) => ({ refs: group.sentences, also: (group.alsoCoveredBy ?? []).map((cover) => cover.sentence) }));
  return scoreLinks(crossVersionLinks(rows, versionOf), crossVersionLinks(gold, versionOf));
}
