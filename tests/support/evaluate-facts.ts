/**
 * Scores a fact index against hand-labelled facts (see `tests/fixtures/facts/*-gold.json`): per
 * kind, how many labelled facts were found (recall) and how many found facts are labelled
 * (precision), and the same for disagreements. Used by the tests and to print the figures.
 */
import { styleKey } from '../../src/lib/facts/normalize.ts';
import { FACT_KINDS, type Fact, type FactKind } from '../../src/lib/facts/types.ts';

export interface GoldFact {
  kind: FactKind;
  label: string;
  /** Per version, the fact's words there; `text@context` also requires the sentence to contain `context`. */
  mentions: Record<string, string | string[]>;
  disagreement?: boolean;
  /** A disagreement an editor would want to see first. */
  first?: boolean;
}

export interface Score {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface KindScore extends Score {
  kind: FactKind;
  disagreements: Score;
}

export interface Evaluation {
  kinds: KindScore[];
  overall: Score;
  disagreements: Score;
  /** Labelled facts marked `first` that the index flags as disagreements. */
  firstFound: string[];
  firstMissed: string[];
  /** Mean share of a matched fact's labelled versions that the found fact carries too. */
  versionCoverage: number;
  missed: string[];
  extra: string[];
}

/**
 * Matches found facts to labelled ones one to one (a found fact matches a labelled fact of its kind
 * when, in some version, one of its mentions holds the labelled words or is held by them), the pairs
 * sharing most versions first. A second found fact for the same labelled one counts as extra.
 */
export function evaluateFacts(facts: readonly Fact[], gold: readonly GoldFact[], sentenceText: (id: string) => string): Evaluation {
  const candidates: { f: number; g: number; shared: number }[] = [];
  facts.forEach((fact, f) => {
    gold.forEach((labelled, g) => {
      if (labelled.kind !== fact.kind) return;
      const shared = sharedVersions(fact, labelled, sentenceText);
      if (shared.length > 0) candidates.push({ f, g, shared: shared.length });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.f - b.f || a.g - b.g);
  const factOf = new Map<number, number>();
  const usedFacts = new Set<number>();
  for (const { f, g } of candidates) {
    if (factOf.has(g) || usedFacts.has(f)) continue;
    factOf.set(g, f);
    usedFacts.add(f);
  }
  const kinds = FACT_KINDS.map((kind) => kindScore(kind, facts, gold, factOf));
  const coverage = [...factOf.entries()].map(([g, f]) => {
    const labelled = Object.keys(gold[g]!.mentions);
    return sharedVersions(facts[f]!, gold[g]!, sentenceText).length / labelled.length;
  });
  const first = gold.map((labelled, g) => ({ labelled, g })).filter(({ labelled }) => labelled.first);
  const flagged = (g: number): boolean => factOf.has(g) && facts[factOf.get(g)!]!.disagreement;
  return {
    kinds,
    overall: score(gold.length, facts.length, factOf.size),
    disagreements: score(
      gold.filter((labelled) => labelled.disagreement).length,
      facts.filter((fact) => fact.disagreement).length,
      gold.filter((labelled, g) => labelled.disagreement && flagged(g)).length,
    ),
    firstFound: first.filter(({ g }) => flagged(g)).map(({ labelled }) => labelled.label),
    firstMissed: first.filter(({ g }) => !flagged(g)).map(({ labelled }) => labelled.label),
    versionCoverage: coverage.length > 0 ? coverage.reduce((sum, value) => sum + value, 0) / coverage.length : 0,
    missed: gold.filter((_, g) => !factOf.has(g)).map((labelled) => `${labelled.kind}: ${labelled.label}`),
    extra: facts.filter((_, f) => !usedFacts.has(f)).map((fact) => `${fact.kind}: ${fact.label}`),
  };
}

function kindScore(kind: FactKind, facts: readonly Fact[], gold: readonly GoldFact[], factOf: ReadonlyMap<number, number>): KindScore {
  const goldOfKind = gold.map((labelled, g) => ({ labelled, g })).filter(({ labelled }) => labelled.kind === kind);
  const found = facts.filter((fact) => fact.kind === kind);
  const matched = goldOfKind.filter(({ g }) => factOf.has(g));
  const goldDisagreements = goldOfKind.filter(({ labelled }) => labelled.disagreement);
  const flaggedRight = goldDisagreements.filter(({ g }) => factOf.has(g) && facts[factOf.get(g)!]!.disagreement);
  return {
    kind,
    ...score(goldOfKind.length, found.length, matched.length),
    disagreements: score(goldDisagreements.length, found.filter((fact) => fact.disagreement).length, flaggedRight.length),
  };
}

function score(gold: number, found: number, matched: number): Score {
  return {
    gold,
    found,
    matched,
    precision: found === 0 ? (gold === 0 ? 1 : 0) : Math.min(1, matched / found),
    recall: gold === 0 ? 1 : matched / gold,
  };
}

/** Versions in which a found fact carries the labelled words. */
function sharedVersions(fact: Fact, labelled: GoldFact, sentenceText: (id: string) => string): string[] {
  return Object.entries(labelled.mentions)
    .filter(([version, specs]) =>
      (Array.isArray(specs) ? specs : [specs]).some((spec) =>
        fact.mentions.some((mention) => mention.version === version && mentionMatches(mention.text, sentenceText(mention.sentence), spec)),
      ),
    )
    .map(([version]) => version);
}

function mentionMatches(text: string, sentence: string, spec: string): boolean {
  const at = spec.lastIndexOf('@');
  const words = at > 0 ? spec.slice(0, at) : spec;
  const context = at > 0 ? spec.slice(at + 1) : undefined;
  if (context && !sentence.includes(context)) return false;
  const found = ` ${styleKey(text)} `;
  const wanted = ` ${styleKey(words)} `;
  return found.includes(wanted) || wanted.includes(found);
}

/** A table of the figures, one line per kind, for the test log and the closing note. */
export function formatEvaluation(name: string, evaluation: Evaluation): string {
  const percent = (value: number): string => `${Math.round(value * 100)}%`.padStart(5);
  const count = (value: number): string => String(value).padStart(3);
  const figures = (s: Score): string => `gold ${count(s.gold)}  found ${count(s.found)}  P ${percent(s.precision)}  R ${percent(s.recall)}`;
  const line = (label: string, s: Score, d?: Score): string =>
    `${label.padEnd(13)} ${figures(s)}` +
    (d && d.gold + d.found > 0 ? `   disagreements gold ${d.gold} found ${d.found} P ${percent(d.precision)} R ${percent(d.recall)}` : '');
  const firstTotal = evaluation.firstFound.length + evaluation.firstMissed.length;
  return [
    `${name}`,
    ...evaluation.kinds.map((kind) => line(kind.kind, kind, kind.disagreements)),
    line('all', evaluation.overall, evaluation.disagreements),
    `version coverage of matched facts ${percent(evaluation.versionCoverage)}; ` +
      `first disagreements found ${evaluation.firstFound.length}/${firstTotal}`,
    evaluation.missed.length > 0 ? `missed: ${evaluation.missed.join(' | ')}` : 'missed: none',
    evaluation.extra.length > 0 ? `extra: ${evaluation.extra.join(' | ')}` : 'extra: none',
  ].join('\n');
}
