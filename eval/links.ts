// The cross-version links of an alignment, the unit that alignment is scored in (eval and the fixture gold files).
//
// A row of the alignment table holds at most one sentence of each version (`refs`). A sentence that merges two
// statements sits in the row of the one that makes up most of it and also covers the other row (`also`): it is
// linked to every member of that row from another version, as if it sat there too, so a grouping is not charged
// for leaving it out of the row it only partly carries.

/** One row: the sentences in it, and sentences of other rows that also cover it. */
export interface LinkedRow {
  refs: readonly string[];
  also?: readonly string[] | undefined;
}

/** Unordered cross-version links, as `a|b` keys with `a < b` (`separator` for ids that may hold `|`). */
export function rowLinks(rows: readonly LinkedRow[], versionOf: (id: string) => string, separator = '|'): Set<string> {
  const links = new Set<string>();
  const add = (a: string, b: string): void => {
    if (a === b || versionOf(a) === versionOf(b)) return;
    links.add(a < b ? `${a}${separator}${b}` : `${b}${separator}${a}`);
  };
  for (const { refs, also = [] } of rows) {
    for (const [i, a] of refs.entries()) for (const b of refs.slice(i + 1)) add(a, b);
    for (const a of also) for (const b of refs) add(a, b);
  }
  return links;
}
