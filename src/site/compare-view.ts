import type { PairComparison, PairRow, PairSummary, TextMark } from '../lib/diff/types.ts';
import type { Sentence } from '../lib/types.ts';
import { bySubstance, shortOutlet } from './glance-view.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import {
  disagreementFlags,
  sentenceFacts,
  withFacts,
  type FactLike,
  type FactLink,
  type FactMention,
  type FactSource,
  type FlagLink,
} from './fact-links.ts';
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
  /** Plain rows of a far pair: the run is a fact whose value differs between the two versions. */
  differs?: boolean | undefined;
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

/** A fact the two versions both carry, in different variants. */
export interface PairDisagreement {
  label: string;
  kind: string;
  /** The fact in the fact index. */
  href: string;
  a: { text: string; href?: string | undefined };
  b: { text: string; href?: string | undefined };
}

/**
 * Below this similarity a pair is shown as plain corresponding sentences, not as a word diff. At
 * 0.5 fewer than half of the words stand in place in the other version: a word diff then strikes
 * or underlines most of every row, and what it leaves unmarked is mostly "the" and "an" (the seed's
 * independent reports score 0.08 to 0.15, its rewrite 0.30; its near-copy 0.94).
 */
export const PLAIN_BELOW = 0.5;

export interface CompareView {
  /** The two versions, each named short ("Other report", not "Other report (cites Reuters and CNN)"). */
  a: PairVersion;
  b: PairVersion;
  /** `words`: every change marked; `plain`: a far pair, only differing facts and lone sentences highlighted. */
  mode: 'words' | 'plain';
  /** Facts both carry in different variants, by substance: what a reader should see first. */
  disagreements: PairDisagreement[];
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

/** Which marks a compare page shows, so its legend lists those and no others. */
export interface LegendMarks {
  ins: boolean;
  del: boolean;
  moved: boolean;
  style: boolean;
  flag: boolean;
  alone: boolean;
  differs: boolean;
  facts: boolean;
}

/** Every fact a compare view marks inside its rows, once each: the page's `FactIndex`. */
export function markedFacts(view: CompareView): FactLink[] {
  const links = new Map<string, FactLink>();
  for (const row of view.rows)
    for (const sentence of [...row.a, ...row.b]) for (const run of sentence.runs) if (run.fact) links.set(run.fact.id, run.fact);
  return [...links.values()];
}

export function legendMarks(view: CompareView): LegendMarks {
  const marks: LegendMarks = {
    ins: false,
    del: false,
    moved: false,
    style: false,
    flag: false,
    alone: false,
    differs: false,
    facts: false,
  };
  for (const row of view.rows) {
    if (view.mode === 'plain' && (row.a.length === 0 || row.b.length === 0)) marks.alone = true;
    for (const sentence of [...row.a, ...row.b]) {
      if (sentence.disagreements?.length) marks.flag = true;
      for (const run of sentence.runs) {
        if (run.fact) marks.facts = true;
        if (run.differs) marks.differs = true;
        if (run.kind === 'style') marks.style = true;
        else if (run.kind !== 'same' && run.moveTo) marks.moved = true;
        else if (run.kind === 'ins') marks.ins = true;
        else if (run.kind === 'del') marks.del = true;
      }
    }
  }
  return marks;
}

/** A sentence as the compare view reads it. */
export type PairSentence = Pick<Sentence, 'id' | 'version' | 'n' | 'text'>;

/** A version as the compare view reads it. */
export interface PairVersion {
  id: string;
  outlet: string;
  sentences: readonly PairSentence[];
}

/**
 * What the compare view reads of a story: the analysis at build time (`analysisSource`), or in the
 * browser a story's export with the pair's stored diff (story-from-export.ts), for a pair whose page
 * the build left to the browser. Either way the view is made by this code, off the stored diff.
 */
export interface CompareSource extends FactSource {
  facts: readonly FactLike[];
  version(id: string): PairVersion;
  /** The stored comparison of a with b, in that order. */
  comparison(a: string, b: string): PairComparison;
  /** A version's fact mentions inside its sentences' text, by sentence id. */
  mentions(version: string): ReadonlyMap<string, readonly FactMention[]>;
  /** Words (tokens) of a sentence: its height on the change strip. */
  length(sentence: PairSentence): number;
}

/** The analysis as a `CompareSource`: one per story, so the view's per-story caches hold across its pages. */
export const analysisSource = perStory((story, _all: undefined): CompareSource => ({
  slug: story.slug,
  facts: story.facts,
  version: (id) => findVersion(story, id),
  comparison: (a, b) => comparisonOf(story, `${a}\u0000${b}`),
  mentions: (version) => new Map([...sentenceFacts(story, version)].map(([id, facts]) => [id, facts.mentions])),
  length: (sentence) => sentenceOf(findVersion(story, sentence.version), sentence.n).tokens.length,
}));

/** The compare page of versions a and b, read off the analysis's comparison of that ordered pair. */
export function compareView(story: StoryAnalysis, aId: string, bId: string): CompareView {
  return pairView(analysisSource(story, undefined), aId, bId);
}

/** The compare view of versions a and b from any `CompareSource`. */
export function pairView(source: CompareSource, aId: string, bId: string): CompareView {
  const a = shortNamed(source.version(aId));
  const b = shortNamed(source.version(bId));
  const comparison = source.comparison(aId, bId);
  const flags = disagreementFlags(source, undefined);
  const facts = { a: mentionsOf(source, a.id), b: mentionsOf(source, b.id) };
  const mode = comparison.summary.similarity < PLAIN_BELOW ? 'plain' : 'words';
  const differing = pairFacts(source, a.id, b.id);
  const differingHrefs = new Set(differing.map((fact) => urls.fact(source.slug, fact.id)));
  const sideView = (row: PairRow, side: 'a' | 'b'): SentenceView[] => {
    const version = side === 'a' ? a : b;
    return row[side].map((entry) => {
      const sentence = sentenceIn(version, entry.n);
      if (mode === 'plain') return plainSentence(source, sentence, differingHrefs);
      if (entry.marks === undefined) return unmarkedSentence(source, sentence);
      const moveTo = (other: number): TextRun['moveTo'] => ({
        href: `#r-${other + 1}`,
        label: `moved: see row ${other + 1}`,
      });
      return {
        n: sentence.n,
        href: urls.sentence(source.slug, version.id, sentence.n),
        disagreements: flags.get(sentence.id),
        runs: withFacts(textRuns(sentence.text, entry.marks, moveTo), facts[side].get(sentence.id) ?? []),
      };
    });
  };
  const rows = comparison.rows.map((row, index): RowView => {
    const marks = mode === 'plain' ? [] : [...row.a, ...row.b].flatMap((entry) => entry.marks ?? []);
    const alone = row.a.length === 0 || row.b.length === 0;
    const substantive =
      mode === 'plain'
        ? alone || row.a.some((entry) => differingIn(a, entry.n, differing)) || row.b.some((entry) => differingIn(b, entry.n, differing))
        : marks.some((mark) => mark[2] !== 'style') || alone;
    const moved = mode === 'words' && row.moved === true;
    const view: RowView = {
      anchor: `r-${index + 1}`,
      a: sideView(row, 'a'),
      b: sideView(row, 'b'),
      changed: substantive || moved,
      styleOnly: !substantive && !moved && marks.some((mark) => mark[2] === 'style'),
    };
    if (moved && row.b[0])
      view.movedTo = { href: urls.sentence(source.slug, b.id, row.b[0].n), label: `in ${b.outlet} this is sentence ${row.b[0].n}` };
    return view;
  });
  const rowOf = new Map<string, string>();
  comparison.rows.forEach((row, index) => {
    for (const entry of row.a) rowOf.set(`${a.id}/s-${entry.n}`, `#r-${index + 1}`);
    for (const entry of row.b) rowOf.set(`${b.id}/s-${entry.n}`, `#r-${index + 1}`);
  });
  return {
    a,
    b,
    mode,
    disagreements: differing.map((fact) => pairDisagreement(source, fact, a.id, b.id, rowOf)),
    summary: comparison.summary,
    degraded: comparison.degraded,
    rows,
    density: { a: strip(source, a, comparison.rows, rows, 'a'), b: strip(source, b, comparison.rows, rows, 'b') },
  };
}

/** The version as the page names it: short, how the outlet was identified being a footnote (outlet-notes.ts). */
function shortNamed(version: PairVersion): PairVersion {
  return { ...version, outlet: shortOutlet(version.outlet) };
}

/** A story's comparisons by `<a>\0<b>`, indexed once for its compare pages. */
const comparisons = perStory((story, _all: undefined) => new Map(story.comparisons.map((pair) => [`${pair.a}\u0000${pair.b}`, pair])));

function comparisonOf(story: StoryAnalysis, key: string): PairComparison {
  const comparison = comparisons(story, undefined).get(key);
  if (!comparison) throw new Error(`Story "${story.slug}" has no comparison of "${key.replace('\u0000', '" with "')}"`);
  return comparison;
}

const mentionsOf = perStory((source: CompareSource, version: string) => source.mentions(version));

/** A version's sentence by its number `n` (at index n - 1). */
function sentenceIn(version: PairVersion, n: number): PairSentence {
  const sentence = version.sentences[n - 1];
  if (sentence?.n !== n) throw new Error(`Version "${version.id}" has no sentence ${n}`);
  return sentence;
}

/**
 * A sentence the diff leaves unmarked looks the same on every compare page of its story (about
 * half of all shown sentences), so its view is made once and shared, and so is its markup.
 */
const unmarkedSentence = perStory((source: CompareSource, sentence: PairSentence): SentenceView => ({
  n: sentence.n,
  href: urls.sentence(source.slug, sentence.version, sentence.n),
  disagreements: disagreementFlags(source, undefined).get(sentence.id),
  runs: withFacts(textRuns(sentence.text, []), mentionsOf(source, sentence.version).get(sentence.id) ?? []),
}));

/** Facts both versions carry in different variants (house style never counts), by substance. */
function pairFacts(source: CompareSource, aId: string, bId: string): FactLike[] {
  return bySubstance(
    source.facts.filter((fact) => {
      if (!fact.disagreement) return false;
      const va = fact.variants.find((variant) => variant.versions.includes(aId));
      const vb = fact.variants.find((variant) => variant.versions.includes(bId));
      return va !== undefined && vb !== undefined && va !== vb;
    }),
  );
}

function differingIn(version: PairVersion, n: number, facts: readonly FactLike[]): boolean {
  const id = `${version.id}/s-${n}`;
  return facts.some((fact) => fact.mentions.some((mention) => mention.sentence === id));
}

function pairDisagreement(source: CompareSource, fact: FactLike, aId: string, bId: string, rowOf: Map<string, string>): PairDisagreement {
  const side = (id: string): PairDisagreement['a'] => {
    const variant = fact.variants.find((candidate) => candidate.versions.includes(id))!;
    const mention = fact.mentions.find((candidate) => candidate.version === id);
    return { text: variant.text, href: mention ? rowOf.get(mention.sentence) : undefined };
  };
  return { label: fact.label, kind: fact.kind, href: urls.fact(source.slug, fact.id), a: side(aId), b: side(bId) };
}

/** A far pair's sentence: its text with only the facts the two versions word differently highlighted. */
function plainSentence(source: CompareSource, sentence: PairSentence, differing: ReadonlySet<string>): SentenceView {
  const runs = withFacts(textRuns(sentence.text, []), mentionsOf(source, sentence.version).get(sentence.id) ?? []);
  for (const run of runs) if (run.fact && differing.has(run.fact.href)) run.differs = true;
  return {
    n: sentence.n,
    href: urls.sentence(source.slug, sentence.version, sentence.n),
    disagreements: disagreementFlags(source, undefined).get(sentence.id),
    runs,
  };
}

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
function strip(
  source: CompareSource,
  version: PairVersion,
  pairRows: readonly PairRow[],
  rows: readonly RowView[],
  side: 'a' | 'b',
): StripMark[] {
  const lengths = pairRows.map((row) => row[side].reduce((sum, entry) => sum + source.length(sentenceIn(version, entry.n)), 0));
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
