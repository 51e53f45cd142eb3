// The story-evidence pass paragraph by paragraph against the hand labels: for every paragraph the pass judges, the
// signals it read and how many of its characters the labels call article text or junk. `--signals <file>` writes
// these rows; `--fit` (eval/fit.ts) fits the signals' weights on them. Figures are counted like eval's `junk` and
// `kept` columns: non-space characters of the file as decoded.
import path from 'node:path';
import { siftStory, type SiftResult } from '../src/lib/clean/evidence/index.ts';
import type { SignalKey, SignalWeights } from '../src/lib/clean/evidence/judge.ts';
import { cleanVersion } from '../src/lib/clean/index.ts';
import { ingestStory } from '../src/lib/ingest/index.ts';
import type { MappedText } from '../src/lib/types.ts';
import type { Span } from './labels.ts';
import { readLabelledStory } from './score-folder.ts';

/** One paragraph the pass judged. `article` and `junk` count its non-space characters the pass can remove. */
export interface ParagraphRow {
  story: string;
  version: string;
  /** The paragraph's position among the version's lines, from 0. */
  line: number;
  article: number;
  junk: number;
  /** The signals that moved its score, by key (judge.ts `SIGNAL_WEIGHTS`). */
  features: SignalKey[];
  score: number;
  chrome: boolean;
  /** Kept whatever its score: a finished paragraph another version matches, or the sentence a cut-off capture stops in. */
  safe: boolean;
  text: string;
}

/** Characters of one version the pass never decides: removed before it (or by its dateline edit), or blank. */
export interface VersionTotals {
  story: string;
  version: string;
  /** Non-space characters of the file inside labelled sentences, and outside them. */
  article: number;
  junk: number;
  /** Of those, the ones no paragraph row holds (the rules, ingest or the pass's dateline edit removed them). */
  articleOutside: number;
  junkOutside: number;
}

export interface JudgedStory {
  rows: ParagraphRow[];
  versions: VersionTotals[];
}

/** A story with its rules already run: the pass can be run again on it with other weights. */
export interface PreparedStory {
  story: string;
  versions: { id: string; body: MappedText; article: Uint8Array }[];
  cleaned: Parameters<typeof siftStory>[0];
}

const isInk = (text: string, i: number): boolean => !/\s/u.test(text[i]!);

/** 1 where a labelled sentence covers the character. */
export function articleMask(length: number, sentences: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const span of sentences) mask.fill(1, span.start, span.end);
  return mask;
}

/**
 * The rows of one story from the pass's result. A paragraph's characters are those of the file it maps to, less
 * those another edit of the pass removes (a dateline opening it, a bracketed aside after its last sentence).
 */
export function judgedStory(prepared: PreparedStory, sifted: readonly SiftResult[]): JudgedStory {
  const rows: ParagraphRow[] = [];
  const versions: VersionTotals[] = [];
  prepared.versions.forEach((version, v) => {
    const { body, article } = version;
    const { original } = body;
    const result = sifted[v]!;
    const verdictSpans = new Set(
      result.verdicts.filter((verdict) => verdict.chrome).map((verdict) => `${verdict.line.start}:${verdict.line.end}`),
    );
    const otherRemovals = result.edits.filter((edit) => edit.replacement === '' && !verdictSpans.has(`${edit.start}:${edit.end}`));
    const counted = new Uint8Array(original.length);
    let articleInRows = 0;
    let junkInRows = 0;
    for (const verdict of result.verdicts) {
      const { line } = verdict;
      let articleChars = 0;
      let junkChars = 0;
      for (let k = line.start; k < line.end; k++) {
        if (otherRemovals.some((edit) => edit.start <= k && k < edit.end)) continue;
        for (let o = body.starts[k]!; o < body.ends[k]!; o++) {
          if (counted[o] || !isInk(original, o)) continue;
          counted[o] = 1;
          if (article[o]) articleChars++;
          else junkChars++;
        }
      }
      articleInRows += articleChars;
      junkInRows += junkChars;
      rows.push({
        story: prepared.story,
        version: version.id,
        line: line.index,
        article: articleChars,
        junk: junkChars,
        features: verdict.features,
        score: verdict.score,
        chrome: verdict.chrome,
        safe: verdict.safe,
        text: line.text,
      });
    }
    let articleAll = 0;
    let junkAll = 0;
    for (let o = 0; o < original.length; o++) {
      if (!isInk(original, o)) continue;
      if (article[o]) articleAll++;
      else junkAll++;
    }
    versions.push({
      story: prepared.story,
      version: version.id,
      article: articleAll,
      junk: junkAll,
      articleOutside: articleAll - articleInRows,
      junkOutside: junkAll - junkInRows,
    });
  });
  return { rows, versions };
}

