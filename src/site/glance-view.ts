import type { Fact, FactKind } from '../lib/facts/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { standingText, variantStanding } from './odd-variants.ts';
import { urls } from './urls.ts';

/**
 * What the overview's "at a glance" block shows: who copied or rewrote whom in one line, and the
 * disagreements in order of what a reader loses by getting them wrong.
 */

/** An outlet's name without its parenthesised identification note: "Blog rewrite (site not named)" → "Blog rewrite". */
export function shortOutlet(outlet: string): string {
  const short = outlet.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return short === '' ? outlet : short;
}

/**
 * Figures and dates first (a $3.2bn loss against $2.3bn changes the story), then claims and who
 * said or did what, quote wording last (a dropped word in a quote rarely changes its sense).
 */
const SUBSTANCE: Readonly<Record<FactKind, number>> = {
  number: 0,
  date: 1,
  claim: 2,
  person: 3,
  place: 4,
  organization: 5,
  source: 6,
  quote: 7,
};

/** Disagreements by substance (kind, then more outlets involved); the index's order breaks ties. */
export function bySubstance<F extends Pick<Fact, 'kind' | 'variants'>>(facts: readonly F[]): F[] {
  const carriers = (fact: F): number => fact.variants.reduce((sum, variant) => sum + variant.versions.length, 0);
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort((x, y) => SUBSTANCE[x.fact.kind] - SUBSTANCE[y.fact.kind] || carriers(y.fact) - carriers(x.fact) || x.index - y.index)
    .map(({ fact }) => fact);
}

export interface VariantPlace {
  /** Short outlet name. */
  outlet: string;
  /** The sentence of that version carrying the variant (its first mention), in the reading view. */
  href?: string | undefined;
}

/**
 * Each variant of a fact with the outlets that carry it, each linked to its sentence; `odd` when it is
 * the side of a disagreement fewer outlets take (the page marks it ⚠, never the side most outlets take).
 */
export function variantPlaces(story: StoryAnalysis, fact: Fact): { text: string; odd: boolean; places: VariantPlace[] }[] {
  const outlets = new Map(story.versions.map((version) => [version.id, shortOutlet(version.outlet)]));
  const { odd } = variantStanding(fact);
  return fact.variants.map((variant) => ({
    text: variant.text,
    odd: variant.versions.some((version) => odd.has(version)),
    places: variant.versions.map((version) => {
      const mention = fact.mentions.find((candidate) => candidate.version === version);
      return {
        outlet: outlets.get(version) ?? version,
        href: mention ? urls.sentenceById(story.slug, mention.sentence) : undefined,
      };
    }),
  }));
}

/** On an even split, the words saying that no side is marked as the odd one out; otherwise nothing. */
export function evenSplit(fact: Fact): string | undefined {
  const standing = variantStanding(fact);
  return standing.tie ? standingText(standing) : undefined;
}

/**
 * Who copied or rewrote whom, one clause per derived version, "is it a copy" said apart from
 * "which came first": "Republisher is a near-copy of BBC News (which came first is not clear)".
 */
export function derivationLine(story: StoryAnalysis): string {
  const outlet = new Map(story.versions.map((version) => [version.id, shortOutlet(version.outlet)]));
  const name = (id: string): string => outlet.get(id) ?? id;
  const { derivation, links, independent } = story.provenance;
  const clauses = derivation.map((step) => {
    const link = links[step.link]!;
    const what = link.kind === 'copy' ? 'a near-copy of' : 'a rewrite of';
    const order =
      link.direction === 'likely' ? '' : link.direction === 'possible' ? ' (probably the later one)' : ' (which came first is unknown)';
    return `${name(step.version)} is ${what} ${name(link.from)}${order}`;
  });
  if (independent.length > 0)
    clauses.push(
      independent.length === 1
        ? `${name(independent[0]!)} was written on its own`
        : `${listOf(independent.map(name))} were each written on their own`,
    );
  return clauses.length === 0 ? '' : `${clauses.join('; ')}.`;
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
