// Test helpers for saved pages (imported by tests only): the hand-labelled fixtures, the text a slice of a
// page shows, and how much of a page's junk and article an analysis removed and kept.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { parse } from 'yaml';
import type { AnalysedVersion, RemovedFragment, StoryInput } from '../../src/lib/types.ts';
import { INVISIBLE, isPhrasing } from '../../src/lib/ingest/html/elements.ts';
import { scanPage } from '../../src/lib/ingest/html/source.ts';

export const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');

/** tests/fixtures/html-<layout>/expected.yaml: what a reader of the page takes as its article and metadata. */
export interface CaptureLabels {
  title: string;
  byline: string;
  published: string;
  outlet: string;
  paragraphs: string[];
}

export interface CaptureFixture {
  name: string;
  input: StoryInput;
  /** The page, decoded. */
  original: string;
  labels: CaptureLabels;
}

/** A story folder as the loader reads it. */
export function readStoryFolder(dir: string): StoryInput {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) {
    if (name === 'story.yaml' || name === 'expected.yaml') continue;
    files[name] = new Uint8Array(readFileSync(path.join(dir, name)));
  }
  return { slug: path.basename(dir), dir, manifestText: readFileSync(path.join(dir, 'story.yaml'), 'utf8'), files };
}

/** Every labelled saved-page fixture: one page and its labels per folder. */
export function captureFixtures(): CaptureFixture[] {
  return readdirSync(fixturesDir)
    .filter((name) => name.startsWith('html-') && readdirSync(path.join(fixturesDir, name)).includes('expected.yaml'))
    .sort()
    .map((name) => {
      const dir = path.join(fixturesDir, name);
      const input = readStoryFolder(dir);
      const page = Object.keys(input.files).find((file) => file.endsWith('.html'))!;
      const labels = parse(readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Omit<CaptureLabels, 'published'> & {
        published: string | Date;
      };
      const published = labels.published instanceof Date ? labels.published.toISOString().slice(0, 10) : labels.published;
      return { name, input, original: new TextDecoder().decode(input.files[page]), labels: { ...labels, published } };
    });
}

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

/**
 * What a slice of a page shows a reader: parsed again on its own (htmlparser2's DOM builder, not the
 * reader's scanner), tags removed (a `<br>` or a block's edge reads as a space), entities decoded,
 * scripts, styles and comments left out, whitespace collapsed. The removed fragments inside the slice
 * are replayed first, as the export promises.
 */
export function shownText(original: string, start: number, end: number, removed: readonly RemovedFragment[] = []): string {
  const inside = removed
    .filter((fragment) => fragment.start >= start && fragment.end <= end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let slice = '';
  let cursor = start;
  for (const fragment of inside) {
    if (fragment.start < cursor) continue;
    slice += original.slice(cursor, fragment.start) + (fragment.replacement ?? '');
    cursor = fragment.end;
  }
  slice += original.slice(cursor, end);
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.type === 'text') out.push(node.data ?? '');
    if (node.type === 'comment' || node.type === 'script' || node.type === 'style' || INVISIBLE.has(node.name ?? '')) return;
    // A line break, or the edge of a block (a paragraph, a list item), reads as a space, as a browser shows it.
    const breaks = node.type === 'tag' && !isPhrasing(node.name ?? '');
    if (breaks) out.push(' ');
    for (const child of node.children ?? []) walk(child);
    if (breaks) out.push(' ');
  };
  walk(parseDocument(slice, { decodeEntities: true }) as unknown as DomNode);
  return out.join('').replace(/\s+/gu, ' ').trim();
}

export interface CaptureScore {
  /** Share of the page's visible non-space characters outside the labelled paragraphs that the analysis did not keep. */
  junkRemoved: number;
  /** Per labelled paragraph, the share of its non-space characters kept. */
  paragraphsKept: number[];
  /** Labelled paragraphs not found in the page (a label typo). */
  missing: string[];
  /** Junk the analysis kept, as runs of visible text. */
  keptJunk: string[];
}

/**
 * Scores an analysed saved page against its labels on the text a reader sees (markup is not junk: a
 * page's tags and scripts would make any extractor look good), character by character: a character is
 * kept when a sentence covers it and no removed fragment does.
 */
