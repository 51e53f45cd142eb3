// What HTML elements are to a reader: hidden, or part of a line of text (phrasing) rather than a block.

/** Elements whose content a reader never sees as text. */
export const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'title',
  'svg',
  'math',
  'select',
  'iframe',
  'object',
  'canvas',
]);

/** Phrasing (inline) elements: every other element breaks the text into blocks (`<br>` too, read as a space). */
export const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  'ruby',
  'rp',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

export const isPhrasing = (tag: string): boolean => PHRASING.has(tag);
