import type { AnalysedVersion, StoryAnalysis } from '../lib/types.ts';

/** A story's version by id; a page asking for one the story lacks is a bug in its paths. */
export function findVersion(story: StoryAnalysis, id: string): AnalysedVersion {
  const version = story.versions.find((candidate) => candidate.id === id);
  if (!version) throw new Error(`Story "${story.slug}" has no version "${id}"`);
  return version;
}
