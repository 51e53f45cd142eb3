import { shortOutlet } from './glance-view.ts';
import { compareUrl, urls } from './urls.ts';

/**
 * The old URLs of a story that are kept so that permalinks never break (README, "Pages per story"):
 * each reverse-order comparison (`/compare/<b>/<a>/`, when each order had its page) and each per-base
 * alignment page (`/alignment/<base>/`, when each base had its page). They are not Astro pages: the
 * build writes them as plain files after the pages (src/integrations/redirect-pages.ts), since
 * Astro's page pipeline cost more for each of these 20,000 small files at 1,000 stories than it
 * did for a fifth of the whole rendering. `astro dev` serves the same bytes from the two routes.
 */
export interface Redirect<Params extends Record<string, string> = Record<string, string>> {
  /** The old address, a site path ending in `/`: its file is `<from>index.html`. */
  from: string;
  /** The old address's route params, for the route `astro dev` serves it from (`slug`, then `a` and `b`, or `base`). */
  params: Params;
  /** Where the reader goes: a site path, with the query that carries the view (`?lead=`, `?base=`). */
  to: string;
  /** What the page sent to is, e.g. "Daily Times compared with Coastal Post". */
  title: string;
}

/** What the redirects read of a story: its slug and its versions in story.yaml order. */
export interface RedirectedStory {
  slug: string;
  versions: readonly { id: string; outlet: string }[];
}

/** The reverse order of every pair, to the pair's page with the later version leading. */
export function compareRedirects(story: RedirectedStory): Redirect<{ slug: string; a: string; b: string }>[] {
  return story.versions.flatMap((a, index) =>
    story.versions.slice(index + 1).map((b) => ({
      from: urls.compareReverse(story.slug, a.id, b.id),
      params: { slug: story.slug, a: b.id, b: a.id },
      to: compareUrl(story, b.id, a.id),
      title: `${shortOutlet(b.outlet)} compared with ${shortOutlet(a.outlet)}`,
    })),
  );
}

/** Every base but the first (whose table was the plain URL), to the one alignment page with that base chosen. */
export function alignmentRedirects(story: RedirectedStory): Redirect<{ slug: string; base: string }>[] {
  return story.versions.slice(1).map((version) => ({
    from: urls.alignmentBase(story.slug, version.id),
    params: { slug: story.slug, base: version.id },
    to: urls.alignment(story.slug, version.id),
    title: `All versions aligned, against ${version.outlet}`,
  }));
}

/** All of a story's kept old URLs. */
export function storyRedirects(story: RedirectedStory): Redirect[] {
  return [...compareRedirects(story), ...alignmentRedirects(story)];
}
