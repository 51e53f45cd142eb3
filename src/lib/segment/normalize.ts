/**
 * Folding for matching, never for display: two outlets that differ only in quote style, dash style,
 * width forms, case or spacing should compare equal.
 */

// Typographic single quotes, the low-9 quote and the prime all read as an apostrophe in news copy;
// double primes (″) count as quotes too, since scrapes use them for inches and mangled quotes alike.
const FOLDED: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...'‘’‚‛′'].map((mark) => [mark, "'"])),
  ...Object.fromEntries([...'“”„‟″'].map((mark) => [mark, '"'])),
  ...Object.fromEntries([...'‐‑‒–—―−'].map((mark) => [mark, '-'])),
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');
// Invisible characters that only affect layout; removing them lets "co\u00ADoperate" match "cooperate".
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;
// Printable ASCII is already NFKC and has no typographic quotes or dashes: the common case (most
// tokens of English text) skips the Unicode work, which dominates segmenting time otherwise.
const PLAIN_ASCII = /^[\x20-\x7E]*$/;
const SPACE_RUN = / {2,}/g;

function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (mark) => FOLDED[mark]!);
}

/**
 * NFKC, lower case, straight quotes (‘’‚‛′ → ', “”„‟″ → "), ASCII hyphen for every dash and the minus
 * sign, soft hyphens and zero-width spaces removed, whitespace runs collapsed to one space and trimmed.
 */
export function normalizeForMatching(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(SPACE_RUN, ' ').trim();
  // Folding before NFKC keeps ″ a quote (NFKC would turn it into two primes); folding again after it
  // catches compatibility forms that NFKC turns into dashes, such as the small em dash U+FE58.
  const folded = foldPunctuation(text);
  const composed = folded.normalize('NFKC');
  const refolded = composed === folded ? composed : foldPunctuation(composed);
  return refolded.toLowerCase().replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}