export function scoreCapture(
  original: string,
  version: Pick<AnalysedVersion, 'sentences' | 'removed'>,
  paragraphs: readonly string[],
): CaptureScore {
  const { visible } = scanPage(original);
  const keptRaw = new Uint8Array(original.length);
  for (const sentence of version.sentences) keptRaw.fill(1, sentence.start, sentence.end);
  for (const fragment of version.removed) if (fragment.replacement === undefined) keptRaw.fill(0, fragment.start, fragment.end);
  const article = new Int32Array(visible.text.length).fill(-1);
  const missing: string[] = [];
  let from = 0;
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.replace(/\s+/gu, ' ').trim();
    const at = visible.text.indexOf(text, from);
    if (at === -1) {
      missing.push(text);
      return;
    }
    article.fill(index, at, at + text.length);
    from = at + text.length;
  });
  const kept = (i: number): boolean => visible.starts[i]! < visible.ends[i]! && keptRaw[visible.starts[i]!] === 1;
  const paragraphInk = paragraphs.map(() => ({ kept: 0, of: 0 }));
  let junk = 0;
  let junkRemoved = 0;
  const keptJunk: string[] = [];
  let run = '';
  for (let i = 0; i <= visible.text.length; i++) {
    const char = visible.text[i];
    const keptJunkChar = char !== undefined && article[i] === -1 && kept(i);
    if (keptJunkChar) run += char;
    else if (run.trim()) {
      keptJunk.push(run.trim());
      run = '';
    } else run = '';
    if (char === undefined || char === ' ') continue;
    if (article[i]! >= 0) {
      const tally = paragraphInk[article[i]!]!;
      tally.of++;
      if (kept(i)) tally.kept++;
    } else {
      junk++;
      if (!kept(i)) junkRemoved++;
    }
  }
  return {
    junkRemoved: junk === 0 ? 1 : junkRemoved / junk,
    paragraphsKept: paragraphInk.map((tally) => (tally.of === 0 ? 0 : tally.kept / tally.of)),
    missing,
    keptJunk,
  };
}

/**
 * A saved page of about `bytes` characters built like a heavy news page: inline CSS and a JSON state
 * script in the head, a menu of links, an article of distinct paragraphs with inline links and entities
 * broken by advertisement slots, a long list of related-story cards and a footer of links.
 */
export function largePage(bytes = 100_000): string {
  const css = Array.from(
    { length: 300 },
    (_, i) => `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${(i * 4099).toString(16).slice(0, 6).padEnd(6, '0')}}`,
  ).join('');
  const state = JSON.stringify({
    items: Array.from({ length: 220 }, (_, i) => ({ id: i, title: `Item ${i}`, url: `/item/${i}`, tags: ['news', 'local'] })),
  });
  const menu = Array.from({ length: 60 }, (_, i) => `<li class="menu-item"><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const paragraph = (i: number): string =>
    `<p>Paragraph ${i} of the report: the council&rsquo;s transport committee heard on day ${i} ` +
    `that the <a href="/bridge/${i}">swing bridge</a> repairs would cost &pound;${i}.2 million, ` +
    `and engineers said the ring had cracked in ${(i % 4) + 2} places since the survey.</p>`;
  const cards = (count: number): string =>
    Array.from(
      { length: count },
      (_, i) =>
        `<li class="card"><a href="/news/story-${i}"><img src="/i/${i}.jpg" alt="">` +
        `<span class="headline">Another story, number ${i}, about the district</span></a>` +
        `<time datetime="2026-03-0${(i % 9) + 1}">${i} hours ago</time></li>`,
    ).join('\n');
  const build = (paragraphs: number, related: number): string => {
    const body = Array.from(
      { length: paragraphs },
      (_, i) => paragraph(i + 1) + (i % 6 === 5 ? '<div class="ad-slot"><span>Advertisement</span></div>' : ''),
    ).join('\n');
    return (
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Swing bridge repairs | Large Herald</title>` +
      `<meta property="og:site_name" content="Large Herald"><style>${css}</style><script>window.__STATE__=${state};</script></head>` +
      `<body><header><a href="/">Large Herald</a><nav><ul>${menu}</ul></nav></header>` +
      `<main><article><h1>Swing bridge repairs approved</h1><div class="byline">By Ann Reid</div>${body}</article>` +
      `<aside class="related"><h2>More stories</h2><ul>${cards(related)}</ul></aside></main>` +
      `<footer><nav>${menu}</nav><p>&copy; 2026 Large Herald</p></footer></body></html>`
    );
  };
  let related = 40;
  let page = build(30, related);
  while (page.length < bytes) page = build(30, (related += 10));
  return page;
}
