import type { AlignmentLink } from '../align/types.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import type { FactMention } from '../facts/types.ts';
import { urls } from '../urls.ts';
import { SCHEMA_VERSION, type ExportedAlignmentLink, type ExportedFact, type ExportedStory, type ExportedStoryListing } from './schema.ts';

/**
 * The exporter: an analysed story as the public JSON contract of `schema.ts` (`/api/stories/<slug>.json`),
 * the story listing, and the fact table as CSV. Only contract fields are copied, field by field, so
 * nothing the pipeline adds to its model leaks into the export unannounced.
 */
export * from './schema.ts';

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
      ...optional('agency', version.agency),
      ...optional('pageOutlet', version.pageOutlet),
      ...(version.metadataFrom === undefined ? {} : { metadataFrom: { ...version.metadataFrom } }),
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
        ...(fragment.score === undefined ? {} : { score: fragment.score }),
        ...(fragment.signals === undefined ? {} : { signals: [...fragment.signals] }),
      })),
      sentences: version.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text, start: sentence.start, end: sentence.end })),
    })),
    alignment: analysis.alignment.map((group) => ({
      id: group.id,
      sentences: [...group.sentences],
      ...(group.links.length > 0 ? { links: group.links.map(exportedLink) } : {}),
      ...(group.alsoCoveredBy
        ? {
            alsoCoveredBy: group.alsoCoveredBy.map((cover) => ({
              sentence: cover.sentence,
              group: cover.group,
              link: exportedLink(cover.link),
            })),
          }
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
      mentions: fact.mentions.map(exportMention),
      variants: fact.variants.map((variant) => ({ text: variant.text, versions: [...variant.versions] })),
      disagreement: fact.disagreement,
      ...optional('note', fact.note),
      ...(fact.confidence ? { confidence: fact.confidence } : {}),
      ...(fact.evidence
        ? {
            evidence: {
              ...fact.evidence,
              values: [...fact.evidence.values] as [string, string],
              versions: [...fact.evidence.versions] as [string, string],
              sentences: [...fact.evidence.sentences] as [string, string],
            },
          }
        : {}),
      ...optional('resolved', fact.resolved),
      ...optional('speaker', fact.speaker),
      ...(fact.roles ? { roles: [...fact.roles] } : {}),
      ...(fact.paraphrases ? { paraphrases: fact.paraphrases.map(exportMention) } : {}),
      ...(fact.speakerVariants
        ? { speakerVariants: fact.speakerVariants.map((variant) => ({ text: variant.text, versions: [...variant.versions] })) }
        : {}),
    })),
    ...(analysis.factsSkipped ? { factsSkipped: analysis.factsSkipped.map((entry) => ({ ...entry })) } : {}),
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

/** What the listing reads of a story: an analysis, or the site's outline of one (src/site/stories.ts). */
export type ListedStory = Pick<StoryAnalysis, 'slug' | 'title'> & {
  versions: readonly Pick<StoryAnalysis['versions'][number], 'outlet'>[];
};

export function exportStoryListing(analyses: readonly ListedStory[]): ExportedStoryListing {
  return {
    schemaVersion: SCHEMA_VERSION,
    stories: analyses.map((analysis) => ({
      slug: analysis.slug,
      title: analysis.title,
      versions: analysis.versions.length,
      outlets: analysis.versions.map((version) => version.outlet),
      url: urls.apiStory(analysis.slug),
    })),
  };
}

function exportMention(mention: FactMention): ExportedFact['mentions'][number] {
  return { version: mention.version, sentence: mention.sentence, text: mention.text, start: mention.start, end: mention.end };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function exportedLink(link: AlignmentLink): ExportedAlignmentLink {
  return { a: link.a, b: link.b, score: link.score, evidence: [...link.evidence] };
}
