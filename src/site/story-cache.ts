import type { StoryAnalysis } from '../lib/story-analysis.ts';

/**
 * `compute` memoised for the story whose pages are being rendered. A build renders a story's pages
 * together and never comes back (src/integrations/page-order.ts), so only the latest story's values
 * are kept, and they hold across the story's routes: a cache of
 * every story only grew (about 30,000 pair diffs held at 1,000 stories). Keying on the story object
 * also means a story re-analysed in dev is never served its old values.
 */
export function perStory<K, V, S extends object = StoryAnalysis>(compute: (story: S, key: K) => V): (story: S, key: K) => V {
  let current: S | undefined;
  let values = new Map<K, V>();
  return (story, key) => {
    if (story !== current) {
      current = story;
      values = new Map();
    }
    if (values.has(key)) return values.get(key)!;
    const value = compute(story, key);
    values.set(key, value);
    return value;
  };
}
