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
}

export interface ExportedStory {
  schemaVersion: number;
  slug: string;
  title: string;
  versions: ExportedVersion[];
  alignment: ExportedAlignmentGroup[];
  pairs: ExportedPair[];
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
      ...(group.links.length > 0 ? { links: group.links.map((link) => ({ a: link.a, b: link.b, score: link.score, evidence: [...link.evidence] })) } : {}),
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
    })),
  };
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
