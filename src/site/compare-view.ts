import { diffPair, markSentences, type MarkedSentence, type PairDiff, type PhraseMove, type RowDiff } from '../lib/diff/index.ts';
import type { AnalysedVersion, StoryAnalysis } from '../lib/types.ts';
import { disagreementsBySentence, factMarks, type FactMark } from './facts-view.ts';
import { findVersion } from './versions.ts';
import { urls } from './urls.ts';

/** A run of a sentence's text, marked or not. */
export interface TextRun {
  text: string;
  kind: 'same' | 'ins' | 'del' | 'style';
  /** Set when the run is one end of a moved phrase: where the other end is. */
  moveTo?: { href: string; label: string } | undefined;
  /** Set when the run is (part of) a fact's mention: the fact in the fact index. */
  fact?: { href: string; label: string; disagreement: boolean } | undefined;
  /** The run was split (at a fact mention): this piece continues the previous one / is continued by the next. */
  continuesPrevious?: boolean | undefined;
  continuesNext?: boolean | undefined;
}

export interface SentenceView {
  n: number;
  href: string;
  runs: TextRun[];
  /** Facts this sentence mentions on which the outlets disagree: links to the fact index. */
  disagreements?: { href: string; label: string }[] | undefined;
}

export interface RowView {
  /** Anchor of the row, `r-<n>`. */
  anchor: string;
  group: string;
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
  diff: PairDiff;
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

/**
 * Diffs of the story shown last, by ordered pair. Only one story's are kept: a build renders a
 * story's pages one after another and never comes back, so a cache of every story only grew
 * (about 30,000 diffs held at 1,000 stories); keying on the story object also means a story
 * re-analysed in dev is never served its old diffs.
 */
let cache: { story: StoryAnalysis; diffs: Map<string, PairDiff> } | undefined;

export function pairDiff(story: StoryAnalysis, a: AnalysedVersion, b: AnalysedVersion): PairDiff {
  if (cache?.story !== story) cache = { story, diffs: new Map() };
  const key = `${a.id}\0${b.id}`;
  let diff = cache.diffs.get(key);
  if (!diff) {
    diff = diffPair(a, b, story.alignment);
    cache.diffs.set(key, diff);
  }
  return diff;
}

export function compareView(story: StoryAnalysis, aId: string, bId: string): CompareView {
  const a = findVersion(story, aId);
  const b = findVersion(story, bId);
  const diff = pairDiff(story, a, b);
  const rowIndexOfMoveEnd = (move: PhraseMove, side: 'a' | 'b'): string => `r-${move[side].row + 1}`;
  const moves = new Map(diff.moves.map((move) => [move.id, move]));
  const disagreements = disagreementsBySentence(story);
  const marksOf = { a: factMarks(story, a), b: factMarks(story, b) };
  const sideView = (row: RowDiff, side: 'a' | 'b'): SentenceView[] => {
    const version = side === 'a' ? a : b;
    return markSentences(row, side).map((marked) => ({
      n: marked.sentence.n,
      href: urls.sentence(story.slug, version.id, marked.sentence.n),
      disagreements: disagreements.get(marked.sentence.id)?.map((fact) => ({ href: `${urls.facts(story.slug)}#${fact.id}`, label: `Outlets disagree on this ${fact.kind}: ${fact.label}` })),
      runs: withFacts(
        textRuns(marked, (moveId) => {
          const move = moves.get(moveId);
          if (!move) return undefined;
          const other = side === 'a' ? 'b' : 'a';
          return { href: `#${rowIndexOfMoveEnd(move, other)}`, label: side === 'a' ? `moved: now in row ${move.b.row + 1}` : `moved: was in row ${move.a.row + 1}` };
        }),
        marksOf[side].get(marked.sentence.id)?.inline ?? [],
        story.slug,
      ),
    }));
  };
  const rows = diff.rows.map((row, index): RowView => {
    const changes = row.ops.filter((op) => op.kind !== 'equal');
    const substantive = changes.some((op) => !op.trivial) || row.a.length === 0 || row.b.length === 0;
    const view: RowView = {
      anchor: `r-${index + 1}`,
      group: row.group,
      a: sideView(row, 'a'),
      b: sideView(row, 'b'),
      changed: substantive || row.moved,
      styleOnly: !substantive && !row.moved && row.ops.some((op) => op.trivial),
    };
    if (row.moved && row.b[0]) view.movedTo = { href: urls.sentence(story.slug, b.id, row.b[0].n), label: `in ${b.outlet} this is sentence ${row.b[0].n}` };
    return view;
  });
  return { a, b, diff, rows, density: { a: strip(diff.rows, rows, 'a'), b: strip(diff.rows, rows, 'b') } };
}

/** A marked sentence as runs of plain and marked text; `moveTarget` resolves phrase-move links. */
export function textRuns(marked: MarkedSentence, moveTarget: (id: string) => TextRun['moveTo'] = () => undefined): TextRun[] {
  const runs: TextRun[] = [];
  const text = marked.sentence.text;
  let cursor = 0;
  for (const mark of marked.marks) {
    if (mark.start > cursor) runs.push({ text: text.slice(cursor, mark.start), kind: 'same' });
    const kind: TextRun['kind'] = mark.kind === 'equal' || mark.trivial ? 'style' : mark.kind === 'insert' ? 'ins' : 'del';
    runs.push({ text: text.slice(mark.start, mark.end), kind, moveTo: mark.move === undefined ? undefined : moveTarget(mark.move) });
    cursor = mark.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), kind: 'same' });
  return runs;
}

/**
 * Splits runs where fact mentions start and end, so a mention can link to its fact inside an
 * insertion or deletion without the two kinds of marking having to nest the other way round.
 */
function withFacts(runs: TextRun[], marks: readonly FactMark[], slug: string): TextRun[] {
  if (marks.length === 0) return runs;
  const result: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    const cuts = new Set([start, end]);
    for (const mark of marks) {
      if (mark.start > start && mark.start < end) cuts.add(mark.start);
      if (mark.end > start && mark.end < end) cuts.add(mark.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const mark = marks.find((candidate) => candidate.start <= from && candidate.end >= to);
      const piece: TextRun = { ...run, text: run.text.slice(from - start, to - start), continuesPrevious: from !== start, continuesNext: to !== end };
      if (mark) piece.fact = { href: `${urls.facts(slug)}#${mark.fact.id}`, label: `${mark.fact.kind}${mark.fact.disagreement ? ' — outlets disagree' : ''}: ${mark.fact.label}`, disagreement: mark.fact.disagreement };
      result.push(piece);
    }
  }
  return result;
}

/** Changed rows placed by where their sentences sit in each version, measured in words. */
function strip(diffRows: readonly RowDiff[], rows: readonly RowView[], side: 'a' | 'b'): StripMark[] {
  const lengths = diffRows.map((row) => (side === 'a' ? row.aTokens : row.bTokens).length);
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  // Rows are in a's order; for b, place each row by its own sentences' position in b.
  const order = side === 'a' ? diffRows.map((_, index) => index) : diffRows.map((_, index) => index).sort((x, y) => firstN(diffRows[x]!.b) - firstN(diffRows[y]!.b));
  const marks: StripMark[] = [];
  let before = 0;
  for (const index of order) {
    const length = lengths[index]!;
    if (length > 0 && rows[index]!.changed) marks.push({ anchor: rows[index]!.anchor, top: before / total, height: Math.max(length / total, 0.004) });
    before += length;
  }
  return marks;
}

function firstN(sentences: readonly { n: number }[]): number {
  return sentences[0]?.n ?? Number.MAX_SAFE_INTEGER;
}
