import { joinMapped } from '../../text/mapped-text.ts';
import type { FoundMetadata, MappedText, RemovedFragment } from '../../types.ts';
import { extractBlocks } from './extract.ts';
import { pageMetadata } from './metadata.ts';
import { REASONS, elementReason, headingReason, type PageReason } from './reasons.ts';
import { scanPage, type ScannedPage } from './source.ts';

export { decodeHtmlFile, declaredCharset } from './charset.ts';
export { MAX_NESTING, tooDeepAt } from './source.ts';

export interface HtmlSource {
  /** The article's paragraphs as a reader sees them, blank lines between, each character mapped to the file. */
  text: MappedText;
  /** What a reader of the page sees that is not the article, each piece with its reason, in file offsets. */
  removed: RemovedFragment[];
  /** The page's headline. */
  title?: string;
  /** Headline, byline, date and outlet the page states, with where each was read. */
  found: FoundMetadata;
}

/**
 * An article kept only when it holds this share of the kept text or less is page furniture (a figure
 * or a byline box inside the article); an element holding more is the article's own container,
 * whatever its class names say (`<body class="tag-community">`).
 */
const CONTAINER_SHARE = 0.5;

/** Elements that never hold an article, however much of the kept text they hold (a page of links only). */
const ALWAYS_CHROME = new Set(['nav', 'footer', 'button', 'label', 'dialog', 'figcaption']);

/**
 * Reads a saved page: Readability (on linkedom) chooses the article's paragraphs, and each is found
 * again in the page's visible text as htmlparser2 read it, so every character keeps its span of the
 * file: `original.slice(start, end)`, tags removed and entities decoded, is the text. Inside what
 * Readability keeps, markup that is never article text by its own name (a figure, a byline box, share
 * buttons, an advertisement slot, a headline, subheadings, a time standing alone) is taken out too.
 * Everything a reader would see that is not kept is listed in `removed`, with why.
 * Returns undefined when the page holds no article.
 */
export function readHtml(original: string): HtmlSource | undefined {
  const page = scanPage(original);
  const found = pageMetadata(page);
  const { visible } = page;
  const n = visible.text.length;
  const blockOf = new Int32Array(n).fill(-1);
  placeBlocks(visible.text, extractBlocks(page.readingCopy), blockOf);
  const why: (PageReason | undefined)[] = new Array<PageReason | undefined>(n);
  dropFurniture(page, blockOf, why);
  const body = keptText(page, blockOf);
  if (!/[\p{L}\p{N}]/u.test(body.text)) return undefined;
  const result: HtmlSource = { text: body, removed: removedFragments(page, blockOf, why), found };
  if (found.title !== undefined) result.title = found.title;
  return result;
}

/**
 * Finds the extractor's blocks in the visible text. A short block (`11:20`, a subheading) may stand in
 * the page more than once (a key-events list above the updates), so the blocks found exactly once come
 * first, as anchors (kept in the page's order); each other block is then looked for between the anchors
 * around it, else after the block before it, else anywhere not yet taken, and failing all that (the
 * extractor changed the text) word by word.
 */
function placeBlocks(text: string, blocks: readonly string[], blockOf: Int32Array): void {
  const occurrences = blocks.map((block) => {
    const found: number[] = [];
    for (let at = text.indexOf(block); at !== -1 && found.length < 2; at = text.indexOf(block, at + 1)) found.push(at);
    return found;
  });
  const anchors = new Map<number, number>();
  let last = -1;
  occurrences.forEach((found, index) => {
    if (found.length !== 1 || found[0]! < last) return;
    anchors.set(index, found[0]!);
    last = found[0]! + blocks[index]!.length;
  });
  const free = (at: number, length: number): boolean => {
    for (let i = at; i < at + length; i++) if (blockOf[i] !== -1) return false;
    return true;
  };
  const search = (block: string, from: number, to: number): number => {
    for (let at = text.indexOf(block, from); at !== -1 && at + block.length <= to; at = text.indexOf(block, at + 1))
      if (free(at, block.length)) return at;
    return -1;
  };
  const lastBefore = (block: string, limit: number): number => {
    for (let at = text.lastIndexOf(block, limit - block.length); at !== -1; at = at > 0 ? text.lastIndexOf(block, at - 1) : -1)
      if (free(at, block.length)) return at;
    return -1;
  };
  const place = (index: number, at: number): void => {
    blockOf.fill(index, at, at + blocks[index]!.length);
  };
  for (const [index, at] of anchors) place(index, at);
  // Before the first anchor, walking back from it: a heading just above the article, not its copy in a
  // list further up.
  const first = anchors.size > 0 ? Math.min(...anchors.keys()) : blocks.length;
  let limit = anchors.get(first) ?? text.length;
  for (let index = first - 1; index >= 0; index--) {
    let at = lastBefore(blocks[index]!, limit);
    if (at === -1) at = search(blocks[index]!, 0, text.length);
    if (at === -1) continue;
    place(index, at);
    limit = at;
  }
  let cursor = limit;
  for (let index = first; index < blocks.length; index++) {
    const block = blocks[index]!;
    const anchored = anchors.get(index);
    if (anchored !== undefined) {
      cursor = anchored + block.length;
      continue;
    }
    let at = search(block, cursor, text.length);
    if (at === -1) at = search(block, 0, text.length);
    if (at !== -1) {
      place(index, at);
      cursor = at + block.length;
      continue;
    }
    let position = cursor;
    for (const word of block.split(' ')) {
      const found = text.indexOf(word, position);
      if (found === -1 || found - position > 200 || !free(found, word.length)) continue;
      blockOf.fill(index, found, found + word.length);
      position = found + word.length;
    }
  }
}

