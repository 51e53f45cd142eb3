import { candidatePairs, type Posting } from './candidates.ts';
import { sharedQuote } from './shared-quote.ts';
import { sentenceTerms, type RunWord, type SentenceTerms, type Term, type TermKind } from './terms.ts';
import type { LinkScorer, ScoredPair, SentenceRef } from './types.ts';

export interface RarityScorerOptions {
  /** Weight of a shared name or number relative to a content word of the same rarity. */
  nameWeight: number;
  numberWeight: number;
  /** Weight of a shared year (1800 to 2099): when, not how many, so it counts like a name. */
  yearWeight: number;
  /** Added to the score of two sentences that carry the same quoted words. */
  quoteBonus: number;
  /** See `CandidateOptions.maxShare`. */
  maxShare: number;
  /** Words at least this rare (weight, i.e. ln((N + 1) / df)) are listed as evidence. */
  evidenceWeight: number;
}

export const RARITY_SCORER_DEFAULTS: RarityScorerOptions = {
  nameWeight: 1.25,
  numberWeight: 1.75,
  yearWeight: 1.25,
  quoteBonus: 0.1,
  maxShare: 0.5,
  evidenceWeight: 1,
};

const MAX_EVIDENCE_WORDS = 6;

interface Weighted {
  words: RunWord[];
  /** The sentence's terms in key order, each weighed once rather than once per pair it is in. */
  weighed: WeighedTerm[];
  /** Id of each term's key, story-wide. */
  ids: Int32Array;
  /** Sum of the weights of the sentence's keys: how much checkable content it carries. */
  mass: number;
  /** Some of its words are quoted, so it may share a quotation. */
  quotes: boolean;
}

interface WeighedTerm extends SharedTerm {
  initials: boolean;
  /** Its place in the sentence's term list. */
  position: number;
}

/**
 * Scores sentence pairs by the rare content they share. A key's weight is its inverse document
 * frequency over the story's sentences, so "Nduhungirehe" or "700" count for much and "said" for
 * almost nothing; names and numbers count a little more again, being what a reader checks first.
 * The score is the shared weight over the geometric mean of the two sentences' weights (a cosine of
 * weighted word sets), plus a bonus for the same quoted words.
 */
export function rarityScorer(overrides: Partial<RarityScorerOptions> = {}): LinkScorer {
  const options = { ...RARITY_SCORER_DEFAULTS, ...overrides };
  return {
    score(sentences, maxPairs) {
      const terms = withoutUnmatchedInitials(sentences.map((ref) => sentenceTerms(ref.sentence)));
      const weightOf = keyWeights(terms, options);
      const keyIds = new Map<string, number>();
      const weighted = terms.map((entry) => weigh(entry, weightOf, keyIds));
      const { pairs: codes, limits } = candidatePairs(postingsOf(terms), sentences.length, {
        versionOf: sentences.map((ref) => ref.version),
        maxPairs,
        maxShare: options.maxShare,
      });
      // Codes come sorted, so each sentence is `a` for one run of pairs: its keys are looked up
      // by id in `slotOf` (position + 1 in its term list), set once per run.
      const slotOf = new Int32Array(keyIds.size);
      let marked: Weighted | undefined;
      const pairs: ScoredPair[] = [];
      for (const code of codes) {
        const a = Math.floor(code / sentences.length);
        const b = code % sentences.length;
        if (marked !== weighted[a]) {
          if (marked) for (const id of marked.ids) slotOf[id] = 0;
          marked = weighted[a]!;
          marked.ids.forEach((id, position) => (slotOf[id] = position + 1));
        }
        const pair = scorePair(sentences, weighted, a, b, slotOf, options);
        if (pair) pairs.push(pair);
      }
      return { pairs, limits };
    },
  };
}

function weigh(terms: SentenceTerms, weightOf: (term: Term) => Classified, keyIds: Map<string, number>): Weighted {
  const weighed: WeighedTerm[] = [];
  const ids = new Int32Array(terms.terms.size);
  let mass = 0;
  for (const [key, term] of terms.terms) {
    const { weight, kind } = weightOf(term);
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    ids[weighed.length] = id;
    weighed.push({ shown: term.shown, kind, weight, initials: term.initials === true, position: weighed.length });
    mass += term.initials ? 0 : weight;
  }
  return { words: terms.words, weighed, ids, mass, quotes: terms.words.some((word) => word.quoted) };
}

/** Initials count only where some sentence writes that acronym: "Costa Rica" need not meet "CR". */
function withoutUnmatchedInitials(terms: SentenceTerms[]): SentenceTerms[] {
  const acronyms = new Set<string>();
  for (const entry of terms) for (const term of entry.terms.values()) if (term.acronym) acronyms.add(term.key);
  for (const entry of terms) {
    for (const [key, term] of entry.terms) if (term.initials && !acronyms.has(key)) entry.terms.delete(key);
  }
  return terms;
}

interface Classified {
  weight: number;
  kind: TermKind;
}

function keyWeights(terms: readonly SentenceTerms[], options: RarityScorerOptions): (term: Term) => Classified {
  const df = new Map<string, number>();
  const names = new Set<string>();
  for (const entry of terms) {
    for (const term of entry.terms.values()) {
      df.set(term.key, (df.get(term.key) ?? 0) + 1);
      if (term.capitalised) names.add(term.key);
    }
  }
  const total = terms.length + 1;
  return (term) => {
    const kind = kindOf(term, names);
    return { weight: Math.log(total / (df.get(term.key) ?? 1)) * factorOf(kind, term, options), kind };
  };
}

