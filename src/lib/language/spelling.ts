/**
 * The American spelling of a British word, for matching only (`organise` → `organize`, `labour` →
 * `labor`, `centre` → `center`, `catalogue` → `catalog`); words under five letters are left alone.
 * Lower-case input; the result is a key, never shown.
 */
export function spellingKey(word: string): string {
  if (word.length < 5) return word;
  return (
    word
      .replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
      .replace(/ys(e|es|ed|ing)$/u, 'yz$1')
      // `colour`, `labour`, `behaviour`; not `hours`, `flours`, `detours`, where `our` is no suffix.
      // One `\p{L}*` and the vowel tested apart: two stars backtrack quadratically on a long token.
      .replace(
        /^(?!(?:contour|detour|devour|paramour|troubadour)s?$)(\p{L}*[^aeiouy]i?)our(s|ed|ing|ite|ites|able)?$/u,
        (whole, stem: string, ending: string | undefined) =>
          /[aeiouy]/u.test(stem.replace(/[^aeiouy]i?$/u, '')) ? `${stem}or${ending ?? ''}` : whole,
      )
      .replace(/([tb])re(s)?$/u, '$1er$2')
      .replace(/ogue(s)?$/u, 'og$1')
  );
}

/**
 * A name's sound, for matching spellings only: `ph` read as `f` (`Josephine` / `Josefine`, `Raphael` /
 * `Rafael`). Lower-case input; the result is a key, never shown.
 */
export function soundKey(word: string): string {
  return word.replace(/ph/gu, 'f');
}
