import type { DerivationStep, ProvenanceLink } from './types.ts';

/** Copies before rewrites; among equals, the one that carries more of the derived text. */
function strength(link: ProvenanceLink): number {
  return (link.kind === 'copy' ? 2 : link.kind === 'rewrite' ? 1 : 0) + link.share;
}

/**
 * Each version's likeliest source: its strongest copy or rewrite link, taken strongest first and
 * skipped when it would close a loop (a copied b copied a). A version already given a source keeps
 * it; its other relations are listed as `alsoClose`. Returns the steps strongest first and the
 * versions related to no other.
 */
export function derivation(
  versionIds: readonly string[],
  links: readonly ProvenanceLink[],
): { derivation: DerivationStep[]; independent: string[] } {
  const related = links.map((link, index) => ({ link, index })).filter(({ link }) => link.kind !== 'independent');
  related.sort((x, y) => strength(y.link) - strength(x.link) || x.index - y.index);
  const sourceOf = new Map<string, { source: string; index: number }>();
  const reachesBack = (start: string, target: string): boolean => {
    for (let current: string | undefined = start; current !== undefined; current = sourceOf.get(current)?.source) {
      if (current === target) return true;
    }
    return false;
  };
  const order: string[] = [];
  for (const { link, index } of related) {
    if (sourceOf.has(link.to) || reachesBack(link.from, link.to)) continue;
    sourceOf.set(link.to, { source: link.from, index });
    order.push(link.to);
  }
  const steps = order.map((version) => {
    const chosen = sourceOf.get(version)!;
    const alsoClose = related
      .filter(({ index }) => index !== chosen.index)
      .map(({ link }) => (link.from === version ? link.to : link.to === version ? link.from : undefined))
      .filter((other): other is string => other !== undefined && sourceOf.get(other)?.source !== version);
    return { version, link: chosen.index, alsoClose: [...new Set(alsoClose)] };
  });
  const inRelation = new Set(related.flatMap(({ link }) => [link.from, link.to]));
  return { derivation: steps, independent: versionIds.filter((id) => !inRelation.has(id)) };
}
