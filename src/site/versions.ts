import type { AnalysedVersion, Sentence } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';

/** A story's version by id; a page asking for one the story lacks is a bug in its paths. */
export function findVersion(story: StoryAnalysis, id: string): AnalysedVersion {
  const version = story.versions.find((candidate) => candidate.id === id);
  if (!version) throw new Error(`Story "${story.slug}" has no version "${id}"`);
  return version;
}

/** A version's sentence by its number `n` (1-based, in reading order, so at index n - 1). */
export function sentenceOf(version: AnalysedVersion, n: number): Sentence {
  const sentence = version.sentences[n - 1];
  if (sentence?.n !== n) throw new Error(`Version "${version.id}" has no sentence ${n}`);
  return sentence;
}
