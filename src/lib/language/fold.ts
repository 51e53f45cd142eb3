/**
 * Lower case, compatibility forms unified and combining marks dropped (`Ndúhungirehe` →
 * `nduhungirehe`, `ﬁnance` → `finance`), so that case, accents and ligatures never stop a match.
 * For matching only: the text shown keeps its own letters.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