export interface StoryFigures {
  story: string;
  /** Labelled junk removed and article text kept (eval's `junk` and `kept`), and the versions whose junk removed is below 0.85. */
  junkRemoved: number;
  articleKept: number;
  articleLost: number;
  lowVersions: string[];
}

/**
 * Junk removed and article kept per story, with each row removed or kept as `removed` says (default: as the pass
 * decided). What no row holds was removed before the pass: its junk counts as removed and its article as lost.
 */
export function storyFigures(judged: JudgedStory, removed: (row: ParagraphRow) => boolean = (row) => row.chrome): StoryFigures[] {
  const perVersion = new Map<string, { junkKept: number; articleKept: number }>();
  for (const row of judged.rows) {
    const key = `${row.story}\u0000${row.version}`;
    const tally = perVersion.get(key) ?? { junkKept: 0, articleKept: 0 };
    if (!removed(row)) {
      tally.junkKept += row.junk;
      tally.articleKept += row.article;
    }
    perVersion.set(key, tally);
  }
  const stories = new Map<string, { junk: number; junkKept: number; article: number; articleKept: number; low: string[] }>();
  for (const version of judged.versions) {
    const tally = perVersion.get(`${version.story}\u0000${version.version}`) ?? { junkKept: 0, articleKept: 0 };
    const story = stories.get(version.story) ?? { junk: 0, junkKept: 0, article: 0, articleKept: 0, low: [] };
    story.junk += version.junk;
    story.junkKept += tally.junkKept;
    story.article += version.article;
    story.articleKept += tally.articleKept;
    if (version.junk > 0 && 1 - tally.junkKept / version.junk < 0.85) story.low.push(version.version);
    stories.set(version.story, story);
  }
  return [...stories].map(([story, s]) => ({
    story,
    junkRemoved: s.junk === 0 ? 1 : 1 - s.junkKept / s.junk,
    articleKept: s.article === 0 ? 1 : s.articleKept / s.article,
    articleLost: s.article - s.articleKept,
    lowVersions: s.low,
  }));
}

/** Reads a labelled story folder and runs the rules on every version (the pass is left to `siftPrepared`). */
export async function prepareStory(dir: string, root: string): Promise<PreparedStory> {
  const { slug, input, texts, labels } = await readLabelledStory(dir);
  const story = ingestStory(input);
  // The outlet goes with each version to the pass, as analyseStory gives it.
  const cleaned = story.versions.map((version) => ({
    ...cleanVersion(version.source, { format: version.format, outlet: version.manifest.outlet }),
    outlet: version.manifest.outlet,
  }));
  return {
    story: path.relative(root, dir) || slug,
    cleaned,
    versions: story.versions.map((version, v) => {
      const { body } = cleaned[v]!;
      const text = texts.get(version.manifest.id)!;
      if (body.original !== text)
        throw new Error(`${dir}: ${version.manifest.file}: the cleaned text does not map onto the file as decoded`);
      return {
        id: version.manifest.id,
        body,
        article: articleMask(text.length, labels.versions.get(version.manifest.id)?.sentences ?? []),
      };
    }),
  };
}

/** The pass run on a prepared story, with `weights` or the judge's own. */
export function siftPrepared(prepared: PreparedStory, weights?: SignalWeights): JudgedStory {
  return judgedStory(prepared, siftStory(prepared.cleaned, { weights }));
}
