import { editDistanceWithSwaps } from '../language/edit-distance.ts';

/** A word of the index that a query word matches, and how well (1 = the same word). */
export interface TermMatch {
  term: number;
  weight: number;
}

/**
 * Edits a query word may carry and still match, by its length: short words must be exact (every
 * three-letter word is one edit from dozens of others), a dropped or swapped letter is allowed
 * from four letters on ("Rwnada"), two from eight ("Nduhungirhe" for "Nduhungirehe").
 */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The vocabulary of every indexed document: for each distinct folded word, the documents that
 * hold it (ascending), and for each trigram of the space-padded word the words that hold it. A
 * query word is looked up in the vocabulary (thousands of words), never in the documents, which is
 * what keeps a keystroke's cost flat as the corpus grows.
 */
export class TermIndex {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly trigramTerms = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private counts = new Int32Array(1024);
  private documentCount = 0;

  get documents(): number {
    return this.documentCount;
  }

  /** Indexes the next document, given its distinct folded words; returns its number. */
  add(terms: Iterable<string>): number {
    const doc = this.documentCount++;
    let length = 0;
    for (const term of terms) {
      length++;
      let id = this.ids.get(term);
      if (id === undefined) id = this.addTerm(term);
      const list = this.postings[id]!;
      if (list[list.length - 1] !== doc) list.push(doc);
    }
    this.lengths.push(length);
    return doc;
  }

  /** Distinct words of a document. */
  lengthOf(doc: number): number {
    return this.lengths[doc] ?? 0;
  }

  documentsOf(term: number): readonly number[] {
    return this.postings[term] ?? [];
  }

  /**
   * Vocabulary words matching one query word: the same word; words within `allowedEdits` of it;
   * and, when the reader is still typing it, every word it begins.
   */
  match(word: string, typing: boolean): TermMatch[] {
    const found = new Map<number, number>();
    const keep = (term: number, weight: number): void => {
      if (weight > (found.get(term) ?? 0)) found.set(term, weight);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) keep(exact, 1);
    if (typing && word.length >= 2) {
      for (const term of this.trigramTerms.get(` ${word.slice(0, 2)}`) ?? []) {
        const text = this.terms[term]!;
        if (text.length > word.length && text.startsWith(word)) keep(term, 0.6 + (0.3 * word.length) / text.length);
      }
    }
    const edits = allowedEdits(word.length);
    if (edits > 0) for (const [term, distance] of this.near(word, edits)) keep(term, 1 - distance / (word.length + 1));
    return [...found].map(([term, weight]) => ({ term, weight }));
  }

  /** Words within `edits` of `word`: those sharing enough trigrams, checked by edit distance. */
  private near(word: string, edits: number): [number, number][] {
    const grams = trigrams(word);
    // One edit breaks at most four trigrams of the padded word (a swap touches two letters).
    const needed = Math.max(1, grams.length - 4 * edits);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const term of this.trigramTerms.get(gram) ?? []) {
        if (this.counts[term] === 0) touched.push(term);
        this.counts[term]!++;
      }
    }
    const near: [number, number][] = [];
    for (const term of touched) {
      const text = this.terms[term]!;
      if (this.counts[term]! >= needed && Math.abs(text.length - word.length) <= edits) {
        const distance = editDistanceWithSwaps(word, text, edits);
        if (distance > 0 && distance <= edits) near.push([term, distance]);
      }
      this.counts[term] = 0;
    }
    return near;
  }

  private addTerm(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    this.postings.push([]);
    for (const gram of trigrams(term)) {
      let list = this.trigramTerms.get(gram);
      if (!list) this.trigramTerms.set(gram, (list = []));
      list.push(id);
    }
    if (id >= this.counts.length) {
      const grown = new Int32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    return id;
  }
}

/** Distinct trigrams of ` word `: the padding makes first and last letters count, and lets a two-letter prefix be looked up as ` ab`. */
export function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
