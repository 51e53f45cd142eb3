import { Parser } from 'htmlparser2';
import { INVISIBLE, isPhrasing } from './elements.ts';

/**
 * A saved page read once with htmlparser2 (the tokenizer linkedom builds its DOM with), keeping for
 * every character a reader would see the span of the file it came from. Nothing in the page runs:
 * scripts, styles, templates, iframes and comments are skipped as markup, never read as text (the
 * JSON-LD scripts are read as data, for the metadata).
 */

/** An element of the page, with the part of the visible text it holds. */
export interface SourceElement {
  tag: string;
  /** Index of the parent element, -1 for none. */
  parent: number;
  attributes: Readonly<Record<string, string>>;
  /** The visible characters inside it: `visible.text.slice(from, to)`. */
  from: number;
  to: number;
}

/**
 * The text a reader sees, whitespace collapsed to single spaces (as a browser shows it), each character
 * with its span of the file (`starts`/`ends`), the innermost element holding it, and a barrier number
 * that changes wherever invisible markup (a script, a comment) lies between two characters.
 */
export interface VisibleText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  element: Int32Array;
  barrier: Int32Array;
}

export interface ScannedPage {
  visible: VisibleText;
  elements: SourceElement[];
  /**
   * The copy of the page the extractor reads: the same elements and text (entities as written), without
   * what a reader never sees (scripts, styles, comments, hidden elements) and without the attributes the
   * extractor does not read (only class, id, role, itemprop, rel, href and aria-hidden are kept), so that
   * building its DOM costs less. Wrappers nested deeper than {@link MAX_DEPTH} are flattened (a `<div>`
   * becomes a space, a `<span>` nothing; their content stays, a level up): a browser flattens such
   * nesting too, the extractor's work grows with depth, and its recursion would run out of stack.
   */
  readingCopy: string;
  /** Bodies of `<script type="application/ld+json">`, as written. */
  jsonLd: string[];
  /** The `<title>` text. */
  title: string;
}

/** Whitespace as `\s` reads it, by code: what a browser collapses, and no-break spaces (matched as spaces). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How deep elements may nest before the extractor sees them flattened (Chromium's parser stops at 512). */
export const MAX_DEPTH = 256;

/** An inline style that hides the element, as Readability's visibility check reads it. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/iu;

/** Elements without content or end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The attributes the extractor reads to judge an element; the others stay out of its copy. */
const READ_ATTRIBUTES = ['class', 'id', 'role', 'itemprop', 'rel', 'href', 'aria-hidden'];

/** An open tag for the reading copy, with the attributes the extractor reads, values escaped. */
function openTag(tag: string, attributes: Readonly<Record<string, string>>): string {
  let out = `<${tag}`;
  for (const name of READ_ATTRIBUTES) {
    const value = attributes[name];
    if (value !== undefined) out += ` ${name}="${value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;')}"`;
  }
  return `${out}>`;
}

/** Blocks that cannot hold themselves (a `<p>` closes the `<p>` before it), kept when flattening. */
const UNNESTABLE = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'td', 'th', 'tr', 'br', 'img']);

/** Nesting past which a page is refused: no article nests so deep, and HTML parsers slow down with depth squared. */
export const MAX_NESTING = 5_000;

/** Elements a parser closes by itself (void elements, and blocks the next one like them closes). */
const SELF_CLOSING = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param'],
  ...['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rt', 'rp', 'thead', 'tbody', 'tfoot'],
]);

/**
 * The offset where a page's elements first nest deeper than {@link MAX_NESTING} (open tags counted
 * against close tags, those a parser closes by itself left out), or undefined. A quick estimate, read
 * before parsing: a page nested so deep is hostile or broken, and parsing it would take minutes.
 */
export function tooDeepAt(original: string): number | undefined {
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>/gu;
  let depth = 0;
  for (let match = tag.exec(original); match; match = tag.exec(original)) {
    const name = match[2]!.toLowerCase();
    if (SELF_CLOSING.has(name) || match[0].endsWith('/>')) continue;
    depth += match[1] ? -1 : 1;
    if (depth > MAX_NESTING) return match.index;
    if (depth < 0) depth = 0;
  }
  return undefined;
}

