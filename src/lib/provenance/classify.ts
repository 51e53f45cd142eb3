import { directionCues, judgeDirection, percent, type VersionClues } from './direction.ts';
import type { PairEvidence } from './pair-evidence.ts';
import type { ProvenanceConfidence, ProvenanceKind, ProvenanceLink } from './types.ts';
import { quoteWords, type WordSequence } from './word-sequence.ts';

/**
 * The thresholds, chosen with wide margins on the labelled seeds (a near-copy shares ~90% in runs,
 * a rewrite 4–5 separate runs, independent reports of the same event 0–1) and meant to hold on
 * unseen stories: copying leaves long runs, rewriting leaves several short ones, reporting the same
 * facts leaves almost none, because five words in a row rarely coincide outside a quotation.
 */
export const CLASSIFY_DEFAULTS = {
  /** Share of either version inside shared runs from which the pair is a copy. */
  copyShare: 0.5,
  /**
   * Shared runs from which a pair is a rewrite (when it also tells the same passages). A run mostly
   * inside quotation marks counts half: outlets quoting the same speech share it without copying.
   */
  rewriteRuns: 3,
  /** Share of the smaller version's sentences with a counterpart in the other, for a rewrite. */
  rewriteAligned: 0.3,
};

export function classifyPair(evidence: PairEvidence, a: VersionClues, b: VersionClues): ProvenanceLink {
  const kind = kindOf(evidence);
  const verdict = judgeDirection(directionCues(a, b, evidence.figures, kind));
  const flipped = verdict.source === 'b';
  const [from, to] = flipped ? [b, a] : [a, b];
  const [fromWords, toWords] = flipped ? [evidence.b, evidence.a] : [evidence.a, evidence.b];
  const share = flipped ? evidence.figures.shareA : evidence.figures.shareB;
  const describe = { from, to, fromWords, toWords, share };
  const evidenceTexts = kind === 'independent' ? independentEvidence(evidence, describe) : relatedEvidence(evidence, describe);
  return {
    from: from.id,
    to: to.id,
    kind,
    direction: kind === 'independent' ? 'unknown' : verdict.direction,
    confidence: confidenceOf(kind, evidence),
    evidence: kind === 'independent' ? evidenceTexts : [...evidenceTexts, ...verdict.cues.map((cue) => cue.text)],
    differences: differences(evidence, a, b),
    share,
  };
}

function kindOf(evidence: PairEvidence): ProvenanceKind {
  const { figures, order, sharedDoubles, sharedSpellings } = evidence;
  if (Math.max(figures.shareA, figures.shareB) >= CLASSIFY_DEFAULTS.copyShare) return 'copy';
  const sentences = Math.min(sentenceCount(evidence.a), sentenceCount(evidence.b));
  const aligned = Math.min(order.alignedA, order.alignedB) / Math.max(1, sentences);
  const slips = sharedDoubles.length + sharedSpellings.length;
  const weightedRuns = figures.runs - evidence.quotedRuns / 2;
  const enoughRuns = weightedRuns >= CLASSIFY_DEFAULTS.rewriteRuns || (figures.runs > 0 && slips > 0);
  return enoughRuns && aligned >= CLASSIFY_DEFAULTS.rewriteAligned ? 'rewrite' : 'independent';
}

const LEVELS: ProvenanceConfidence[] = ['low', 'medium', 'high'];

/** Shared slips raise a copy or rewrite by one level: they are the hardest evidence to explain away. */
function confidenceOf(kind: ProvenanceKind, evidence: PairEvidence): ProvenanceConfidence {
  const { figures } = evidence;
  const slips = evidence.sharedDoubles.length + evidence.sharedSpellings.length;
  let level: number;
  if (kind === 'copy')
    level = Math.max(figures.shareA, figures.shareB) >= 0.8 ? 2 : Math.max(figures.shareA, figures.shareB) >= 0.65 ? 1 : 0;
  else if (kind === 'rewrite') level = figures.runs >= 5 ? 1 : 0;
  else return figures.runs === 0 && slips === 0 ? 'high' : figures.runs <= 1 && slips === 0 ? 'medium' : 'low';
  return LEVELS[Math.min(2, level + (slips > 0 ? 1 : 0))]!;
}

