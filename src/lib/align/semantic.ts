import { cosineOf, dot, type SentenceVectors } from '../embed/vectors.ts';
import { slotsConflict, slotsOf, type Slot } from './slots.ts';
import type { LinkScorer, ScoredPair, SentenceRef } from './types.ts';

export interface SemanticOptions {
  /** The word evidence of a pair counts fully from cosine `gateTo` up, `gateFloor` of itself at `gateFrom` and below. */
  gateFrom: number;
  gateTo: number;
  gateFloor: number;
  /** Meaning adds up to `boostWeight`, from nothing at cosine `boostFrom` to all at `boostTo`. */
  boostFrom: number;
  boostTo: number;
  boostWeight: number;
  /** Two sentences sharing no key become a candidate pair from this cosine up. */
  candidate: number;
  /** A pair that shares no key is thin (never anchors a join alone) below this cosine. */
  anchorCosine: number;
  /** The score of a pair whose quantities conflict (see `slots.ts`) is multiplied by this. */
  conflictFactor: number;
  /** The score of a pair that shares only names, at a cosine under `boostFrom`, is multiplied by this. */
  namesOnlyFactor: number;
}

/**
 * The gate was 0 at 0.4 to 1 at 0.65 until 074c300 (issue 15). It ranked the candidate pairs of samples A and D worse than
 * the words alone (area under the ROC curve for labelled links: 0.915, words 0.937): a same-story cosine of 0.5 to
 * 0.65 is common for true rewrites too, so the gate cut their word evidence to nothing. A floor of 0.6 and a ramp to
 * 0.8 ranks them 0.942 and gives mean link F1 A 0.697 -> 0.717, B 0.624 -> 0.627, D 0.567 -> 0.584,
 * E 0.656 -> 0.685 (floors 0.7 and 0.5: A 0.702 / 0.707, B 0.627 / 0.618, D 0.578 / 0.577, E 0.679 / 0.692).
 */
export const SEMANTIC_DEFAULTS: SemanticOptions = {
  gateFrom: 0.4,
  gateTo: 0.8,
  gateFloor: 0.6,
  boostFrom: 0.8,
  boostTo: 0.95,
  boostWeight: 0.2,
  candidate: 0.8,
  anchorCosine: 0.8,
  conflictFactor: 0.7,
  namesOnlyFactor: 0.6,
};

/**
 * The weight of a shared number (`RarityScorerOptions.numberWeight`) in the lexical scorer that
 * semantic evidence wraps. Words alone weigh numbers 1.75; with vectors the quantity check below
 * already reads the numbers, and 1.75 cost link F1 there (development samples A 0.678 → 0.663,
 * B 0.617 → 0.610), so numbers keep the 1.25 they had before.
 */
export const SEMANTIC_NUMBER_WEIGHT = 1.25;

/**
 * Adds meaning to the lexical evidence of `lexical`. With vectors (one per sentence text), every pair's
 * score blends the word evidence with the sentences' cosine, and two sentences that share no key but
 * mean much the same ("33-story high-rise" / "30-storey skyscraper") become a pair of their own,
 * evidence `similar meaning: 0.84`. The cosine only ever joins: it says nothing about whether two
 * linked sentences agree (it scores "would resign" / "would not resign" 0.98), which the facts stage
 * decides on the words. With vectors, a pair whose sentences state different quantities of different
 * things (`slots.ts`) counts less. Without vectors this is the lexical scorer unchanged: the fallback
 * for a caller with no model (a browser).
 */
export function semanticScorer(lexical: LinkScorer, vectors?: SentenceVectors, overrides: Partial<SemanticOptions> = {}): LinkScorer {
  const options = { ...SEMANTIC_DEFAULTS, ...overrides };
  return {
    score(sentences, maxPairs) {
      const result = lexical.score(sentences, maxPairs);
      if (!vectors) return result;
      const slots = sentences.map((ref) => slotsOf(ref.sentence));
      const meaning = meaningOf(sentences.map((ref) => vectors.vectorOf(ref.sentence.text)));
      const pairs = result.pairs.map((pair) => rescore(pair, meaning(pair.a, pair.b), slots, options));
      if (!result.limits.capped && crossPairs(sentences) <= maxPairs) {
        pairs.push(...meaningOnlyPairs(sentences, result.pairs, meaning, slots, options));
        pairs.sort((x, y) => x.a - y.a || x.b - y.b);
      }
      return { pairs: pairs.filter((pair) => pair.link.score > 0), limits: result.limits };
    },
  };
}

/**
 * The cosine of two sentences by index, or `undefined` when either has no vector. Each distinct vector's norm is read
 * once and each distinct pair's cosine computed once: the meaning-only pass reads every cross-version pair, and wire
 * copies repeat sentences (a generated 16-version story: 403 sentences, 119 distinct texts). Same numbers as `cosine`.
 */
