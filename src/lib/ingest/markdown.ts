import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { joinMapped } from '../text/mapped-text.ts';
import type { MappedText, RemovedFragment } from '../types.ts';

export interface MarkdownSource {
  /** Text of the Markdown's blocks, one block per paragraph, blank lines between. */
  text: MappedText;
  /** Markup that carried no article text but was taken out (images, raw HTML). */
  removed: RemovedFragment[];
  /** The text of a level-1 heading that opens the file. */
  title?: string;
}

const parser = unified().use(remarkParse);

/**
 * Reads Markdown with remark and keeps only its text: link text without URLs, emphasis without
 * asterisks. Each character keeps its offset in the Markdown file, so sentences found later point
 * at the right place in the source.
 */
export function readMarkdown(original: string): MarkdownSource {
  const tree = parser.parse(original) as Root;
  const blocks: MappedText[] = [];
  const removed: RemovedFragment[] = [];
  let title: string | undefined;

  const visitBlock = (node: RootContent, isFirst: boolean): void => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        if (node.type === 'paragraph' && isPipeTable(node, original)) {
          recordMarkup(node, original, removed, 'table');
          return;
        }
        const pieces: MappedText[] = [];
        collectInline(node, original, pieces, removed);
        const block = joinMapped(pieces, original);
        if (block.text.trim() === '') return;
        if (node.type === 'heading' && node.depth === 1 && isFirst && title === undefined) {
          title = block.text.trim();
          const start = node.position?.start.offset ?? 0;
          const end = node.position?.end.offset ?? start;
          removed.push({
            text: original.slice(start, end),
            rule: 'title-heading',
            reason: 'title heading (used as the version’s title)',
            start,
            end,
          });
          return;
        }
        blocks.push(block);
        return;
      }
      case 'code': {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const inner = original.slice(start, end);
        const offset = inner.indexOf(node.value);
        if (offset >= 0 && node.value.trim()) blocks.push(mapExact(original, start + offset, node.value));
        return;
      }
      case 'html': {
        recordMarkup(node, original, removed, 'raw HTML (markup, not article text)');
        return;
      }
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) node.children.forEach((child, index) => visitBlock(child as RootContent, isFirst && index === 0));
    }
  };
  tree.children.forEach((node, index) => visitBlock(node, index === 0));
  const result: MarkdownSource = { text: joinMapped(blocks, original, '\n\n'), removed };
  if (title !== undefined) result.title = title;
  return result;
}

function collectInline(node: Nodes, original: string, pieces: MappedText[], removed: RemovedFragment[]): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    pieces.push(mapValue(original, start, end, node.value));
    return;
  }
  if (node.type === 'break') {
    const at = node.position?.start.offset ?? 0;
    pieces.push({ original, text: ' ', starts: Int32Array.of(at), ends: Int32Array.of(at) });
    return;
  }
  if (node.type === 'image' || node.type === 'imageReference') {
    recordMarkup(node, original, removed, 'image (its alt text is not article text)');
    return;
  }
  if (node.type === 'html') {
    recordMarkup(node, original, removed, 'raw HTML (markup, not article text)');
    return;
  }
  if ('children' in node) for (const child of node.children) collectInline(child as Nodes, original, pieces, removed);
}

/** A GFM delimiter row: `|---|:---:|`, `--- | ---`. */
const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/**
 * A GFM table, which remark without GFM reads as a paragraph: a row of cells between pipes, then
 * the delimiter row, every line holding a pipe. Its cells are not sentences of the article, so the
 * whole block is taken out as one fragment.
 */
function isPipeTable(node: Nodes, original: string): boolean {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const lines = original.slice(start, end).split(/\r?\n/u);
  return (
    lines.length >= 2 &&
    lines[0]!.includes('|') &&
    DELIMITER_ROW.test(lines[1]!) &&
    lines[1]!.includes('|') &&
    lines.every((line) => line.includes('|'))
  );
}

function recordMarkup(node: Nodes, original: string, removed: RemovedFragment[], reason: string): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (end > start) removed.push({ text: original.slice(start, end), rule: 'markup', reason, start, end });
}

function mapExact(original: string, start: number, value: string): MappedText {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  for (let i = 0; i < value.length; i++) {
    starts[i] = start + i;
    ends[i] = start + i + 1;
  }
  return { original, text: value, starts, ends };
}

/**
 * Maps a text node's value onto its source span. Escapes (`\*`) and entities (`&amp;`) make the
 * value differ from the source, so characters are matched in order; one that cannot be found (an
 * entity's result) takes the span of the source it skipped.
 */
function mapValue(original: string, start: number, end: number, value: string): MappedText {
  if (original.slice(start, end) === value) return mapExact(original, start, value);
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const found = original.indexOf(value[i]!, cursor);
    const nextFound = i + 1 < value.length ? original.indexOf(value[i + 1]!, cursor) : end;
    if (found !== -1 && found < end && (nextFound === -1 || found <= nextFound || value[i] === value[i + 1])) {
      starts[i] = found;
      ends[i] = found + 1;
      cursor = found + 1;
    } else {
      const stop = nextFound !== -1 && nextFound < end ? nextFound : end;
      starts[i] = cursor;
      ends[i] = Math.max(cursor, stop);
      cursor = Math.max(cursor, stop);
    }
  }
  return { original, text: value, starts, ends };
}