/** Takes page furniture out of the kept blocks (see {@link readHtml}), noting why for each character. */
function dropFurniture(page: ScannedPage, blockOf: Int32Array, why: (PageReason | undefined)[]): void {
  const keptBefore = new Int32Array(blockOf.length + 1);
  for (let i = 0; i < blockOf.length; i++) keptBefore[i + 1] = keptBefore[i]! + (blockOf[i]! >= 0 ? 1 : 0);
  const total = keptBefore[blockOf.length]!;
  page.elements.forEach((element, index) => {
    const kept = keptBefore[element.to]! - keptBefore[element.from]!;
    if (kept === 0) return;
    const reason = elementReason(element) ?? headingReason(page.elements, index);
    if (!reason || (kept > total * CONTAINER_SHARE && !ALWAYS_CHROME.has(element.tag))) return;
    for (let i = element.from; i < element.to; i++) {
      if (blockOf[i]! < 0) continue;
      blockOf[i] = -1;
      why[i] ??= reason;
    }
  });
}

/** The kept characters, block by block in the page's order, each block trimmed, blank lines between. */
function keptText(page: ScannedPage, blockOf: Int32Array): MappedText {
  const { visible } = page;
  // Kept characters in page order, grouped by block; a space is kept only after a kept non-space of its block.
  const order: number[] = [];
  const lastOf = new Map<number, number>();
  for (let i = 0; i < blockOf.length; i++) {
    const block = blockOf[i]!;
    if (block < 0) continue;
    const previous = lastOf.get(block);
    // Where furniture was taken out between two spaces, one space stays.
    if (visible.text.charCodeAt(i) === 0x20 && (previous === undefined || visible.text.charCodeAt(previous) === 0x20)) continue;
    order.push(i);
    lastOf.set(block, i);
  }
  const byBlock = new Map<number, number[]>();
  for (const i of order) {
    const block = blockOf[i]!;
    let chars = byBlock.get(block);
    if (!chars) byBlock.set(block, (chars = []));
    chars.push(i);
  }
  const parts: MappedText[] = [];
  for (const chars of [...byBlock.values()].sort((a, b) => a[0]! - b[0]!)) {
    let length = chars.length;
    while (length > 0 && visible.text.charCodeAt(chars[length - 1]!) === 0x20) length--;
    if (length === 0) continue;
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    let text = '';
    for (let k = 0; k < length; k++) {
      const i = chars[k]!;
      starts[k] = visible.starts[i]!;
      ends[k] = visible.ends[i]!;
      text += visible.text[i];
    }
    parts.push({ original: visible.original, text, starts, ends });
  }
  return joinMapped(parts, visible.original, '\n\n');
}

/**
 * Every stretch of visible text that was not kept, as one fragment per reason: from its first to its
 * last visible character, so the fragment's text is the page's source there (tags and all). A fragment
 * never spans a script, style or comment: those are markup, neither shown nor listed.
 */
function removedFragments(page: ScannedPage, blockOf: Int32Array, why: (PageReason | undefined)[]): RemovedFragment[] {
  const { visible, elements } = page;
  // Up the element's ancestors: the first that markup names (a related box, a footer), else a heading or
  // a time standing alone, else whatever the extractor left out. Both walks are memoised by element.
  const named = new Map<number, PageReason | null>();
  const headed = new Map<number, PageReason | null>();
  const up = (memo: Map<number, PageReason | null>, own: (index: number) => PageReason | undefined, element: number): PageReason | null => {
    const chain: number[] = [];
    let found: PageReason | null = null;
    for (let e = element; e >= 0; e = elements[e]!.parent) {
      const known = memo.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      chain.push(e);
      const reason = own(e);
      if (reason) {
        found = reason;
        break;
      }
    }
    for (const e of chain) memo.set(e, found);
    return found;
  };
  let lastElement = -2;
  let lastReason: PageReason = REASONS.extractor;
  const reasonOf = (element: number): PageReason => {
    // Neighbouring characters mostly share their element.
    if (element !== lastElement) {
      lastElement = element;
      lastReason =
        up(named, (index) => elementReason(elements[index]!), element) ??
        up(headed, (index) => headingReason(elements, index), element) ??
        REASONS.extractor;
    }
    return lastReason;
  };
  const fragments: RemovedFragment[] = [];
  let open: { first: number; last: number; reason: PageReason; barrier: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const start = visible.starts[open.first]!;
    const end = visible.ends[open.last]!;
    fragments.push({ text: visible.original.slice(start, end), reason: open.reason.reason, rule: open.reason.rule, start, end });
    open = undefined;
  };
  for (let i = 0; i < blockOf.length; i++) {
    if (blockOf[i]! >= 0) {
      close();
      continue;
    }
    if (visible.text[i] === ' ') continue;
    const reason = why[i] ?? reasonOf(visible.element[i]!);
    const barrier = visible.barrier[i]!;
    if (open && (open.reason !== reason || open.barrier !== barrier)) close();
    if (open) open.last = i;
    else open = { first: i, last: i, reason, barrier };
  }
  close();
  return fragments;
}
