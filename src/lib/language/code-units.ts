/**
 * Code-unit order (what `<` does on strings), the same in every locale and runtime, unlike
 * `localeCompare`: ids, versions and slugs sort alike on every machine, so exports are reproducible.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
