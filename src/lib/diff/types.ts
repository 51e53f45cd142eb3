/**
 * Types of the diff stage: word-level diffs of aligned sentences, moves, and the per-pair summary.
 *
 * Token positions are half-open index ranges into the token arrays a diff was computed on (for a
 * row: the tokens of its sentences, concatenated in reading order), never character offsets; the
 * tokens themselves carry the offsets into the original file.
 */
import type { Sentence, Token } from '../types.ts';

export type DiffOpKind = 'equal' | 'insert' | 'delete';

/**
 * One step of a diff. Ops come in reading order and tile both sides without gaps: each op starts
 * where the previous one ended on both sides. `equal` spans the same number of tokens on both
 * sides, `delete` has an empty b range (where the text would sit in b), `insert` an empty a range.
 *
 * A run of consecutive non-equal ops is one change block; a block holding both a delete and an
 * insert is a replacement. Within a block, deletes always come before inserts.
 */
export interface DiffOp {
  readonly kind: DiffOpKind;
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  /**
   * Only style differs, so a "hide trivial" switch may show it as unchanged:
   * - `equal`: the tokens match on `norm` but not on `text` (curly vs straight quotes, — vs -, case);
   *   an equal op with `trivial: false` has identical text on both sides.
   * - `delete`/`insert`: the whole change block is the same text once case, quote style, dashes and
   *   whitespace are ignored (`mega-jail` vs `mega jail`). "U.S." vs "US" is not trivial: the
   *   full stops are letters' worth of difference at this level (house style is judged by facts).
   */
  readonly trivial: boolean;
  /**
   * Set on a delete or insert that is one end of a phrase move (see `PhraseMove`): the text is not
   * gone or new, it sits elsewhere in the other version. Never set on equal ops.
   */
  readonly move?: string | undefined;
}

/** The diff of two token sequences. */
export interface TokenDiff {
  readonly ops: readonly DiffOp[];
  /**
   * jsdiff gave up (past its edit limit, or the row did not fit the pair's work budget): the ops are
   * the common prefix and suffix around one replacement block, correct but coarse. Pages should say so.
   */
  readonly degraded: boolean;
}

/** The diff of one aligned row: a group's sentences of version a against those of version b. */
export interface GroupDiff extends TokenDiff {
  /** Tokens of the a-sentences, concatenated in reading order; the ops' a ranges index this. */
  readonly aTokens: readonly Token[];
  readonly bTokens: readonly Token[];
}

/** Diffs one row's sentences, as `diffSentenceGroup` does. */
export type RowDiffer = (a: readonly Sentence[], b: readonly Sentence[], options?: DiffOptions) => GroupDiff;

/** One row of a pair's side-by-side view. */
export interface RowDiff extends GroupDiff {
  /** Id of the alignment group the row comes from (a sentence's id when it was in no group). */
  readonly group: string;
  /** The row's sentences of version a in reading order; may be empty. */
  readonly a: readonly Sentence[];
  readonly b: readonly Sentence[];
  /**
   * The row sits at a different place relative to the other rows in b than in a, so its shared
   * text counts as moved. Link targets: `a[0].id` from the b side, `b[0].id` from the a side.
   */
  readonly moved: boolean;
}

/** Where one end of a phrase move sits. */
export interface MoveEnd {
  /** Index of the row in `PairDiff.rows`. */
  readonly row: number;
  /** Id of the sentence holding the phrase's first token, for links into the reading view. */
  readonly sentence: string;
  /** Token range within that row's `aTokens` (for the a end) or `bTokens` (for the b end). */
  readonly start: number;
  readonly end: number;
}

/**
 * A phrase of at least `minMoveWords` words that a deleted and b inserted at another place (same
 * norms token for token). The ops holding it carry `move: id` on both sides.
 */
export interface PhraseMove {
  /** `m1`, `m2`, … numbered in a's reading order; unique within the pair. */
  readonly id: string;
  /** Word tokens in the phrase. */
  readonly words: number;
  readonly a: MoveEnd;
  readonly b: MoveEnd;
}

/**
 * Word counts of a pair (tokens with `word: true`; punctuation never counts). With wordsA and wordsB
 * the words of the two versions, these identities hold exactly:
 *   wordsA = shared + moved + changed + removed
 *   wordsB = shared + moved + changed + added
 * Field names are part of the public JSON export: keep them.
 */
export interface PairSummary {
  /** 2·(shared + moved) / (wordsA + wordsB), rounded to 3 decimals; 1 when both have no words. */
  readonly similarity: number;
  /** Words in equal ops of rows that are not moved, plus trivial change blocks (the smaller side). */
  readonly shared: number;
  /**
   * Words replaced: per change block, the smaller of its deleted and inserted word counts (moves
   * and trivial blocks excluded). "could face being deported" → "could be deported" changes 1.
   */
  readonly changed: number;
  /** Inserted words beyond the replaced ones: whole insertions and the excess of a longer b side. */
  readonly added: number;
  /** Deleted words beyond the replaced ones ("face being" → "be" removes 1). */
  readonly removed: number;
  /** Words (counted once, on the a side) of phrase moves and of the equal ops of moved rows. */
  readonly moved: number;
}

