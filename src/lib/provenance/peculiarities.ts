import { withinSlipsOfLonger } from '../language/edit-distance.ts';
import type { WordSequence } from './word-sequence.ts';

/**
 * Slips that two writers rarely make independently: a doubled word ("their their") and an odd
 * spelling of a name. Shared slips are the classic evidence of copying (stemmatics' "common
 * errors"); a slip in one version that the other lacks shows a correction or a separate text.
 */

/** A word written twice in a row with nothing between. */
export interface DoubledWord {
  /** Word index in the sequence of the second occurrence. */
  at: number;
  /** The doubling with the word before it, as written: `predict their their`. */
  text: string;
  /** Matching key: the word before and the doubled word. */
  key: string;
}

/** English doublings that are grammatical ("had had", "that that"), never counted as slips. */
const GRAMMATICAL_DOUBLES = new Set(['had', 'that', 'is', 'do', 'very', 'no', 'so', 'bye', 'far', 'really', 'many', 'long']);

export function doubledWords(sequence: WordSequence): DoubledWord[] {
  const found: DoubledWord[] = [];
  const { ids, tokens, joined } = sequence;
  for (let k = 1; k < ids.length; k++) {
    if (ids[k] !== ids[k - 1] || joined[k] !== 1) continue;
    const norm = tokens[k]!.norm;
    if (GRAMMATICAL_DOUBLES.has(norm) || /\d/.test(norm)) continue;
    const before = k >= 2 && joined[k - 1] === 1 ? tokens[k - 2]! : undefined;
    found.push({
      at: k,
      text: [before?.text, tokens[k - 1]!.text, tokens[k]!.text].filter(Boolean).join(' '),
      key: `${before?.norm ?? ''} ${norm}`,
    });
  }
  return found;
}

/**
 * Capitalised words of five letters or more, by normalised form: names, mostly. Only these are
 * compared for spelling, because common words differ by house style ("criticised"/"criticized").
 */
export function nameForms(sequence: WordSequence): Map<string, string> {
  const forms = new Map<string, string>();
  for (const token of sequence.tokens) {
    if (token.norm.length >= 5 && /^\p{Lu}\p{L}+$/u.test(token.text) && !forms.has(token.norm)) forms.set(token.norm, token.text);
  }
  return forms;
}

/** Endings that make another word rather than another spelling: Rwanda/Rwandan, Nation/Nations. */
const INFLECTIONS = new Set(['s', 'es', 'n', 'an', 'ian', "'s", "'"]);

/**
 * Two spellings of one name: one edit apart (two for names of ten letters or more), and not the
 * same word with an inflection added. Tighter than that and real pairs of words slip in
 * (African/American are two edits apart).
 */
export function isSpellingVariant(x: string, y: string): boolean {
  if (x === y || x[0] !== y[0]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short) && INFLECTIONS.has(long.slice(short.length))) return false;
  return withinSlipsOfLonger(short, long);
}
