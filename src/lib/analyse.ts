import { alignStoryWithLimits } from './align/index.ts';
import { cleanVersion } from './clean/index.ts';
import { siftStory } from './clean/evidence/index.ts';
import { applyEdits } from './text/mapped-text.ts';
import { alignmentCells, comparePair, groupDiffer } from './diff/index.ts';
import { StoryInputError } from './errors.ts';
import { buildFactIndexWithWork, type FactAlignmentGroup } from './facts/index.ts';
import { ingestStory, type IngestedVersion } from './ingest/index.ts';
import { analyseProvenance, onlyInOneVersion, pairKey } from './provenance/index.ts';
import { segmentVersion } from './segment/index.ts';
import { vectorKey, vectorTable, type SentenceEmbedder, type SentenceVectors } from './embed/vectors.ts';
import type { AnalysedVersion, FoundMetadata, RemovedFragment, SegmentResult, StoryInput } from './types.ts';
import type { PairEntry, SkippedVersion, StoryAnalysis } from './story-analysis.ts';
import { readsAsEnglish } from './language/english.ts';
import type { AlignmentGroup } from './align/types.ts';

/** Milliseconds spent in each stage, for the build log and the benchmark. */
export type StageTimings = Record<'ingest' | 'clean' | 'segment' | 'align' | 'diff' | 'facts' | 'provenance', number>;

export interface AnalyseOptions {
  /** Receives the time each stage took. */
  onTimings?: (timings: StageTimings) => void;
  /**
   * Sentence vectors for alignment's semantic evidence (`src/lib/embed/`), looked up by sentence
   * text. Absent, alignment reads words only: the fallback for a caller without a model.
   */
  vectors?: SentenceVectors | undefined;
}

/** The one entry point: raw story folder in, the model every page and export reads out. */
export function analyseStory(input: StoryInput, options: AnalyseOptions = {}): StoryAnalysis {
  return finishStory(segmentStory(input), options);
}

/**
 * `analyseStory` with vectors from `embedder`, asked once for the story's distinct sentence texts
 * (sorted, so the order of the versions never changes what it is asked). Without an embedder, the
 * same as `analyseStory`.
 */
export async function analyseStoryEmbedded(
  input: StoryInput,
  embedder: SentenceEmbedder | undefined,
  options: AnalyseOptions = {},
): Promise<StoryAnalysis> {
  const segmented = segmentStory(input);
  if (!embedder) return finishStory(segmented, options);
  const texts = [...new Set(segmented.versions.flatMap((version) => version.sentences.map((sentence) => vectorKey(sentence.text))))].sort();
  const vectors = await embedder.embed(texts);
  const table = vectorTable(
    embedder.model,
    texts.map((text, index) => [text, vectors[index]!] as const),
  );
  return finishStory(segmented, { ...options, vectors: table });
}

interface SegmentedStory {
  story: ReturnType<typeof ingestStory>;
  versions: AnalysedVersion[];
  timings: StageTimings;
}

/** Ingest, clean and segment: everything before alignment. */
function segmentStory(input: StoryInput): SegmentedStory {
  const timings: StageTimings = { ingest: 0, clean: 0, segment: 0, align: 0, diff: 0, facts: 0, provenance: 0 };
  let mark = now();
  const lap = (stage: keyof StageTimings): void => {
    const t = now();
    timings[stage] += t - mark;
    mark = t;
  };
  const story = ingestStory(input);
  lap('ingest');
  const cleaned = story.versions.map((version) =>
    cleanVersion(version.source, { format: version.format, outlet: version.manifest.outlet }),
  );
  const sifted = siftStory(cleaned.map((result, v) => ({ ...result, outlet: story.versions[v]!.manifest.outlet })));
  lap('clean');
  const versions = story.versions.map((version, v) => {
    const ruled = cleaned[v]!;
    const { text: body, fragments } = applyEdits(ruled.body, sifted[v]!.edits);
    // What a saved page states outranks what the cleaner read from the text.
    // A headline the rules found that the story does not support gives way to the pass's (or to none).
    const rules = sifted[v]!.titleUnsupported === true ? { ...ruled.found, title: undefined } : ruled.found;
    const found = { ...sifted[v]!.found, ...definedOnly(rules), ...definedOnly(version.found ?? {}) };
    if (!/[\p{L}\p{N}]/u.test(body.text)) {
      throw new StoryInputError(
        { story: input.dir, file: version.manifest.file },
        'has no article text left after cleaning',
        `the cleaner removed ${ruled.removed.length + fragments.length} fragment(s): is this the right file for "${version.manifest.id}"?`,
      );
    }
    const segmented = segmentVersion(body, version.manifest.id);
    lap('segment');
    const removed = [...version.removed, ...ruled.removed, ...fragments].sort((a, b) => a.start - b.start || a.end - b.end);
    return buildVersion(version, body.text, removed, found, segmented);
  });
  return { story, versions, timings };
}

