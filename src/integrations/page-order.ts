import type { PathWithRoute } from 'astro';

/**
 * The story a page belongs to: the `[slug]` parameter of its route, or undefined for a page that
 * belongs to no one story (home, search, the listing, the search index).
 */
export function pageSlug(page: PathWithRoute): string | undefined {
  const { pathname, route } = page;
  const slugParam = route.params.indexOf('slug');
  if (slugParam === -1) return undefined;
  const slug = route.pattern.exec(pathname)?.[slugParam + 1];
  if (slug === undefined) throw new Error(`cannot read the story's slug from ${pathname} (route ${route.route})`);
  return slug;
}

/**
 * The pages in the order to render them: first the pages of no one story, then each story's pages
 * together (stories in the order their first page came, each story's pages in route order). Astro
 * renders route after route, which would read every story's analysis once for each of its ten
 * routes, or hold them all; story after story, the site reads each analysis once and holds one at a
 * time (src/site/stories.ts). The order changes no page: each is written to its own file.
 */
export function byStory(pages: readonly PathWithRoute[]): PathWithRoute[] {
  const sitewide: PathWithRoute[] = [];
  const stories = new Map<string, PathWithRoute[]>();
  for (const page of pages) {
    const slug = pageSlug(page);
    if (slug === undefined) sitewide.push(page);
    else {
      const story = stories.get(slug);
      if (story) story.push(page);
      else stories.set(slug, [page]);
    }
  }
  return [...sitewide, ...[...stories.values()].flat()];
}
