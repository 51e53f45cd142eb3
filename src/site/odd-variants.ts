import type { Fact } from '../lib/facts/types.ts';

/**
 * Which side of a disagreement stands out: the ⚠ goes on the variant fewer outlets carry, never on
 * the one most outlets agree on (usually the right spelling or figure). Read off the fact as exported
 * (its variants and its flag's evidence), so build and browser agree.
 */
export interface VariantStanding {
  /** Versions carrying a variant that stands out: their mentions carry the ⚠. */
  odd: ReadonlySet<string>;
  /** The two sides are carried by as many outlets each: no side is the odd one out. */
  tie: boolean;
  /** Outlets on each side, the larger first (`[4, 1]`); empty when the sides are not known or the fact is no disagreement. */
  sides: readonly number[];
  /**
   * Versions whose mentions show the disagreement: the odd ones out; on a tie, both sides; when the
   * variants do not tell the sides apart (a title or an accent given differently, a quote given to
   * two people), the two versions the flag compares; without evidence, all.
   */
  shown: (version: string) => boolean;
}

/** What the standing reads of a fact; `Fact` and the export's facts fit. */
export type StandingFact = Pick<Fact, 'disagreement' | 'variants'> & {
  evidence?: Pick<NonNullable<Fact['evidence']>, 'versions'> | undefined;
};

const NONE: VariantStanding = { odd: new Set(), tie: false, sides: [], shown: () => false };

/**
 * The two sides are the variants the flag's evidence compares (else the two most carried). A side
 * whose words all stand in the most carried variant (a quote given in part, a shorter name) sides
 * with it; the side fewer outlets are on is the odd one out; equal sides are a tie.
 */
export function variantStanding(fact: StandingFact): VariantStanding {
  if (!fact.disagreement) return NONE;
  const compared = new Set(fact.evidence?.versions ?? []);
  const unknown: VariantStanding = { ...NONE, shown: (version) => compared.size === 0 || compared.has(version) };
  const top = fact.variants[0];
  if (!top || fact.variants.length < 2) return unknown;
  const carrying = (version: string | undefined) =>
    fact.variants.find((variant) => version !== undefined && variant.versions.includes(version));
  const [left, right] = fact.evidence
    ? [carrying(fact.evidence.versions[0]), carrying(fact.evidence.versions[1])]
    : [fact.variants[0], fact.variants[1]];
  if (!left || !right || left === right) return unknown;
  const withTop = (variant: typeof top): boolean => variant === top || (isStrictlyMost(fact, top) && wordsWithin(variant.text, top.text));
  // Both sides within the most carried variant (two parts of one quote): no side stands out.
  if (withTop(left) && withTop(right)) return unknown;
  const size = (variant: typeof top): number => (withTop(variant) ? top.versions.length : variant.versions.length);
  const [a, b] = [size(left), size(right)];
  if (a === b) {
    const both = new Set([...left.versions, ...right.versions]);
    return { odd: new Set(), tie: true, sides: [a, b], shown: (version) => both.has(version) };
  }
  const odd = new Set((a < b ? left : right).versions);
  return { odd, tie: false, sides: [Math.max(a, b), Math.min(a, b)], shown: (version) => odd.has(version) };
}

/** The most carried variant is carried by more outlets than any other. */
function isStrictlyMost(fact: StandingFact, top: StandingFact['variants'][number]): boolean {
  return fact.variants.every((variant) => variant === top || variant.versions.length < top.versions.length);
}

/** The part's words stand, in order and together, in the whole (`$2.3 billion` is no part of `$3.2 billion`). */
function wordsWithin(part: string, whole: string): boolean {
  const words = (text: string): string => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu) ?? []).join(' ')} `;
  const partWords = words(part);
  return partWords.trim() !== '' && words(whole).includes(partWords);
}

/** How a page says the sides stand: "4 outlets against 1", or that they split evenly. */
export function standingText(standing: VariantStanding): string | undefined {
  const [more, fewer] = standing.sides;
  if (more === undefined || fewer === undefined) return undefined;
  if (standing.tie) return `outlets split evenly, ${more} and ${fewer}: neither side is marked as the odd one out`;
  const which = fewer === 1 ? 'the one that differs' : `the ${fewer} that differ`;
  return `${more} ${more === 1 ? 'outlet' : 'outlets'} against ${fewer}; ⚠ marks ${which}`;
}
