import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** URL path, e.g. `/stories/x/` ('/' for the home page). */
  url: string;
  /** The `index.html` (or other `.html`) file on disk. */
  file: string;
}

/** Every HTML page of a built site, sorted by URL; `404.html` maps to `/404.html`. */
export function htmlPages(root: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const relative = path.relative(root, full).split(path.sep).join('/');
        pages.push({ url: `/${relative.replace(/(^|\/)index\.html$/, '$1')}`, file: full });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The kind of page a URL path is, after DESIGN.md's URL scheme. Given the page's file (or its HTML),
 * an old URL kept as a redirect (a compare page's reverse order, a per-base alignment page) is
 * `redirect`: its path alone looks like the page it stands in for.
 */
export function pageType(url: string, fileOrHtml?: string): string {
  if (fileOrHtml !== undefined && isRedirect(fileOrHtml.startsWith('<') ? fileOrHtml : readFileSync(fileOrHtml, 'utf8'))) return 'redirect';
  if (url === '/') return 'home';
  if (/^\/stories\/[^/]+\/$/.test(url)) return 'story';
  if (/^\/stories\/[^/]+\/compare\/[^/]+\/[^/]+\/$/.test(url)) return 'compare';
  const named = /^\/stories\/[^/]+\/(alignment|facts|provenance)\/([^/]+\/)?$/.exec(url);
  if (named) return named[2] ? `${named[1]}-base` : named[1]!;
  if (/^\/stories\/[^/]+\/[^/]+\/$/.test(url)) return 'reading';
  return url.split('/')[1]?.replace(/\.html$/, '') || url;
}

/** A page that only sends the reader on: a meta refresh in its head. */
export function isRedirect(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html.slice(0, 2000));
}
