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

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
