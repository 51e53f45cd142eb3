import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { compareUrl } from './urls.ts';

/**
 * The compare pages of a story: one per unordered pair, at `/compare/<a>/<b>/` with `a` before `b`
 * in story.yaml, and the reverse order's old URL as a redirect to it with `b` leading.
 */
export type ComparePage =
  /** The pair's page: `a` leads unless the reader's browser swaps it. */
  | { kind: 'pair'; a: string; b: string }
  /** An old ordered URL: `/compare/<first>/<second>/` with `first` after `second` in story.yaml. */
  | { kind: 'redirect'; first: string; second: string; to: string; title: string };

export function comparePages(story: StoryAnalysis): ComparePage[] {
  const pages: ComparePage[] = [];
  story.versions.forEach((a, index) => {
    for (const b of story.versions.slice(index + 1)) {
      pages.push({ kind: 'pair', a: a.id, b: b.id });
      pages.push({
        kind: 'redirect',
        first: b.id,
        second: a.id,
        to: compareUrl(story, b.id, a.id),
        title: `${b.outlet} compared with ${a.outlet}`,
      });
    }
  });
  return pages;
}

/** The URL path of a compare page, as `getStaticPaths` names it. */
export function comparePageParams(page: ComparePage): { a: string; b: string } {
  return page.kind === 'pair' ? { a: page.a, b: page.b } : { a: page.first, b: page.second };
}
