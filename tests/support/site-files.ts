import { readdirSync } from 'node:fs';
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

/** The kind of page a URL path is, after DESIGN.md's URL scheme. */
export function pageType(url: string): string {
  if (url === '/') return 'home';
  if (/^\/stories\/[^/]+\/$/.test(url)) return 'story';
  if (/^\/stories\/[^/]+\/compare\/[^/]+\/[^/]+\/$/.test(url)) return 'compare';
  const named = /^\/stories\/[^/]+\/(alignment|facts|provenance)\/([^/]+\/)?$/.exec(url);
  if (named) return named[2] ? `${named[1]}-base` : named[1]!;
  if (/^\/stories\/[^/]+\/[^/]+\/$/.test(url)) return 'reading';
  return url.split('/')[1]?.replace(/\.html$/, '') || url;
}
