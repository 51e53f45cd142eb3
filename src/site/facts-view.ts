import { FACT_KINDS, type Fact, type FactKind } from '../lib/facts/types.ts';
import type { AnalysedVersion } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { formatCitation } from './citation.ts';
import { noteWithOutlets } from './flag-note.ts';
import { skippedNotice } from './language-notice.ts';
import { standingText, variantStanding } from './odd-variants.ts';
import { formatDate, urls } from './urls.ts';

export interface FactCell {
  version: string;
  /** The variant this version carries, as it words it; absent when the version does not carry the fact. */
  text?: string | undefined;
  /** Where the version says it, in the reading view. */
  href?: string | undefined;
  /** Further mentions in the same version. */
  more: number;
  /** The version carries the variant that stands out of a disagreement (fewer outlets give it): the cell shows ⚠. */
  odd: boolean;
}

export interface FactRow {
  fact: Fact;
  cells: FactCell[];
  carriers: number;
  onlyIn?: string | undefined;
  /** The kinds this row stands for: its fact's, then any same-named fact's folded into it. */
  kinds: FactKind[];
  /** Ids of same-named facts folded into this row; each stays an anchor on the row, so links to it still land. */
  aliases: string[];
  /** Why the variants disagree, naming the outlets (the index names version ids). */
  note?: string | undefined;
  /** A disagreement: how the outlets stand on it ("4 outlets against 1; …", or an even split). */
  standing?: string | undefined;
  /** A quote: the speaker's other spellings, naming the outlets (`also written “Ilse Brannick” (Paper)`). */
  speakerAlso?: string | undefined;
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
  /** The facts stage did not read this version (another language): its zeros say nothing. */
  skipped: boolean;
}

export interface FactsView {
  /** Every row, disagreements first (the index's own order). */
  rows: FactRow[];
  /** The rows shown open: disagreements and facts two or more outlets carry. */
  shared: FactRow[];
  /** Facts one outlet alone carries, folded away below the table. */
  single: FactRow[];
  kinds: KindSummary[];
  coverage: OutletCoverage[];
  disagreements: number;
  /** Flags with strong evidence (corresponding sentences, one slot): the ones shown first. */
  likely: number;
  /** Flags with weaker evidence (a hedge, a reworded copy, a title): listed after the likely ones. */
  possible: number;
  /** Why some versions have no facts at all (the fact rules read English), when the facts stage left any out. */
  skippedNotice?: string | undefined;
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
  const { facts, folded } = withoutDuplicates(story.facts);
  const rows = facts.map((fact): FactRow => {
    const standing = variantStanding(fact);
    const cells = story.versions.map((version): FactCell => {
      const mentions = fact.mentions.filter((mention) => mention.version === version.id);
      const variant = fact.variants.find((candidate) => candidate.versions.includes(version.id));
      const first = mentions[0];
      return {
        version: version.id,
        text: variant?.text ?? first?.text,
        href: first ? urls.sentenceById(story.slug, first.sentence) : undefined,
        more: Math.max(0, mentions.length - 1),
        odd: standing.odd.has(version.id),
      };
    });
    const carrying = cells.filter((cell) => cell.text !== undefined);
    const onlyIn = carrying.length === 1 ? story.versions.find((version) => version.id === carrying[0]!.version)?.outlet : undefined;
    const also = folded.get(fact.id) ?? [];
    return {
      fact,
      cells,
      carriers: carrying.length,
      onlyIn,
      kinds: [fact.kind, ...also.map((other) => other.kind)],
      aliases: also.map((other) => other.id),
      note: fact.note === undefined ? undefined : noteWithOutlets(fact.note, story.versions),
      standing: standingText(standing),
      speakerAlso: speakerAlso(fact, story.versions),
    };
  });
  const kinds = FACT_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    count: rows.filter((row) => row.kinds.includes(kind)).length,
    disagreements: rows.filter((row) => row.kinds.includes(kind) && row.fact.disagreement).length,
  })).filter((summary) => summary.count > 0);
  const skipped = new Set((story.factsSkipped ?? []).map((entry) => entry.version));
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
    return { version, byKind, total, unique, skipped: skipped.has(version.id) };
  });
  const flags = flagsToShow(story.facts);
  // A fact one outlet alone carries has nothing to compare; folded, it leaves the table to what outlets share.
  const isSingle = (row: FactRow): boolean => row.carriers <= 1 && !row.fact.disagreement;
  return {
    rows,
    shared: rows.filter((row) => !isSingle(row)),
    single: rows.filter(isSingle),
    kinds,
    coverage,
    disagreements: story.facts.filter((fact) => fact.disagreement).length,
    likely: flags.likely.length,
    possible: flags.possible.length,
    skippedNotice: skippedNotice(story),
  };
}

/** Kinds that name who is cited as a source elsewhere: the same name as a source is one row. */
const NAMED_KINDS: readonly FactKind[] = ['person', 'organization'];

/**
 * The facts with each person or organisation that is also listed, under the same name, as a source
 * folded into one row (a reader saw "Reuters" twice). The row kept is the flagged one, else the
 * source; two flagged facts both stay, as each says something of its own.
 */
function withoutDuplicates(facts: readonly Fact[]): { facts: Fact[]; folded: Map<string, Fact[]> } {
  const key = (fact: Fact): string => fact.label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const sources = new Map(facts.filter((fact) => fact.kind === 'source').map((fact) => [key(fact), fact]));
  const dropped = new Set<string>();
  const folded = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!NAMED_KINDS.includes(fact.kind)) continue;
    const source = sources.get(key(fact));
    if (!source || dropped.has(source.id) || (fact.disagreement && source.disagreement)) continue;
    const [kept, other] = fact.disagreement ? [fact, source] : [source, fact];
    dropped.add(other.id);
    folded.set(kept.id, [...(folded.get(kept.id) ?? []), other]);
  }
  return { facts: facts.filter((fact) => !dropped.has(fact.id)), folded };
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

/** A quote's speaker as other outlets write the name, the outlets named as the page names them. */
function speakerAlso(fact: Fact, versions: readonly { id: string; outlet: string }[]): string | undefined {
  if (!fact.speakerVariants?.length) return undefined;
  const spellings = fact.speakerVariants.map((variant) => `“${variant.text}” (${variant.versions.join(', ')})`);
  return noteWithOutlets(`also written ${spellings.join(', ')}`, versions);
}
