import type { StoryAnalysis } from './types.ts';

/**
 * The public JSON contract (`/api/stories/<slug>.json`). Field names never change once published;
 * new fields may be added. Bump SCHEMA_VERSION only for a change that breaks readers.
 */
export const SCHEMA_VERSION = 1;

export interface ExportedSentence {
  id: string;
  text: string;
  start: number;
  end: number;
}

export interface ExportedVersion {
  id: string;
  outlet: string;
  file: string;
  published?: string;
  byline?: string;
  title?: string;
  url?: string;
  note?: string;
  text: string;
  removed: { text: string; reason: string; rule: string; start: number; end: number; replacement?: string }[];
  sentences: ExportedSentence[];
}

export interface ExportedAlignmentGroup {
  id: string;
  sentences: string[];
  links?: { a: string; b: string; score: number; evidence: string[] }[];
}

export interface ExportedPair {
  a: string;
  b: string;
  similarity: number;
  shared: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
  degraded: boolean;
  /** Provenance: words of a (equally of b) inside common runs of at least `sharedRunMin` words. */
  sharedRunWords?: number;
  /** How many such runs, and the longest, in words. */
  sharedRuns?: number;
  longestRun?: number;
  /** Share of a's words, and of b's, inside those runs (0..1). */
  sharedRunShareA?: number;
  sharedRunShareB?: number;
  sharedRunMin?: number;
  /** A limit (word cap, repetitive text) cut the run search short; the figures may be low. */
  sharedRunCapped?: boolean;
}

/** Who likely copied or rewrote whom; one entry per pair of versions. */
export interface ExportedProvenance {
  /** The likely source, or the first of the pair in story order when `direction` is `unknown`. */
  from: string;
  to: string;
  kind: 'copy' | 'rewrite' | 'independent';
  evidence: string[];
  direction: 'likely' | 'possible' | 'unknown';
  confidence: 'high' | 'medium' | 'low';
  /** Evidence of later edits or of separate texts (a corrected spelling, a doubled word only one has). */
  differences: string[];
  /** Share of `to`'s words inside runs shared with `from` (0..1). */
  share: number;
}

export interface ExportedFact {
  id: string;
  kind: string;
  label: string;
  mentions: { version: string; sentence: string; text: string; start: number; end: number }[];
  variants: { text: string; versions: string[] }[];
  disagreement: boolean;
  note?: string;
  resolved?: string;
  speaker?: string;
}

export interface ExportedStory {
  schemaVersion: number;
  slug: string;
  title: string;
  versions: ExportedVersion[];
  alignment: ExportedAlignmentGroup[];
  pairs: ExportedPair[];
  provenance?: ExportedProvenance[];
  facts: ExportedFact[];
}

export interface ExportedStoryListing {
  schemaVersion: number;
  stories: { slug: string; title: string; versions: number; outlets: string[]; url: string }[];
}

export function exportStory(analysis: StoryAnalysis): ExportedStory {
  return {
    schemaVersion: SCHEMA_VERSION,
    slug: analysis.slug,
    title: analysis.title,
    versions: analysis.versions.map((version) => ({
      id: version.id,
      outlet: version.outlet,
      file: version.file,
      ...optional('published', version.published),
      ...optional('byline', version.byline),
      ...optional('title', version.title),
      ...optional('url', version.url),
      ...optional('note', version.note),
      text: version.text,
      removed: version.removed.map((fragment) => ({
        text: fragment.text,
        reason: fragment.reason,
        rule: fragment.rule,
        start: fragment.start,
        end: fragment.end,
        ...optional('replacement', fragment.replacement),
      })),
      sentences: version.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, start: sentence.start, end: sentence.end })),
    })),
    alignment: analysis.alignment.map((group) => ({
      id: group.id,
      sentences: [...group.sentences],
      ...(group.links.length > 0
        ? { links: group.links.map((link) => ({ a: link.a, b: link.b, score: link.score, evidence: [...link.evidence] })) }
        : {}),
    })),
    pairs: analysis.pairs.map((pair) => ({
      a: pair.a,
      b: pair.b,
      similarity: pair.similarity,
      shared: pair.shared,
      changed: pair.changed,
      added: pair.added,
      removed: pair.removed,
      moved: pair.moved,
      degraded: pair.degraded,
      ...(pair.sharedText
        ? {
            sharedRunWords: pair.sharedText.words,
            sharedRuns: pair.sharedText.runs,
            longestRun: pair.sharedText.longestRun,
            sharedRunShareA: pair.sharedText.shareA,
            sharedRunShareB: pair.sharedText.shareB,
            sharedRunMin: pair.sharedText.minRun,
            sharedRunCapped: pair.sharedText.capped,
          }
        : {}),
    })),
    provenance: analysis.provenance.links.map((link) => ({
      from: link.from,
      to: link.to,
      kind: link.kind,
      evidence: [...link.evidence],
      direction: link.direction,
      confidence: link.confidence,
      differences: [...link.differences],
      share: link.share,
    })),
    facts: analysis.facts.map((fact) => ({
      id: fact.id,
      kind: fact.kind,
      label: fact.label,
      mentions: fact.mentions.map((mention) => ({
        version: mention.version,
        sentence: mention.sentence,
        text: mention.text,
        start: mention.start,
        end: mention.end,
      })),
      variants: fact.variants.map((variant) => ({ text: variant.text, versions: [...variant.versions] })),
      disagreement: fact.disagreement,
      ...optional('note', fact.note),
      ...optional('resolved', fact.resolved),
      ...optional('speaker', fact.speaker),
    })),
  };
}

/**
 * The fact table as CSV, as the facts page shows it: one row per fact, one column per version
 * holding the variant that version carries. Cells that a spreadsheet would run as a formula
 * (starting with = + - @) are prefixed with an apostrophe: article text is data, never code.
 */
export function exportFactsCsv(analysis: StoryAnalysis): string {
  const header = ['id', 'kind', 'label', 'disagreement', ...analysis.versions.map((version) => version.id)];
  const rows = analysis.facts.map((fact) => [
    fact.id,
    fact.kind,
    fact.label,
    fact.disagreement ? 'yes' : 'no',
    ...analysis.versions.map((version) => fact.variants.find((variant) => variant.versions.includes(version.id))?.text ?? ''),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportStoryListing(analyses: readonly StoryAnalysis[]): ExportedStoryListing {
  return {
    schemaVersion: SCHEMA_VERSION,
    stories: analyses.map((analysis) => ({
      slug: analysis.slug,
      title: analysis.title,
      versions: analysis.versions.length,
      outlets: analysis.versions.map((version) => version.outlet),
      url: `/api/stories/${analysis.slug}.json`,
    })),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
