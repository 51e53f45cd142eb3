/**
 * Code-unit order (what `<` does on strings), the same in every locale and runtime, unlike
 * `localeCompare`: ids, versions and slugs sort alike on every machine, so exports are reproducible.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One key for an unordered pair of ids (`a`, `b` and `b`, `a` alike), its two ids in code-unit order. */
export function unorderedPairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
