/**
 * The site's URL map (DESIGN.md), in one place so that pages, search and the export spell every
 * permalink the same way. Slugs and version ids are `[a-z0-9-]+`; sentence anchors are `s-<n>`;
 * fact ids are letters, digits and hyphens (any script), written as they are, as the facts page
 * writes its anchors: a browser escapes a fragment itself and finds the element either way.
 */
export const urls = {
  home: () => '/',
  story: (slug: string) => `/stories/${slug}/`,
  version: (slug: string, version: string) => `/stories/${slug}/${version}/`,
  sentence: (slug: string, version: string, n: number) => `/stories/${slug}/${version}/#s-${n}`,
  /** By sentence id, `<version>/s-<n>`. */
  sentenceById: (slug: string, sentenceId: string) => {
    const [version, anchor] = sentenceId.split('/');
    return `/stories/${slug}/${version ?? ''}/#${anchor ?? ''}`;
  },
  /**
   * The one comparison page of versions `a` and `b`, `a` before `b` in story.yaml. `lead` is the
   * version whose column leads (on the left, rows in its reading order): `?lead=<b>` asks the page's
   * script to swap; without it, or without JavaScript, `a` leads. `/compare/<b>/<a>/` is the old
   * ordered URL, kept as a redirect here (`compareReverse`).
   */
  compare: (slug: string, a: string, b: string, lead: string = a) =>
    `/stories/${slug}/compare/${a}/${b}/${lead === b && b !== a ? `?lead=${b}` : ''}`,
  /** Where the comparison of `a` and `b` lived when each order had its page: now a redirect to `compare(slug, a, b, b)`. */
  compareReverse: (slug: string, a: string, b: string) => `/stories/${slug}/compare/${b}/${a}/`,
  /**
   * The story's one alignment table; `base`, when given, asks the page's script to mark changes
   * against that version (`?base=<id>`). Without it, or without JavaScript, the first version is the base.
   */
  alignment: (slug: string, base?: string) => `/stories/${slug}/alignment/${base === undefined ? '' : `?base=${base}`}`,
  /** Where the table against another base lived when each base had its page: now a redirect to `alignment(slug, base)`. */
  alignmentBase: (slug: string, base: string) => `/stories/${slug}/alignment/${base}/`,
  /** The alignment table's cells against one base, read by the page's script to change the base. */
  alignmentCells: (slug: string, base: string) => `/stories/${slug}/alignment/${base}.json`,
  facts: (slug: string) => `/stories/${slug}/facts/`,
  fact: (slug: string, id: string) => `/stories/${slug}/facts/#${id}`,
  search: () => '/search/',
  apiIndex: () => '/api/stories.json',
  apiStory: (slug: string) => `/api/stories/${slug}.json`,
  apiFactsCsv: (slug: string) => `/api/stories/${slug}/facts.csv`,
  apiSchema: () => '/api/schema.json',
};
