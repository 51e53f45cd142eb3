import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanHtml } from '../hostile/html-scan.ts';
import type { BuiltPage } from './site-files.ts';

/** Gzipped bytes a page costs a reader, by kind. Inline scripts and styles count as HTML. */
export interface PageWeight {
  url: string;
  html: number;
  css: number;
  /** Modules the page runs on load: its `<script src>` and everything they import statically. */
  eagerJs: number;
  /** Modules it may import later (`import()`), e.g. search code loaded on first focus. */
  lazyJs: number;
  total: number;
  /** Site paths of every file counted besides the HTML. */
  files: string[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
// Vite lists a dynamic import's own dependencies by site path: `m.f=["_astro/a.js", …]`.
const PRELOAD_LIST = /m\.f=\[([^\]]*)\]/g;

/** Measures built pages of the site in `root`, gzipping each file once however many pages load it. */
export function pageWeights(root: string, pages: readonly BuiltPage[]): PageWeight[] {
  const sizes = new Map<string, number>();
  const gzipped = (sitePath: string): number => {
    let size = sizes.get(sitePath);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(root, sitePath))).length;
      sizes.set(sitePath, size);
    }
    return size;
  };
  const graph = new Map<string, { eager: string[]; lazy: string[] }>();
  const importsOf = (sitePath: string): { eager: string[]; lazy: string[] } => {
    let found = graph.get(sitePath);
    if (!found) {
      const source = readFileSync(path.join(root, sitePath), 'utf8');
      const resolve = (specifier: string): string => new URL(specifier, `http://site${sitePath}`).pathname;
      const eager = [...source.matchAll(STATIC_IMPORT)].map((match) => resolve(match[1]!));
      const lazy = [...source.matchAll(DYNAMIC_IMPORT)].map((match) => resolve(match[1]!));
      for (const list of source.matchAll(PRELOAD_LIST)) {
        for (const entry of list[1]!.matchAll(/["'`]([^"'`]+)["'`]/g)) lazy.push(resolve(`/${entry[1]!.replace(/^\//, '')}`));
      }
      found = { eager, lazy };
      graph.set(sitePath, found);
    }
    return found;
  };
  return pages.map((page) => {
    const scanned = scanHtml(readFileSync(page.file, 'utf8'));
    const css = new Set<string>();
    const entries: string[] = [];
    for (const tag of scanned.tags) {
      const href = tag.attributes.get('href');
      const src = tag.attributes.get('src');
      if (tag.name === 'link' && href?.startsWith('/') && tag.attributes.get('rel') === 'stylesheet') css.add(href);
      if (tag.name === 'link' && href?.startsWith('/') && tag.attributes.get('rel') === 'modulepreload') entries.push(href);
      if (tag.name === 'script' && src?.startsWith('/')) entries.push(src);
    }
    const eager = closure(entries, (file) => importsOf(file).eager);
    const lazy = closure(
      [...eager].flatMap((file) => importsOf(file).lazy),
      (file) => [...importsOf(file).eager, ...importsOf(file).lazy],
    );
    for (const file of eager) lazy.delete(file);
    const sum = (files: Iterable<string>): number => [...files].reduce((total, file) => total + gzipped(file), 0);
    const weight = { url: page.url, html: gzipSync(readFileSync(page.file)).length, css: sum(css), eagerJs: sum(eager), lazyJs: sum(lazy) };
    return { ...weight, total: weight.html + weight.css + weight.eagerJs + weight.lazyJs, files: [...css, ...eager, ...lazy] };
  });
}

function closure(start: readonly string[], next: (file: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...next(file));
  }
  return seen;
}