/** A word capitalised mid-sentence anywhere in the story is a name everywhere, even first in a sentence. */
function kindOf(term: Term, names: ReadonlySet<string>): TermKind {
  return term.kind === 'word' && names.has(term.key) ? 'name' : term.kind;
}

function factorOf(kind: TermKind, term: Term, options: RarityScorerOptions): number {
  if (kind === 'name') return options.nameWeight;
  if (kind === 'number') return YEAR.test(term.key.slice(1)) ? options.yearWeight : options.numberWeight;
  return 1;
}

function postingsOf(terms: readonly SentenceTerms[]): Posting[] {
  const byKey = new Map<string, number[]>();
  terms.forEach((entry, index) => {
    for (const key of entry.terms.keys()) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  });
  return [...byKey].map(([key, sentences]) => ({ key, sentences }));
}

function scorePair(
  sentences: readonly SentenceRef[],
  weighted: readonly Weighted[],
  a: number,
  b: number,
  slotOf: Int32Array,
  options: RarityScorerOptions,
): ScoredPair | undefined {
  const left = weighted[a]!;
  const right = weighted[b]!;
  const shared = sharedTerms(left, right, slotOf);
  let sharedWeight = 0;
  for (const term of shared) sharedWeight += term.weight;
  if (sharedWeight <= 0 || left.mass <= 0 || right.mass <= 0) return undefined;
  const quote = left.quotes && right.quotes ? sharedQuote(left.words, right.words) : undefined;
  const cosine = sharedWeight / Math.sqrt(left.mass * right.mass);
  const score = Math.min(1, cosine + (quote ? options.quoteBonus : 0));
  return {
    a,
    b,
    thin: !quote && isThin(shared),
    namesOnly: !quote && namesOnly(shared),
    coverA: sharedWeight / left.mass,
    coverB: sharedWeight / right.mass,
    link: {
      a: sentences[a]!.sentence.id,
      b: sentences[b]!.sentence.id,
      score: Math.round(score * 1000) / 1000,
      evidence: evidenceOf(shared, quote, options),
    },
  };
}

/**
 * One shared word, name or number, and no shared quote: "main" in `Skip to main content` and in a
 * quote about the plant's main gate, "fallen" in a share price and in a diner's lunch trade. Such a
 * pair still counts in a group's average, but cannot by itself bring two groups together (see
 * `averageLinkage`). A year is no evidence of its own here: `Copyright 2026` and a table's `Q3 2026`.
 */
function isThin(shared: readonly WeighedTerm[]): boolean {
  let counted = 0;
  for (const term of shared) if (!term.initials && !(term.kind === 'number' && YEAR.test(term.shown))) counted++;
  return counted <= 1;
}

/** Every shared key is a name (or a name's initials): no content word, no number. */
function namesOnly(shared: readonly WeighedTerm[]): boolean {
  for (const term of shared) if (term.kind !== 'name' && !term.initials) return false;
  return true;
}

const YEAR = /^(1[89]|20)\d\d$/;

/** The terms of `left` that `right` has too, in `left`'s order (so weights add up in one order). */
function sharedTerms(left: Weighted, right: Weighted, slotOf: Int32Array): WeighedTerm[] {
  const shared: WeighedTerm[] = [];
  const ids = right.ids;
  for (let k = 0; k < ids.length; k++) {
    const slot = slotOf[ids[k]!]!;
    if (slot === 0) continue;
    const term = left.weighed[slot - 1]!;
    // Two spelled-out "United States" already share both words; their initials would count them twice.
    if (term.initials && right.weighed[k]!.initials) continue;
    // Insertion in `left`'s order: a handful of shared terms at most.
    let at = shared.length;
    while (at > 0 && shared[at - 1]!.position > term.position) at--;
    shared.splice(at, 0, term);
  }
  return shared;
}

interface SharedTerm {
  shown: string;
  kind: TermKind;
  weight: number;
}

function evidenceOf(shared: SharedTerm[], quote: string[] | undefined, options: RarityScorerOptions): string[] {
  const evidence: string[] = [];
  const list = (label: string, kind: TermKind, minWeight = 0): void => {
    const ranked: SharedTerm[] = [];
    for (const entry of shared) if (entry.kind === kind && entry.weight >= minWeight) ranked.push(entry);
    if (ranked.length === 0) return;
    // Rarest first, then alphabetical; only the first few are shown.
    ranked.sort(byWeightThenShown);
    let text = `${label}: ${ranked[0]!.shown}`;
    for (let k = 1; k < Math.min(ranked.length, MAX_EVIDENCE_WORDS); k++) text += `, ${ranked[k]!.shown}`;
    evidence.push(text);
  };
  list('shared names', 'name');
  list('shared rare words', 'word', options.evidenceWeight);
  list('same number', 'number');
  if (quote) evidence.push(`same quote: "${quote.join(' ')}"`);
  return evidence;
}

function byWeightThenShown(x: SharedTerm, y: SharedTerm): number {
  return y.weight - x.weight || (x.shown < y.shown ? -1 : x.shown > y.shown ? 1 : 0);
}
