import { diffPair, markSentences, type MarkedSentence, type PairDiff, type PhraseMove, type RowDiff } from '../lib/diff/index.ts';
import type { AnalysedVersion, Sentence } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { disagreementFlags, factMentions, withFacts } from './fact-links.ts';
import { findVersion } from './versions.ts';
import { perStory } from './story-cache.ts';
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

export function compareView(story: StoryAnalysis, aId: string, bId: string): CompareView {
  const a = findVersion(story, aId);
  const b = findVersion(story, bId);
  // Not cached: a build asks for each ordered pair once (its compare page), and holding a story's
  // diffs until its last page only made them outlive the young generation (slow scavenges).
  const diff = diffPair(a, b, story.alignment);
  const rowIndexOfMoveEnd = (move: PhraseMove, side: 'a' | 'b'): string => `r-${move[side].row + 1}`;
  const moves = new Map(diff.moves.map((move) => [move.id, move]));
  const flags = disagreementFlags(story, undefined);
  const mentions = { a: factMentions(story, a.id), b: factMentions(story, b.id) };
  const sideView = (row: RowDiff, side: 'a' | 'b'): SentenceView[] => {
    const version = side === 'a' ? a : b;
    return markSentences(row, side).map((marked) => {
      if (marked.marks.length === 0) return unmarkedSentence(story, marked.sentence);
      return {
        n: marked.sentence.n,
        href: urls.sentence(story.slug, version.id, marked.sentence.n),
        disagreements: flags.get(marked.sentence.id),
        runs: withFacts(
          textRuns(marked, (moveId) => {
            const move = moves.get(moveId);
            if (!move) return undefined;
            const other = side === 'a' ? 'b' : 'a';
            return {
              href: `#${rowIndexOfMoveEnd(move, other)}`,
              label: side === 'a' ? `moved: now in row ${move.b.row + 1}` : `moved: was in row ${move.a.row + 1}`,
            };
          }),
          mentions[side].get(marked.sentence.id) ?? [],
        ),
      };
    });
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
    if (row.moved && row.b[0])
      view.movedTo = { href: urls.sentence(story.slug, b.id, row.b[0].n), label: `in ${b.outlet} this is sentence ${row.b[0].n}` };
    return view;
  });
  return { a, b, diff, rows, density: { a: strip(diff.rows, rows, 'a'), b: strip(diff.rows, rows, 'b') } };
}

/**
 * A sentence the diff leaves unmarked looks the same on every compare page of its story (about
 * half of all shown sentences), so its view is made once and shared, and so is its markup.
 */
const unmarkedSentence = perStory((story, sentence: Sentence): SentenceView => ({
  n: sentence.n,
  href: urls.sentence(story.slug, sentence.version, sentence.n),
  disagreements: disagreementFlags(story, undefined).get(sentence.id),
  runs: withFacts(textRuns({ sentence, marks: [] }), factMentions(story, sentence.version).get(sentence.id) ?? []),
}));

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

/** Changed rows placed by where their sentences sit in each version, measured in words. */
function strip(diffRows: readonly RowDiff[], rows: readonly RowView[], side: 'a' | 'b'): StripMark[] {
  const lengths = diffRows.map((row) => (side === 'a' ? row.aTokens : row.bTokens).length);
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  // Rows are in a's order; for b, place each row by its own sentences' position in b.
  const order =
    side === 'a'
      ? diffRows.map((_, index) => index)
      : diffRows.map((_, index) => index).sort((x, y) => firstN(diffRows[x]!.b) - firstN(diffRows[y]!.b));
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
