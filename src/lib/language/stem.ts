import { spellingKey } from './spelling.ts';

/**
 * Two stemmers, for two jobs; neither pretends to be Porter's, and each stage's figures were tuned
 * on its own (a library stemmer would move them):
 * - `rootStem` (alignment): a light suffix strip cut to six letters, so that paraphrases meet at a
 *   root (`deported`, `deportees`, `deportations` → `deport`) and so do two spellings of a long
 *   name (`Nduhungireh`, `Nduhungirehe` → `nduhun`). Coarse on purpose: a shared root is evidence.
 * - `lightStem` (facts): plurals and `-ed`/`-ing` only, after British spellings are made American,
 *   so `stage`/`stages` and `deported`/`deport` compare equal but `deportation` stays apart.
 */

// Longest first, so `deportations` loses `ations` rather than `s`.
const ROOT_SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ers',
  'ees',
  'ies',
  'ied',
  'ed',
  'en',
  'es',
  'er',
  'ly',
  'al',
  's',
];
const ROOT_LENGTH = 6;
// Endings that may follow a silent e (`cared`, `cares`, `caring`, `taken`, `timer`).
const E_SUFFIXES = new Set(['ings', 'ing', 'ers', 'ed', 'en', 'es', 'er']);
// One syllable closed by a single consonant (Porter's *o): `car`, `plan`, `tim`; its e carries the meaning.
const SHORT_SYLLABLE = /^[^aeiouy]+[aeiouy][^aeiouwxy]$/;

/** The alignment root of a lower-case word: a light suffix strip, then its first six letters. */
export function rootStem(word: string): string {
  let base = word.replace(/'s?$/, '');
  // Whether the word may have lost a silent e: `care`, `cared`, `cares`, `caring` (but not `cars`).
  let silentE = false;
  for (const suffix of ROOT_SUFFIXES) {
    if (base.length - suffix.length >= 3 && base.endsWith(suffix) && !(suffix === 's' && /(ss|us|is)$/.test(base))) {
      base = base.slice(0, base.length - suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'y' : '');
      silentE = E_SUFFIXES.has(suffix) && !(suffix === 'es' && /(s|x|z|ch|sh)$/.test(base));
      break;
    }
  }
  if (base.length > 3 && base.endsWith('e')) {
    base = base.slice(0, -1);
    silentE = true;
  }
  // A short stem keeps its silent e, so `care` stays apart from `cars` and `plane` from `plans`.
  if (silentE && SHORT_SYLLABLE.test(base)) base += 'e';
  return base.slice(0, ROOT_LENGTH);
}

/** The facts stem of a word (any case; a possessive `'s` is dropped): plurals, `-ed` and `-ing` off. */
export function lightStem(word: string): string {
  const w = spellingKey(word.toLowerCase().replace(/['’]s$/u, ''));
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) return trimDouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return trimDouble(w.slice(0, -2).replace(/i$/u, 'y'));
  if (/(?:ss|x|ch|sh)es$/u.test(w)) return w.slice(0, -2);
  const singular = w.endsWith('s') && !/(?:ss|us|is)$/u.test(w) ? w.slice(0, -1) : w;
  return singular.endsWith('e') ? singular.slice(0, -1) : singular;
}

function trimDouble(w: string): string {
  const trimmed = /([^aeiouls])\1$/u.test(w) ? w.slice(0, -1) : w;
  return trimmed.endsWith('e') ? trimmed.slice(0, -1) : trimmed;
}

/**
 * A describing word by its ending: an adjective or participle of more than five letters in `-ful`, `-less`, `-ous`,
 * `-ive`, `-ed` or `-ing` (`tearful`, `embattled`, `grieving`, `defensive`; not `defiant`, `red`, `king`). The ending
 * alone: a word that is also a noun (`offensive`, `building`) is the caller's to rule out with its lexicon.
 */
export function describingEnding(word: string): boolean {
  return word.length > 5 && DESCRIBING_ENDING.test(word);
}

const DESCRIBING_ENDING = /(?:ful|less|ous|ive|ed|ing)$/iu;
