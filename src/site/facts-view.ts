import { FACT_KINDS, type Fact, type FactKind } from '../lib/facts/types.ts';
import type { AnalysedVersion } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { formatCitation } from './citation.ts';
import { formatDate, urls } from './urls.ts';

export interface FactCell {
  version: string;
  /** The variant this version carries, as it words it; absent when the version does not carry the fact. */
  text?: string | undefined;
  /** Where the version says it, in the reading view. */
  href?: string | undefined;
  /** Further mentions in the same version. */
  more: number;
}

export interface FactRow {
  fact: Fact;
  cells: FactCell[];
  carriers: number;
  onlyIn?: string | undefined;
}

export interface KindSummary {
  kind: FactKind;
  label: string;
  count: number;
  disagreements: number;
}

export interface OutletCoverage {
  version: AnalysedVersion;
  /** Facts this version carries, by kind. */
  byKind: Record<FactKind, number>;
  total: number;
  /** Facts no other version carries. */
  unique: number;
}

export interface FactsView {
  rows: FactRow[];
  kinds: KindSummary[];
  coverage: OutletCoverage[];
  disagreements: number;
  /** Flags with strong evidence (corresponding sentences, one slot): the ones shown first. */
  likely: number;
  /** Flags with weaker evidence (a hedge, a reworded copy, a title): listed after the likely ones. */
  possible: number;
}

/**
 * Which flags a page shows first: `likely` ones (corresponding sentences, one slot, values that differ
 * in substance), then, folded or after them, `possible` ones (weaker evidence). A flag without a
 * confidence (an older analysis) counts as likely.
 */
export function flagsToShow(facts: readonly Fact[]): { likely: Fact[]; possible: Fact[] } {
  const flags = facts.filter((fact) => fact.disagreement);
  return {
    likely: flags.filter((fact) => fact.confidence !== 'possible'),
    possible: flags.filter((fact) => fact.confidence === 'possible'),
  };
}

export const KIND_LABELS: Record<FactKind, string> = {
  quote: 'Quotes',
  number: 'Numbers',
  date: 'Dates',
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  source: 'Sources',
  claim: 'Claims',
};

/** The fact × outlet table of a story, disagreements first (the index's own order). */
export function factsView(story: StoryAnalysis): FactsView {
  const rows = story.facts.map((fact): FactRow => {
    const cells = story.versions.map((version): FactCell => {
      const mentions = fact.mentions.filter((mention) => mention.version === version.id);
      const variant = fact.variants.find((candidate) => candidate.versions.includes(version.id));
      const first = mentions[0];
      return {
        version: version.id,
        text: variant?.text ?? first?.text,
        href: first ? urls.sentenceById(story.slug, first.sentence) : undefined,
        more: Math.max(0, mentions.length - 1),
      };
    });
    const carrying = cells.filter((cell) => cell.text !== undefined);
    const onlyIn = carrying.length === 1 ? story.versions.find((version) => version.id === carrying[0]!.version)?.outlet : undefined;
    return { fact, cells, carriers: carrying.length, onlyIn };
  });
  const kinds = FACT_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    count: story.facts.filter((fact) => fact.kind === kind).length,
    disagreements: story.facts.filter((fact) => fact.kind === kind && fact.disagreement).length,
  })).filter((summary) => summary.count > 0);
  const coverage = story.versions.map((version): OutletCoverage => {
    const byKind = Object.fromEntries(FACT_KINDS.map((kind) => [kind, 0])) as Record<FactKind, number>;
    let total = 0;
    let unique = 0;
    for (const row of rows) {
      if (!row.cells.some((cell) => cell.version === version.id && cell.text !== undefined)) continue;
      byKind[row.fact.kind]++;
      total++;
      if (row.carriers === 1) unique++;
    }
    return { version, byKind, total, unique };
  });
  const flags = flagsToShow(story.facts);
  return {
    rows,
    kinds,
    coverage,
    disagreements: story.facts.filter((fact) => fact.disagreement).length,
    likely: flags.likely.length,
    possible: flags.possible.length,
  };
}

/**
 * A fact's citation: one line per variant, each with the outlets that carry it (and their dates
 * where shown), the variant's own words, and the fact's permalink.
 */
export function factCitation(site: URL | undefined, story: StoryAnalysis, fact: Fact): string {
  const path = urls.fact(story.slug, fact.id);
  const url = site ? new URL(path, site).href : path;
  // One line per outlet, each with its own date (or none): a variant's outlets rarely share a day.
  return fact.variants
    .flatMap((variant) =>
      story.versions
        .filter((version) => variant.versions.includes(version.id))
        .map((version) =>
          formatCitation({
            outlet: version.outlet,
            date: version.published ? formatDate(version.published) : undefined,
            quote: variant.text,
            url,
          }),
        ),
    )
    .join('\n');
}
