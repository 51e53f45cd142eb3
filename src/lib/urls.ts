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
  compare: (slug: string, a: string, b: string) => `/stories/${slug}/compare/${a}/${b}/`,
  alignment: (slug: string) => `/stories/${slug}/alignment/`,
  /** The alignment table against another base than the first version (which is `alignment`). */
  alignmentBase: (slug: string, base: string) => `/stories/${slug}/alignment/${base}/`,
  facts: (slug: string) => `/stories/${slug}/facts/`,
  fact: (slug: string, id: string) => `/stories/${slug}/facts/#${id}`,
  search: () => '/search/',
  apiIndex: () => '/api/stories.json',
  apiStory: (slug: string) => `/api/stories/${slug}.json`,
  apiFactsCsv: (slug: string) => `/api/stories/${slug}/facts.csv`,
  apiSchema: () => '/api/schema.json',
};
