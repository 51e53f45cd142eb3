import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isPhrasing } from './elements.ts';

/** Content Readability may keep that is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math', 'select', 'iframe', 'object', 'canvas']);

/**
 * The article's text blocks as Readability (Firefox Reader View) chooses them, run on a linkedom DOM of
 * the page's reading copy (see `ScannedPage.readingCopy`): each block's text with whitespace collapsed,
 * split wherever the page's own text breaks (any element other than a phrasing one; a `<br>` reads as a
 * space), in reading order. The DOM is only read: linkedom runs no script and loads nothing. Empty when
 * Readability finds no article.
 */
export function extractBlocks(html: string): string[] {
  const { document } = parseHTML(html);
  const article = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true, disableJSONLD: true }).parse();
  if (!article?.content) return [];
  const blocks: string[] = [];
  let run = '';
  const flush = (): void => {
    const text = run.replace(/\s+/gu, ' ').trim();
    if (text) blocks.push(text);
    run = '';
  };
  // Depth-first, without recursion: a page may nest elements thousands deep.
  const pending: (Node | 'close')[] = [article.content];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node === 'close') {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      run += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag) || (node as Element).hasAttribute('hidden')) continue;
    // A line break inside a paragraph: a space, as the page's visible text reads it.
    if (tag === 'br') {
      run += ' ';
      continue;
    }
    const breaks = !isPhrasing(tag);
    if (breaks) {
      flush();
      pending.push('close');
    }
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  flush();
  return blocks;
}