export function scanPage(original: string): ScannedPage {
  const elements: SourceElement[] = [];
  // At most one character per character of the file, plus one break per tag (each at least 3 characters).
  const capacity = original.length + 1;
  const codes = new Uint16Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const owner = new Int32Array(capacity);
  const barriers = new Int32Array(capacity);
  let length = 0;
  const jsonLd: string[] = [];
  let title = '';
  const stack: number[] = [];
  let hidden = 0;
  let barrier = 0;
  let pendingBreak = false;
  let script = '';
  const copy: string[] = [];
  /** Per element index: 1 when its tags are in the reading copy, 2 when it was flattened there. */
  const written: number[] = [];
  const flatten = (tag: string): void => {
    if (!isPhrasing(tag) && copy[copy.length - 1] !== ' ') copy.push(' ');
  };

  const current = (): number => stack[stack.length - 1] ?? -1;
  const push = (code: number, start: number, end: number): void => {
    if (length >= capacity) return;
    codes[length] = code;
    starts[length] = start;
    ends[length] = end;
    owner[length] = current();
    barriers[length] = barrier;
    length++;
  };
  const emit = (value: string, start: number, end: number): void => {
    // An entity (`&amp;`, `&#8217;`) arrives alone, decoded: its characters share its whole span.
    const exact = end - start === value.length && original.startsWith(value, start);
    for (let i = 0; i < value.length; i++) {
      const from = exact ? start + i : start;
      const to = exact ? start + i + 1 : end;
      const code = value.charCodeAt(i);
      if (isSpace(code)) {
        if (length > 0 && codes[length - 1] !== 0x20) push(0x20, from, to);
        continue;
      }
      if (pendingBreak && length > 0 && codes[length - 1] !== 0x20) push(0x20, from, from);
      pendingBreak = false;
      push(code, from, to);
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (!isPhrasing(tag)) pendingBreak = true;
        if (tag === 'br') pendingBreak = true;
        const parent = current();
        elements.push({ tag, parent, attributes, from: length, to: length });
        stack.push(elements.length - 1);
        if (hidden > 0 || INVISIBLE.has(tag) || 'hidden' in attributes || HIDDEN_STYLE.test(attributes['style'] ?? '')) {
          hidden++;
          barrier++;
          written.push(0);
        } else if (stack.length > MAX_DEPTH && !UNNESTABLE.has(tag)) {
          flatten(tag);
          written.push(2);
        } else {
          copy.push(openTag(tag, attributes));
          written.push(1);
        }
        script = '';
      },
      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (hidden > 0) {
          script += data;
          return;
        }
        copy.push(original.slice(start, end));
        emit(data, start, end);
      },
      onclosetag(name) {
        const index = stack.pop();
        if (index === undefined) return;
        const element = elements[index]!;
        element.to = length;
        if (written[index] === 1 && !VOID.has(element.tag)) copy.push(`</${element.tag}>`);
        if (written[index] === 2) flatten(element.tag);
        if (hidden > 0) {
          hidden--;
          if (element.tag === 'script' && /ld\+json/iu.test(element.attributes['type'] ?? '')) jsonLd.push(script);
          if (element.tag === 'title' && !title) title = script.replace(/\s+/gu, ' ').trim();
          script = '';
          if (hidden === 0) barrier++;
        }
        if (!isPhrasing(name.toLowerCase())) pendingBreak = true;
      },
      oncomment() {
        barrier++;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(original);
  for (const index of stack) elements[index]!.to = length;
  // No trailing space: the visible text ends at its last character.
  while (length > 0 && codes[length - 1] === 0x20) length--;
  let text = '';
  for (let at = 0; at < length; at += 8192) text += String.fromCharCode(...codes.subarray(at, Math.min(length, at + 8192)));
  for (const element of elements) {
    element.from = Math.min(element.from, length);
    element.to = Math.min(element.to, length);
  }
  return {
    visible: {
      original,
      text,
      starts: starts.subarray(0, length),
      ends: ends.subarray(0, length),
      element: owner.subarray(0, length),
      barrier: barriers.subarray(0, length),
    },
    elements,
    readingCopy: copy.join(''),
    jsonLd,
    title,
  };
}

/** The visible text of an element, trimmed. */
export function textOf(page: ScannedPage, element: SourceElement): string {
  return page.visible.text.slice(element.from, element.to).trim();
}
