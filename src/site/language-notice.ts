import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { shortOutlet } from './glance-view.ts';

/**
 * Why a version has no facts and no flags, when the facts stage left it out: the fact rules read
 * English, and it reads as another language. Said on the overview and the facts page, so an empty
 * column is never taken for agreement.
 */
export function skippedNotice(story: Pick<StoryAnalysis, 'versions' | 'factsSkipped'>): string | undefined {
  const skipped = story.factsSkipped ?? [];
  if (skipped.length === 0) return undefined;
  const named = skipped.map((entry) => {
    const outlet = story.versions.find((version) => version.id === entry.version)?.outlet;
    return `${outlet ? shortOutlet(outlet) : entry.version} (${Math.round(entry.englishShare * 100)}%)`;
  });
  const list = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
  const one = named.length === 1;
  return (
    `Facts are read from English text only. ${list} ${one ? 'reads' : 'read'} as another language ` +
    `(the share of ${one ? 'its' : 'their'} words that are English function words, against about 40% in English), ` +
    `so ${one ? 'it has' : 'they have'} no facts and no flags here.`
  );
}