function meaningOf(vectors: readonly (Int8Array | undefined)[]): (a: number, b: number) => number | undefined {
  const distinct = new Map<Int8Array, number>();
  const ids = vectors.map((vector) => {
    if (vector === undefined) return -1;
    let id = distinct.get(vector);
    if (id === undefined) distinct.set(vector, (id = distinct.size));
    return id;
  });
  const table = [...distinct.keys()];
  const norms = table.map((vector) => dot(vector, vector));
  const known = new Map<number, number>();
  return (a, b) => {
    const [x, y] = ids[a]! <= ids[b]! ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!];
    if (x < 0 || table[x]!.length !== table[y]!.length) return undefined;
    const key = x * table.length + y;
    let cos = known.get(key);
    if (cos === undefined) known.set(key, (cos = cosineOf(dot(table[x]!, table[y]!), norms[x]!, norms[y]!)));
    return cos;
  };
}

/** Word evidence `lexical` of a pair whose sentences have cosine `cos`, weighed with meaning. */
function blend(lexical: number, cos: number, options: SemanticOptions): number {
  const gate = options.gateFloor + (1 - options.gateFloor) * ramp(cos, options.gateFrom, options.gateTo);
  return lexical * gate + options.boostWeight * ramp(cos, options.boostFrom, options.boostTo);
}

function ramp(value: number, from: number, to: number): number {
  return Math.max(0, Math.min(1, (value - from) / (to - from)));
}

function rescore(pair: ScoredPair, cos: number | undefined, slots: readonly Slot[][], options: SemanticOptions): ScoredPair {
  // Without vectors the lexical scores stand as they are: the slot check cost the lexical aligner
  // more links than it saved on the development sample (mean F1 0.67 -> 0.66).
  if (cos === undefined) return pair;
  const conflict = slotsConflict(slots[pair.a]!, slots[pair.b]!);
  let score = pair.link.score;
  const evidence = [...pair.link.evidence];
  if (cos !== undefined) {
    score = blend(score, cos, options);
    evidence.push(`similar meaning: ${cos.toFixed(2)}`);
  }
  // The same people named in two sentences that say different things ("Mayor Ines Tolo warned of delays" / "Mayor
  // Ines Tolo opened the new quay"): names alone are a weak link unless the meanings are close too.
  if (pair.namesOnly === true && cos < options.boostFrom) {
    score *= options.namesOnlyFactor;
    evidence.push('names only, meanings apart');
  }
  if (conflict) {
    score *= options.conflictFactor;
    evidence.push(`different quantities: ${describe(slots[pair.a]!)} / ${describe(slots[pair.b]!)}`);
  }
  const thin = pair.thin === true && (cos === undefined || cos < options.anchorCosine);
  return { ...pair, thin, link: { ...pair.link, score: round(score), evidence } };
}

function meaningOnlyPairs(
  sentences: readonly SentenceRef[],
  lexical: readonly ScoredPair[],
  meaning: (a: number, b: number) => number | undefined,
  slots: readonly Slot[][],
  options: SemanticOptions,
): ScoredPair[] {
  const n = sentences.length;
  const seen = new Set<number>();
  for (const pair of lexical) seen.add(pair.a * n + pair.b);
  const found: ScoredPair[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (sentences[a]!.version === sentences[b]!.version || seen.has(a * n + b)) continue;
      const cos = meaning(a, b);
      if (cos === undefined || cos < options.candidate) continue;
      const conflict = slotsConflict(slots[a]!, slots[b]!);
      const evidence = [`similar meaning: ${cos.toFixed(2)}`];
      if (conflict) evidence.push(`different quantities: ${describe(slots[a]!)} / ${describe(slots[b]!)}`);
      const score = blend(0, cos, options) * (conflict ? options.conflictFactor : 1);
      found.push({
        a,
        b,
        coverA: 0,
        coverB: 0,
        thin: cos < options.anchorCosine,
        link: { a: sentences[a]!.sentence.id, b: sentences[b]!.sentence.id, score: round(score), evidence },
      });
    }
  }
  return found;
}

function crossPairs(sentences: readonly SentenceRef[]): number {
  const perVersion = new Map<number, number>();
  for (const ref of sentences) perVersion.set(ref.version, (perVersion.get(ref.version) ?? 0) + 1);
  let all = (sentences.length * (sentences.length - 1)) / 2;
  for (const count of perVersion.values()) all -= (count * (count - 1)) / 2;
  return all;
}

function describe(slots: readonly Slot[]): string {
  return slots.map((slot) => `${slot.value} ${slot.thing}`).join(', ');
}

function round(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
