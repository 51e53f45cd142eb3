import type { PairBudget } from '../work-limits.ts';

/** Up to this many spellings of a kind, every pair is compared: cheaper than building keys. */
const ALL_PAIRS_UP_TO = 150;
/** Words of a person's name that can be near another: one letter off needs four letters (`Lopez`/`Lopes`). */
const MIN_NEAR_LENGTH = 4;
/** From this length two slips count as near (`similarWords`), so keys must find two edits. */
const TWO_SLIPS_FROM = 10;

/** A word or name of one spelling (its `owner`, an index), to find near others by. */
export interface OwnedTerm {
  owner: number;
  term: string;
}

/**
 * Terms filed under keys that near terms share: equal, one edit apart, or two edits apart when
 * both are ten letters or longer, which is what `namesMatch` and `similarWords` can accept. The
 * keys miss no such pair, so comparing only the candidates finds what comparing every pair finds,
 * at a cost that grows with the terms rather than their square.
 */
export class NearTerms {
  private readonly owners = new Map<string, number[]>();

  constructor(indexed: readonly OwnedTerm[]) {
    for (const { owner, term } of indexed) {
      for (const key of indexKeys(term)) {
        const list = this.owners.get(key);
        if (!list) this.owners.set(key, [owner]);
        else if (list.at(-1) !== owner) list.push(owner);
      }
    }
  }

  /** Owners of terms that may be near `term` (every one that is, and some that are not), each once. */
  *candidates(term: string): Generator<number> {
    const seen = new Set<number>();
    for (const key of queryKeys(term)) {
      for (const owner of this.owners.get(key) ?? []) {
        if (seen.has(owner)) continue;
        seen.add(owner);
        yield owner;
      }
    }
  }
}

/**
 * The pairs of distinct spellings worth comparing, as index pairs `i < j`, each counted against
 * `budget`. A few spellings are all compared; many (a story with a huge version) only where
 * `NearTerms` finds a near word. `terms(spelling)` gives the words to look at: `surname` must be
 * near for two full names to match, or `given` (two given names or more) equal, `words` for a
 * one-word name to match a full one (`Nduhungirehe` / `Olivier Nduhungirehe`).
 */
export function spellingPairs(
  spellings: readonly string[],
  terms: (spelling: string) => { words: readonly string[]; surname?: string | undefined; given?: string | undefined },
  budget: PairBudget,
): [number, number][] {
  const n = spellings.length;
  const pairs: [number, number][] = [];
  if (n <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!budget.take()) return pairs;
        pairs.push([i, j]);
      }
    }
    return pairs;
  }
  const parts = spellings.map(terms);
  const found = new Set<number>();
  const visit = (indexed: readonly OwnedTerm[], queries: readonly OwnedTerm[]): boolean => {
    const near = new NearTerms(indexed);
    for (const { owner, term } of queries) {
      for (const other of near.candidates(term)) {
        const code = owner < other ? owner * n + other : other * n + owner;
        if (other === owner || found.has(code)) continue;
        if (!budget.take()) return false;
        found.add(code);
      }
    }
    return true;
  };
  // Full names meet on their surnames; a one-word name meets any word of another name.
  const full = parts.flatMap((part, owner) => (part.surname === undefined ? [] : [{ owner, term: part.surname }]));
  const single = parts.flatMap((part, owner) => (part.surname === undefined ? part.words.map((term) => ({ owner, term })) : []));
  const every = parts.flatMap((part, owner) => part.words.map((term) => ({ owner, term })));
  // Full names with two given names or more also meet on them (`Idris Naim …`, whatever the surname).
  const given = parts.flatMap((part, owner) => (part.given === undefined ? [] : [{ owner, term: part.given }]));
  if (visit(full, full) && visit(given, given)) visit(every, single);
  for (const code of [...found].sort((x, y) => x - y)) pairs.push([Math.floor(code / n), code % n]);
  return pairs;
}

/**
 * The words that have at least one other word `near` them (a symmetric test that accepts no more
 * than `NearTerms` files together), by index. Each word stops at its first partner, and every
 * comparison counts against `budget`.
 */
export function withNearPartner(words: readonly string[], near: (a: string, b: string) => boolean, budget: PairBudget): Set<number> {
  const marked = new Set<number>();
  const index = words.length > ALL_PAIRS_UP_TO ? new NearTerms(words.map((term, owner) => ({ owner, term }))) : undefined;
  const others = (i: number): Iterable<number> => index?.candidates(words[i]!) ?? words.keys();
  for (let i = 0; i < words.length; i++) {
    if (marked.has(i)) continue;
    for (const j of others(i)) {
      if (j === i) continue;
      if (!budget.take()) return marked;
      if (near(words[i]!, words[j]!)) {
        marked.add(i).add(j);
        break;
      }
    }
  }
  return marked;
}

/**
 * Keys under which a term is filed. Equal terms share `=term`. Terms of four to ten letters file
 * every one-deletion variant (`~lopz` for `lopez` and `lopes`): two terms one edit apart share one.
 * Terms of ten letters or more also file pigeonhole keys: cut a term of length L into three
 * pieces; two edits leave one piece whole, at most two places from where it was, in a term whose
 * length is within two of L. So each term files, for every L within two of its own length, each
 * piece position shifted by up to two, and `queryKeys` asks with its own pieces.
 */
function indexKeys(term: string): string[] {
  const keys = [`=${term}`];
  if (term.length >= MIN_NEAR_LENGTH && term.length <= TWO_SLIPS_FROM) keys.push(...deletionKeys(term));
  if (term.length >= TWO_SLIPS_FROM) {
    for (let length = term.length - 2; length <= term.length + 2; length++) {
      if (length < TWO_SLIPS_FROM) continue;
      for (let piece = 0; piece < 3; piece++) {
        const [start, end] = pieceBounds(length, piece);
        for (let shift = -2; shift <= 2; shift++) {
          const from = start + shift;
          const to = end + shift;
          if (from >= 0 && to <= term.length) keys.push(`${length}:${piece}:${term.slice(from, to)}`);
        }
      }
    }
  }
  return keys;
}

function queryKeys(term: string): string[] {
  const keys = [`=${term}`];
  if (term.length >= MIN_NEAR_LENGTH && term.length <= TWO_SLIPS_FROM) keys.push(...deletionKeys(term));
  if (term.length >= TWO_SLIPS_FROM) {
    for (let piece = 0; piece < 3; piece++) {
      const [start, end] = pieceBounds(term.length, piece);
      keys.push(`${term.length}:${piece}:${term.slice(start, end)}`);
    }
  }
  return keys;
}

/** The term itself and each variant with one letter deleted, marked apart from the other keys. */
function deletionKeys(term: string): string[] {
  const keys = [`~${term}`];
  for (let i = 0; i < term.length; i++) keys.push(`~${term.slice(0, i)}${term.slice(i + 1)}`);
  return keys;
}

function pieceBounds(length: number, piece: number): [number, number] {
  return [Math.floor((piece * length) / 3), Math.floor(((piece + 1) * length) / 3)];
}
