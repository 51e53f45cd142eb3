import { foldLetters } from '../language/fold.ts';
import { spellingKey } from '../language/spelling.ts';
import { lightStem } from '../language/stem.ts';
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
  const plain = foldLetters(text)
    .replace(/[‘’ʼ`]/gu, "'")
    .replace(/\b([a-z])\.(?=[a-z]\.)/gu, '$1')
    .replace(/\b([a-z])\.(?=\s|$|[^a-z])/gu, '$1')
    .replace(/(\d)\s+(am|pm)\b/gu, '$1$2')
    .replace(/'s\b/gu, '')
    .replace(/[^\p{L}\p{N}£€$%]+/gu, ' ')
    .trim();
  return plain.split(' ').map(spellingKey).join(' ');
}

/**
 * A light English stem (`stage`/`stages`, `deported`/`deport`): language's `lightStem`, memoized
 * because grouping keys the same words many times.
 */
export const stem = memoized(lightStem);

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