/** Alignment onwards, on the segmented versions. */
function finishStory(segmented: SegmentedStory, options: AnalyseOptions): StoryAnalysis {
  const { story, versions, timings } = segmented;
  let mark = now();
  const lap = (stage: keyof StageTimings): void => {
    const t = now();
    timings[stage] += t - mark;
    mark = t;
  };
  const { groups: alignment, limits: alignmentLimits } = alignStoryWithLimits(versions, { vectors: options.vectors });
  lap('align');
  // One order, a before b: a pair has one page, and the other version leads in the reader's browser
  // (src/scripts/compare-swap.ts). These diffs give the pairs' figures too.
  const diffRow = groupDiffer(versions);
  const comparisons = versions.flatMap((a, index) => versions.slice(index + 1).map((b) => comparePair(a, b, alignment, {}, diffRow)));
  const pairs: PairEntry[] = comparisons.map((pair) => ({ a: pair.a, b: pair.b, ...pair.summary, degraded: pair.degraded }));
  const cells = alignmentCells(versions, alignment, diffRow);
  lap('diff');
  const { provenance, sharedText } = analyseProvenance(versions, alignment);
  for (const pair of pairs) pair.sharedText = sharedText.get(pairKey(pair.a, pair.b));
  lap('provenance');
  const factsSkipped = unreadVersions(versions);
  const { facts, work: factsWork } = buildFactIndexWithWork(...readVersions(versions, alignment, factsSkipped));
  lap('facts');
  const onlyHere = onlyInOneVersion(versions, alignment, facts);
  lap('provenance');
  options.onTimings?.(timings);
  return {
    slug: story.slug,
    title: story.manifest.title,
    summary: story.manifest.summary,
    versions,
    alignment,
    alignmentLimits,
    pairs,
    comparisons,
    alignmentCells: cells,
    facts,
    factsWork,
    ...(factsSkipped.length > 0 ? { factsSkipped } : {}),
    provenance,
    onlyHere,
  };
}

/** Versions the fact rules cannot read: not English, or mostly not (language's `readsAsEnglish`). */
function unreadVersions(versions: readonly AnalysedVersion[]): SkippedVersion[] {
  return versions.flatMap((version) => {
    const reading = readsAsEnglish(version.sentences.map((sentence) => sentence.text).join(' '));
    return reading.english
      ? []
      : [{ version: version.id, reason: 'language' as const, englishShare: Math.round(reading.share * 100) / 100 }];
  });
}

/** The versions and alignment the facts stage reads: without the skipped versions and their sentences. */
function readVersions(
  versions: AnalysedVersion[],
  alignment: readonly AlignmentGroup[],
  skipped: readonly SkippedVersion[],
): [AnalysedVersion[], readonly FactAlignmentGroup[]] {
  if (skipped.length === 0) return [versions, alignment];
  const out = new Set(skipped.map((entry) => entry.version));
  const kept = versions.filter((version) => !out.has(version.id));
  const sentenceOf = new Set(kept.flatMap((version) => version.sentences.map((sentence) => sentence.id)));
  const groups = alignment
    .map((group) => ({
      id: group.id,
      sentences: group.sentences.filter((id) => sentenceOf.has(id)),
      nearLinks: group.nearLinks?.filter((near) => sentenceOf.has(near.a) && sentenceOf.has(near.b)),
    }))
    .filter((group) => group.sentences.length > 0);
  return [kept, groups];
}

/** The fields of `found` that hold a value, so that spreading it never overwrites with undefined. */
function definedOnly(found: FoundMetadata): FoundMetadata {
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)) as FoundMetadata;
}

function buildVersion(
  version: IngestedVersion,
  text: string,
  removed: RemovedFragment[],
  found: FoundMetadata,
  segmented: SegmentResult,
): AnalysedVersion {
  const { manifest } = version;
  const published = manifest.published ?? found.published;
  return {
    id: manifest.id,
    outlet: manifest.outlet,
    file: manifest.file,
    format: version.format,
    published,
    publishedFrom: manifest.published ? 'manifest' : version.found?.published ? 'page' : found.published ? 'text' : undefined,
    byline: manifest.byline ?? found.byline,
    title: version.title ?? found.title,
    agency: found.agency,
    url: manifest.url,
    note: manifest.note,
    ...pageMetadata(version.found, manifest),
    text: text.trim(),
    removed,
    paragraphs: segmented.paragraphs,
    sentences: segmented.sentences,
    wordCount: segmented.sentences.reduce((sum, sentence) => sum + sentence.tokens.filter((token) => token.word).length, 0),
    originalLength: version.source.original.length,
    removedLength: removed.reduce((sum, fragment) => sum + (fragment.end - fragment.start), 0),
  };
}

/** A saved page's own outlet name, and where the metadata shown was read in it (story.yaml's values outrank it). */
function pageMetadata(found: FoundMetadata | undefined, manifest: IngestedVersion['manifest']): Partial<AnalysedVersion> {
  if (!found?.sources) return {};
  const { outlet, ...sources } = found.sources;
  if (manifest.published) delete sources.published;
  if (manifest.byline) delete sources.byline;
  return {
    ...(found.outlet !== undefined ? { pageOutlet: found.outlet } : {}),
    metadataFrom: { ...sources, ...(outlet !== undefined ? { outlet } : {}) },
  };
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
