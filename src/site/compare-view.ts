import type { PairComparison, PairRow, PairSummary, TextMark } from '../lib/diff/types.ts';
import type { AnalysedVersion, Sentence } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { disagreementFlags, sentenceFacts, withFacts, type FactLink, type FlagLink } from './fact-links.ts';
import { findVersion, sentenceOf } from './versions.ts';
import { perStory } from './story-cache.ts';
import { urls } from './urls.ts';

/** A run of a sentence's text, marked or not. */
export interface TextRun {
  text: string;
  kind: 'same' | 'ins' | 'del' | 'style';
  /** Set when the run is one end of a moved phrase: where the other end is. */
  moveTo?: { href: string; label: string } | undefined;
  /** Set when the run is (part of) a fact's mention: the fact in the fact index. */
  fact?: FactLink | undefined;
  /** The run was split (at a fact mention): this piece continues the previous one / is continued by the next. */
  continuesPrevious?: boolean | undefined;
  continuesNext?: boolean | undefined;
}

export interface SentenceView {
  n: number;
  href: string;
  runs: TextRun[];
  /** Facts this sentence mentions on which the outlets disagree: links to the fact index. */
  disagreements?: FlagLink[] | undefined;
}

export interface RowView {
  /** Anchor of the row, `r-<n>`. */
  anchor: string;
  a: SentenceView[];
  b: SentenceView[];
  /** The row holds a change that is more than house style. */
  changed: boolean;
  /** The row's changes are only style (quotes, dashes, case). */
  styleOnly: boolean;
  /** Where the b side's sentence actually sits, when the row was moved. */
  movedTo?: { href: string; label: string } | undefined;
  movedFrom?: { href: string; label: string } | undefined;
}

export interface CompareView {
  a: AnalysedVersion;
  b: AnalysedVersion;
  /** The pair's figures, in words, and whether a diff limit made them approximate. */
  summary: PairSummary;
  degraded: boolean;
  rows: RowView[];
  /** Position (0..1 of the article) and anchor of every changed row, for the change-density strip. */
  density: { a: StripMark[]; b: StripMark[] };
}

export interface StripMark {
  anchor: string;
  /** Top and height as fractions of the version's length in words. */
  top: number;
  height: number;
}

/** The compare page of versions a and b, read off the analysis's comparison of that ordered pair. */
export function compareView(story: StoryAnalysis, aId: string, bId: string): CompareView {
  const a = findVersion(story, aId);
  const b = findVersion(story, bId);
  const comparison = comparisonOf(story, `${aId}\u0000${bId}`);
  const flags = disagreementFlags(story, undefined);
  const facts = { a: sentenceFacts(story, a.id), b: sentenceFacts(story, b.id) };
  const sideView = (row: PairRow, side: 'a' | 'b'): SentenceView[] => {
    const version = side === 'a' ? a : b;
    return row[side].map((entry) => {
      const sentence = sentenceOf(version, entry.n);
      if (entry.marks === undefined) return unmarkedSentence(story, sentence);
      const moveTo = (other: number): TextRun['moveTo'] => ({
        href: `#r-${other + 1}`,
        label: side === 'a' ? `moved: now in row ${other + 1}` : `moved: was in row ${other + 1}`,
      });
      return {
        n: sentence.n,
        href: urls.sentence(story.slug, version.id, sentence.n),
        disagreements: flags.get(sentence.id),
        runs: withFacts(textRuns(sentence.text, entry.marks, moveTo), facts[side].get(sentence.id)?.mentions ?? []),
      };
    });
  };
  const rows = comparison.rows.map((row, index): RowView => {
    const marks = [...row.a, ...row.b].flatMap((entry) => entry.marks ?? []);
    const substantive = marks.some((mark) => mark[2] !== 'style') || row.a.length === 0 || row.b.length === 0;
    const moved = row.moved === true;
    const view: RowView = {
      anchor: `r-${index + 1}`,
      a: sideView(row, 'a'),
      b: sideView(row, 'b'),
      changed: substantive || moved,
      styleOnly: !substantive && !moved && marks.some((mark) => mark[2] === 'style'),
    };
    if (moved && row.b[0])
      view.movedTo = { href: urls.sentence(story.slug, b.id, row.b[0].n), label: `in ${b.outlet} this is sentence ${row.b[0].n}` };
    return view;
  });
  return {
    a,
    b,
    summary: comparison.summary,
    degraded: comparison.degraded,
    rows,
    density: { a: strip(a, comparison.rows, rows, 'a'), b: strip(b, comparison.rows, rows, 'b') },
  };
}

/** A story's comparisons by `<a>\0<b>`, indexed once for its compare pages. */
const comparisons = perStory((story, _all: undefined) => new Map(story.comparisons.map((pair) => [`${pair.a}\u0000${pair.b}`, pair])));

function comparisonOf(story: StoryAnalysis, key: string): PairComparison {
  const comparison = comparisons(story, undefined).get(key);
  if (!comparison) throw new Error(`Story "${story.slug}" has no comparison of "${key.replace('\u0000', '" with "')}"`);
  return comparison;
}

/**
 * A sentence the diff leaves unmarked looks the same on every compare page of its story (about
 * half of all shown sentences), so its view is made once and shared, and so is its markup.
 */
const unmarkedSentence = perStory((story, sentence: Sentence): SentenceView => ({
  n: sentence.n,
  href: urls.sentence(story.slug, sentence.version, sentence.n),
  disagreements: disagreementFlags(story, undefined).get(sentence.id),
  runs: withFacts(textRuns(sentence.text, []), sentenceFacts(story, sentence.version).get(sentence.id)?.mentions ?? []),
}));

/** A sentence's text as runs of plain and marked text; `moveTo` links a moved phrase to the row of its other end. */
export function textRuns(
  text: string,
  marks: readonly TextMark[],
  moveTo: (row: number) => TextRun['moveTo'] = () => undefined,
): TextRun[] {
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const [start, end, kind, row] of marks) {
    if (start > cursor) runs.push({ text: text.slice(cursor, start), kind: 'same' });
    runs.push({ text: text.slice(start, end), kind, moveTo: row === undefined ? undefined : moveTo(row) });
    cursor = end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), kind: 'same' });
  return runs;
}

/** Changed rows placed by where their sentences sit in each version, measured in tokens. */
function strip(version: AnalysedVersion, pairRows: readonly PairRow[], rows: readonly RowView[], side: 'a' | 'b'): StripMark[] {
  const lengths = pairRows.map((row) => row[side].reduce((sum, entry) => sum + sentenceOf(version, entry.n).tokens.length, 0));
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  // Rows are in a's order; for b, place each row by its own sentences' position in b.
  const order =
    side === 'a'
      ? pairRows.map((_, index) => index)
      : pairRows.map((_, index) => index).sort((x, y) => firstN(pairRows[x]!.b) - firstN(pairRows[y]!.b));
  const marks: StripMark[] = [];
  let before = 0;
  for (const index of order) {
    const length = lengths[index]!;
    if (length > 0 && rows[index]!.changed)
      marks.push({ anchor: rows[index]!.anchor, top: before / total, height: Math.max(length / total, 0.004) });
    before += length;
  }
  return marks;
}

function firstN(sentences: readonly { n: number }[]): number {
  return sentences[0]?.n ?? Number.MAX_SAFE_INTEGER;
}
