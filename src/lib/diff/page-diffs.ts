import type { Sentence } from '../types.ts';
import { concatTokens, diffSentenceGroup } from './group-diff.ts';
import { markSentences } from './marks.ts';
import { diffPair } from './pair-diff.ts';
import type {
  CellDiff,
  CellDiffs,
  GroupDiff,
  GroupLike,
  PairComparison,
  PairDiffOptions,
  PairRow,
  RowDiffer,
  RowSentence,
  SentenceMark,
  TextMark,
  VersionSentences,
} from './types.ts';

/**
 * What the pages show of the diff, computed once in the analysis so that no page runs it: every
 * ordered pair's rows with their marks (`comparePair`) and every cell of the alignment table
 * (`alignmentCells`), stored compactly (sentences by number, marks as tuples). Give both one
 * `groupDiffer(versions)`, so that each distinct row is diffed once.
 */
export function comparePair(
  a: VersionSentences,
  b: VersionSentences,
  groups: readonly GroupLike[],
  options?: PairDiffOptions,
  diffRow: RowDiffer = diffSentenceGroup,
): PairComparison {
  const diff = diffPair(a, b, groups, options, diffRow);
  const moves = new Map(diff.moves.map((move) => [move.id, move]));
  const rows = diff.rows.map((row): PairRow => ({
    a: markSentences(row, 'a').map(({ sentence, marks }) => rowSentence(sentence, marks, (id) => moves.get(id)?.b.row)),
    b: markSentences(row, 'b').map(({ sentence, marks }) => rowSentence(sentence, marks, (id) => moves.get(id)?.a.row)),
    ...(row.moved ? { moved: true } : {}),
  }));
  return { a: a.id, b: b.id, summary: diff.summary, degraded: diff.degraded, rows };
}

function rowSentence(sentence: Sentence, marks: readonly SentenceMark[], otherEnd: (move: string) => number | undefined): RowSentence {
  return marks.length === 0 ? { n: sentence.n } : { n: sentence.n, marks: marks.map((mark) => textMark(mark, otherEnd)) };
}

function textMark(mark: SentenceMark, otherEnd: (move: string) => number | undefined = () => undefined): TextMark {
  const kind = mark.kind === 'equal' || mark.trivial ? 'style' : mark.kind === 'insert' ? 'ins' : 'del';
  const row = mark.move === undefined ? undefined : otherEnd(mark.move);
  return row === undefined ? [mark.start, mark.end, kind] : [mark.start, mark.end, kind, row];
}

/**
 * Every cell of the alignment table against every base version: for each group, each version's
 * sentences diffed against each other version's as the base. A cell of base X and version Y is the
 * row of that group in the pair X, Y before phrase moves cut its ops, so a `diffRow` shared with
 * `comparePair` (`groupDiffer`) makes no diff of its own for it.
 */
export function alignmentCells(
  versions: readonly VersionSentences[],
  groups: readonly GroupLike[],
  diffRow: RowDiffer = groupDiffer(versions),
): CellDiffs {
  const members = membersByGroup(versions, groups);
  const cells: Record<string, Record<string, Record<string, CellDiff>>> = {};
  for (const group of groups) {
    const byVersion = members.get(group.id)!;
    for (const [baseId, base] of byVersion) {
      for (const [versionId, own] of byVersion) {
        if (versionId === baseId) continue;
        const diff = diffRow(base, own);
        const marks = markSentences({ ...diff, a: base, b: own }, 'b').map((marked) => marked.marks.map((mark) => textMark(mark)));
        const differs = diff.ops.some((op) => op.kind !== 'equal' && !op.trivial);
        if (!differs && marks.every((list) => list.length === 0)) continue;
        ((cells[group.id] ??= {})[baseId] ??= {})[versionId] = { marks, differs };
      }
    }
  }
  return cells;
}

/** Each group's sentences by version (in story order), each version's in reading order. */
function membersByGroup(versions: readonly VersionSentences[], groups: readonly GroupLike[]): Map<string, Map<string, Sentence[]>> {
  const groupOf = new Map<string, string>();
  for (const group of groups) for (const id of group.sentences) groupOf.set(id, group.id);
  const members = new Map(groups.map((group) => [group.id, new Map<string, Sentence[]>()]));
  for (const version of versions) {
    for (const sentence of version.sentences) {
      const group = groupOf.get(sentence.id);
      if (group === undefined) continue;
      const byVersion = members.get(group)!;
      const own = byVersion.get(version.id);
      if (own) own.push(sentence);
      else byVersion.set(version.id, [sentence]);
    }
  }
  for (const byVersion of members.values()) for (const own of byVersion.values()) own.sort((x, y) => x.n - y.n);
  return members;
}

/**
 * `diffSentenceGroup` for a story's rows and cells, made once per distinct pair of sentence contents
 * (tokens' text, norm and kind) under the default limits. Versions copied from one another repeat the
 * same pairs of sentences (a third of the alignment cells on a synthetic corpus of copies), and a
 * cell repeats a row of a pair. A token diff reads the tokens' `norm` and `text`, never where they
 * sit, so a shared diff's ops index each row's own tokens, which carry the row's own offsets.
 */
export function groupDiffer(versions: readonly VersionSentences[]): RowDiffer {
  const ids = new Map<Sentence, number>();
  const byContent = new Map<string, number>();
  for (const version of versions) {
    for (const sentence of version.sentences) {
      let content = '';
      for (const token of sentence.tokens) content += `${token.text}\u0000${token.norm}${token.word ? '\u0001' : '\u0002'}`;
      let id = byContent.get(content);
      if (id === undefined) byContent.set(content, (id = byContent.size));
      ids.set(sentence, id);
    }
  }
  const diffs = new Map<string, GroupDiff>();
  // A side of one sentence (most) is its id alone: what joining a list of one gives.
  const idsOf = (sentences: readonly Sentence[]): string =>
    sentences.length === 1 ? String(ids.get(sentences[0]!) ?? '') : sentences.map((sentence) => ids.get(sentence)).join(' ');
  return (a, b, options) => {
    // Other limits (a pair past its work budget) make another diff: not shared.
    if (options?.maxEditLength !== undefined) return diffSentenceGroup(a, b, options);
    const key = `${idsOf(a)}|${idsOf(b)}`;
    const known = diffs.get(key);
    if (known) return { ...known, aTokens: concatTokens(a), bTokens: concatTokens(b) };
    const diff = diffSentenceGroup(a, b);
    diffs.set(key, diff);
    return diff;
  };
}
