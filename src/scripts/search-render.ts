import { snippet, splitHighlights, type SearchHit } from '../lib/search/index.ts';

/**
 * A hit's text with its matched words in <mark>, and its context line. Built from text nodes only:
 * article text never passes through an HTML parser.
 */
export function renderHit(hit: SearchHit, maxLength: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const text = document.createElement('span');
  text.className = 'search-hit__text';
  const cut = snippet(hit.document.text, hit.highlights, maxLength);
  for (const piece of splitHighlights(cut.text, cut.ranges)) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else {
      text.append(document.createTextNode(piece.text));
    }
  }
  const detail = document.createElement('span');
  detail.className = 'search-hit__detail';
  detail.textContent = hit.document.detail;
  fragment.append(text, detail);
  return fragment;
}

/** A hit as listed: the first of identical sentences, with the others that say it word for word. */
export interface ListedHit {
  hit: SearchHit;
  /** The same sentence in other outlets (a copy's unchanged lines), named beside the first, never listed again. */
  also: SearchHit[];
}

/** Identical sentences of several outlets listed once, naming every outlet; other hits as they come. */
export function listOnce(hits: readonly SearchHit[]): ListedHit[] {
  const listed: ListedHit[] = [];
  const bySentence = new Map<string, ListedHit>();
  for (const hit of hits) {
    const key = hit.document.kind === 'sentence' ? hit.document.text.replace(/\s+/g, ' ').trim() : undefined;
    const first = key === undefined ? undefined : bySentence.get(key);
    if (first) {
      first.also.push(hit);
      continue;
    }
    const entry = { hit, also: [] };
    listed.push(entry);
    if (key !== undefined) bySentence.set(key, entry);
  }
  return listed;
}

/** "same sentence in Republisher · sentence 2": where an identical sentence is also said, for a one-line option. */
export function alsoLine(also: readonly SearchHit[]): string {
  return also.length === 0 ? '' : `same sentence in ${also.map((hit) => hit.document.detail).join('; ')}`;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