interface Sides {
  from: VersionClues;
  to: VersionClues;
  fromWords: WordSequence;
  toWords: WordSequence;
  share: number;
}

function relatedEvidence(evidence: PairEvidence, sides: Sides): string[] {
  const { figures, order } = evidence;
  const { from, to } = sides;
  const texts = [
    `${percent(sides.share)} of ${to.name}'s words (${figures.words} of ${sides.toWords.ids.length}) ` +
      `are in ${figures.runs} ${plural(figures.runs, 'run')} of ${figures.minRun} or more words also in ${from.name}; ` +
      `the longest is ${figures.longestRun} words: ${quoteRun(evidence, longestTile(evidence))}`,
  ];
  for (const double of evidence.sharedDoubles) texts.push(`same doubled word in both: “${double.text}”`);
  for (const spelling of evidence.sharedSpellings)
    texts.push(
      `same spelling “${spelling.text}” in both, ` +
        `where ${spelling.otherVersions.join(', ')} ${spelling.otherVersions.length === 1 ? 'has' : 'have'} “${spelling.other}”`,
    );
  if (order.sharedGroups >= 2)
    texts.push(`same order: ${order.inOrder} of ${order.sharedGroups} passages they share are told in the same order`);
  const examples = [...evidence.tiles].sort((x, y) => y.length - x.length || x.aStart - y.aStart).slice(1, 4);
  if (examples.length > 0 && figures.longestRun < 20)
    texts.push(`other shared runs: ${examples.map((tile) => quoteRun(evidence, tile)).join(', ')}`);
  return texts;
}

function independentEvidence(evidence: PairEvidence, sides: Sides): string[] {
  const { figures, order } = evidence;
  const texts = [
    figures.runs === 0
      ? `no run of ${figures.minRun} or more words in common`
      : `only ${figures.runs} ${plural(figures.runs, 'run')} of ${figures.minRun} or more words in common ` +
        `(${percent(Math.max(figures.shareA, figures.shareB))} at most): ` +
        evidence.tiles
          .slice(0, 3)
          .map((tile) => quoteRun(evidence, tile))
          .join(', '),
  ];
  if (order.sharedGroups > 0)
    texts.push(
      `${order.sharedGroups} ${plural(order.sharedGroups, 'passage')} on the same facts, ` +
        `worded independently (${order.inOrder} in the same order)`,
    );
  else texts.push(`no passage of ${sides.from.name} has a counterpart in ${sides.to.name}`);
  return texts;
}

function differences(evidence: PairEvidence, a: VersionClues, b: VersionClues): string[] {
  const texts: string[] = [];
  for (const double of evidence.onlyADoubles) texts.push(`only ${a.name} has the doubled word “${double.text}”`);
  for (const double of evidence.onlyBDoubles) texts.push(`only ${b.name} has the doubled word “${double.text}”`);
  for (const spelling of evidence.spellingDifferences)
    texts.push(`${a.name} spells “${spelling.text}” where ${b.name} has “${spelling.other}”`);
  return texts;
}

function longestTile(evidence: PairEvidence): PairEvidence['tiles'][number] | undefined {
  return evidence.tiles.reduce<PairEvidence['tiles'][number] | undefined>(
    (best, tile) => (!best || tile.length > best.length ? tile : best),
    undefined,
  );
}

/**
 * A run as the reader would find it in a: short runs whole, long ones by their first and last
 * words; its own quotation marks are dropped, since a run may hold only one of a pair.
 */
function quoteRun(evidence: PairEvidence, tile: PairEvidence['tiles'][number] | undefined): string {
  return tile ? `“${quoteWords(evidence.a, tile.aStart, tile.aStart + tile.length).replace(/["“”]/g, '')}”` : '';
}

function sentenceCount(sequence: WordSequence): number {
  return sequence.sentenceOf.length === 0 ? 0 : new Set(sequence.sentenceOf).size;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
