import type { FactKind } from './types.ts';

/**
 * Caps on the pair work of the facts stage. A story of a few versions compares a few thousand pairs
 * (16 synthetic versions: 8,000 mention pairs per kind, 480 variant pairs per fact); two versions
 * just under ingest's 1 MB limit compare up to 900,000 per kind and stay exact (2 s of CPU). The
 * caps bind only beyond that, where the stage then degrades, rarest evidence first, and says so,
 * instead of stalling the build (about half a microsecond per pair: seven kinds at the cap ≈ 4 s).
 */
export const FACT_WORK_LIMITS: FactWorkLimits = {
  maxGroupingPairs: 1_000_000,
  maxVariantPairs: 20_000,
};

export interface FactWorkLimits {
  /** Pairs of mentions (or of name spellings) compared while grouping one kind. */
  readonly maxGroupingPairs: number;
  /** Pairs of variants of one fact compared for a disagreement. */
  readonly maxVariantPairs: number;
}

/** How much pair work the facts stage did, and whether a cap cut it short. */
export interface FactWork {
  /** Pairs of mentions or spellings compared while grouping, all kinds together. */
  groupingPairs: number;
  /** Pairs of variants compared for disagreements, all facts together. */
  variantPairs: number;
  /** Kinds whose grouping stopped at `maxGroupingPairs`; their rarer shared evidence was used first. */
  cappedKinds: FactKind[];
  /** Facts whose variants were compared only up to `maxVariantPairs` (each says so in its note). */
  cappedFacts: number;
  /** For the page, when something was capped. */
  note?: string;
}

/** A countdown of pairs for one piece of work; remembers whether it ran out. */
export class PairBudget {
  used = 0;
  exhausted = false;
  readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  /** Counts one pair; false (and exhausted from then on) once the budget is spent. */
  take(): boolean {
    if (this.used >= this.max) {
      this.exhausted = true;
      return false;
    }
    this.used++;
    return true;
  }
}

/** Tallies the budgets of a whole facts stage into its `FactWork`. */
export class WorkLedger {
  private readonly work: FactWork = { groupingPairs: 0, variantPairs: 0, cappedKinds: [], cappedFacts: 0 };
  private readonly limits: FactWorkLimits;

  constructor(limits: FactWorkLimits) {
    this.limits = limits;
  }

  /** A fresh budget for comparing one fact's variants. */
  variantBudget(): PairBudget {
    return new PairBudget(this.limits.maxVariantPairs);
  }

  grouping(kind: FactKind, budget: PairBudget): void {
    this.work.groupingPairs += budget.used;
    if (budget.exhausted && !this.work.cappedKinds.includes(kind)) this.work.cappedKinds.push(kind);
  }

  variants(budget: PairBudget): void {
    this.work.variantPairs += budget.used;
    if (budget.exhausted) this.work.cappedFacts++;
  }

  result(): FactWork {
    const work = { ...this.work, cappedKinds: [...this.work.cappedKinds] };
    const parts: string[] = [];
    if (work.cappedKinds.length > 0) {
      parts.push(
        `grouping of ${work.cappedKinds.join(', ')} mentions stopped at ${this.limits.maxGroupingPairs} pairs per kind ` +
          '(the rarest shared evidence was used first)',
      );
    }
    if (work.cappedFacts > 0)
      parts.push(`${work.cappedFacts} fact(s) had only their first ${this.limits.maxVariantPairs} pairs of variants compared`);
    if (parts.length > 0) work.note = `The fact index was cut short by its work limits: ${parts.join('; ')}.`;
    return work;
  }
}