/** Everything the compare page and the export need for one pair of versions. */
export interface PairDiff {
  /** Version ids. */
  readonly a: string;
  readonly b: string;
  /**
   * Rows in display order: a's reading order; a row with only b sentences follows the row holding
   * the b sentence just before it (or opens the list).
   */
  readonly rows: readonly RowDiff[];
  readonly moves: readonly PhraseMove[];
  readonly summary: PairSummary;
  /** Some row's diff was degraded (see `TokenDiff.degraded`). */
  readonly degraded: boolean;
}

/** Abort limits of one token diff. Defaults: `DEFAULT_DIFF_OPTIONS`. */
export interface DiffOptions {
  /**
   * Largest edit distance (in tokens) jsdiff explores before it gives up. Deterministic; a diff of
   * n and m tokens costs at most (n + m) · min(limit, n + m) comparisons (`rowWork`), and on
   * unrelated texts about the square of the limit (500 ≈ 25 ms here).
   */
  readonly maxEditLength?: number | undefined;
}

/** Limits of a whole-pair diff. */
export interface PairDiffOptions extends DiffOptions {
  /**
   * Work for the whole pair, in `rowWork` units: each row is charged the bound for the tokens between
   * its common prefix and suffix, in reading order; a row that would take the sum past the budget gets
   * the cheap diff (degraded), and a smaller row after it may still fit.
   */
  readonly pairWork?: number | undefined;
  /** Fewest word tokens a phrase needs to count as moved rather than deleted and inserted. */
  readonly minMoveWords?: number | undefined;
}

/** What the diff needs of a version: `AnalysedVersion` fits. */
export interface VersionSentences {
  readonly id: string;
  readonly sentences: readonly Sentence[];
}

/** What the diff needs of an alignment group: its id and its sentence ids across all versions. */
export interface GroupLike {
  readonly id: string;
  readonly sentences: readonly string[];
}

/** A marked span of one sentence's `text`, for rendering a row side sentence by sentence. */
export interface SentenceMark {
  /** Character range in `sentence.text`, from the first token's start to the last token's end. */
  readonly start: number;
  readonly end: number;
  /** `equal` marks only appear for trivial (style-only) matches. */
  readonly kind: DiffOpKind;
  readonly trivial: boolean;
  readonly move?: string | undefined;
}

export interface MarkedSentence {
  readonly sentence: Sentence;
  /** Non-overlapping, in order; text outside every mark is unchanged. */
  readonly marks: readonly SentenceMark[];
}

/**
 * How a page marks a span: `ins` only in the later side (b, or the cell against its base), `del` only
 * in the earlier, `style` differing only in style (a trivial match or a trivial change block).
 */
export type MarkKind = 'ins' | 'del' | 'style';

/**
 * A marked span of a sentence's `text` as the analysis stores it: `[start, end, kind]`, and for one
 * end of a phrase move a fourth element, the index of the pair's row holding the other end. Tuples,
 * not objects: a story stores thousands of them (see `SentenceMark` for how spans are cut).
 */
export type TextMark = readonly [start: number, end: number, kind: MarkKind, moveRow?: number];

/** A sentence of a stored row: its number `n` in its version, and its marks unless it has none. */
export interface RowSentence {
  readonly n: number;
  readonly marks?: readonly TextMark[];
}

/**
 * One row of a stored pair comparison (see `RowDiff`, from which it is read): the sentences of one
 * alignment group, or one sentence in none.
 */
export interface PairRow {
  readonly a: readonly RowSentence[];
  readonly b: readonly RowSentence[];
  /** Present when the row sits elsewhere in b than in a (see `RowDiff.moved`). */
  readonly moved?: true;
}

/**
 * One ordered pair of versions as its compare page shows it, computed once in the analysis: the
 * page and, for a before b in story order, the exported pair figures read this one diff.
 */
export interface PairComparison {
  readonly a: string;
  readonly b: string;
  readonly summary: PairSummary;
  /** Some row's diff was degraded (see `TokenDiff.degraded`). */
  readonly degraded: boolean;
  /** In display order (see `PairDiff.rows`). */
  readonly rows: readonly PairRow[];
}

/** One cell of the N-way alignment table: a version's sentences of a group against a base version's. */
export interface CellDiff {
  /** Marks of each of the version's sentences in the group, in reading order: what the base lacks, and style. */
  readonly marks: readonly (readonly TextMark[])[];
  /** The wording differs from the base's in more than style. */
  readonly differs: boolean;
}

/**
 * Cells by group id, base version id and version id. A cell that reads exactly as the base's (no mark,
 * no difference) is left out, as are cells where the base or the version has no sentence in the group.
 */
export type CellDiffs = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, CellDiff>>>>>>;
