import type { AnalysedVersion } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';

/** A story's version by id; a page asking for one the story lacks is a bug in its paths. */
export function findVersion(story: StoryAnalysis, id: string): AnalysedVersion {
  const version = story.versions.find((candidate) => candidate.id === id);
  if (!version) throw new Error(`Story "${story.slug}" has no version "${id}"`);
  return version;
}
