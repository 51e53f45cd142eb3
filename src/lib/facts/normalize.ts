import { isStopword } from './words.ts';

// Token norms repeat across versions and are keyed many times while grouping: a bounded memo pays.
const CACHE_LIMIT = 50_000;

function memoized(compute: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    if (cache.size > CACHE_LIMIT) cache.clear();
    const result = compute(text);
    cache.set(text, result);
    return result;
  };
}

/**
 * A key that is equal for wordings differing only in house style: case, accents, curly or straight
 * quotes, dashes and hyphens, dotted acronyms (`U.S.` = `US`), `5 p.m.` = `5pm`, and British or
 * American spelling (`organise` = `organize`, `labour` = `labor`).
 */
export const styleKey = memoized(computeStyleKey);

function computeStyleKey(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ`]/gu, "'")
    .replace(/\b([a-z])\.(?=[a-z]\.)/gu, '$1')
    .replace(/\b([a-z])\.(?=\s|$|[^a-z])/gu, '$1')
    .replace(/(\d)\s+(am|pm)\b/gu, '$1$2')
    .replace(/'s\b/gu, '')
    .replace(/[^\p{L}\p{N}£€$%]+/gu, ' ')
    .trim();
  return plain.split(' ').map(spellingKey).join(' ');
}

/** American spelling of a British word, for matching only; short words are left alone. */
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
 * A light English stem: enough that `stage`/`stages` and `deported`/`deport` compare equal, without
 * pretending to be a full stemmer.
 */
export const stem = memoized(computeStem);

function computeStem(word: string): string {
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

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Stems of the content words (function words dropped), for comparing wordings. */
export function contentStems(text: string): string[] {
  return wordsOf(styleKey(text))
    .filter((word) => !isStopword(word))
    .map(stem);
}

/** A URL- and id-safe slug of a label. */
export function slugify(text: string, maxWords = 6): string {
  const words = wordsOf(styleKey(text)).slice(0, maxWords);
  return words.join('-') || 'fact';
}
