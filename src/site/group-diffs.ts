import { diffSentenceGroup, type GroupDiff } from '../lib/diff/index.ts';
import type { Sentence, Token } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { perStory } from './story-cache.ts';

/**
 * `diffSentenceGroup` for the alignment pages, shared between cells that hold the same words.
 * Versions copied from one another repeat the same pairs of sentences, so a story's six alignment
 * pages need about a third of the diffs they asked for (a 20-story synthetic corpus: 2,338
 * distinct pairs among 6,542 cells that differ from their base). A token diff reads the tokens'
 * `norm` (to match) and `text` (for style-only changes), never where they sit, so a shared diff's
 * ops index the cell's own tokens, which carry the cell's own offsets.
 */
export function sharedGroupDiff(story: StoryAnalysis, a: readonly Sentence[], b: readonly Sentence[]): GroupDiff {
  const ids = contentIds(story, undefined);
  // A sentence from outside the story's versions has no content id: diff it unshared.
  if (![...a, ...b].every((sentence) => ids.has(sentence))) return diffSentenceGroup(a, b);
  const key = `${a.map((sentence) => ids.get(sentence)).join(' ')}|${b.map((sentence) => ids.get(sentence)).join(' ')}`;
  const diffs = diffsByContent(story, undefined);
  const known = diffs.get(key);
  if (!known) {
    const diff = diffSentenceGroup(a, b);
    diffs.set(key, diff);
    return diff;
  }
  return { ...known, aTokens: tokensOf(a), bTokens: tokensOf(b) };
}

const diffsByContent = perStory((_story: StoryAnalysis, _all: undefined) => new Map<string, GroupDiff>());

/** A number per distinct sentence content in the story: its tokens' text and norm (and kind). */
const contentIds = perStory((story: StoryAnalysis, _all: undefined): Map<Sentence, number> => {
  const ids = new Map<Sentence, number>();
  const byContent = new Map<string, number>();
  for (const version of story.versions) {
    for (const sentence of version.sentences) {
      let content = '';
      for (const token of sentence.tokens) content += `${token.text}\u0000${token.norm}${token.word ? '\u0001' : '\u0002'}`;
      let id = byContent.get(content);
      if (id === undefined) {
        id = byContent.size;
        byContent.set(content, id);
      }
      ids.set(sentence, id);
    }
  }
  return ids;
});

function tokensOf(sentences: readonly Sentence[]): Token[] {
  return sentences.flatMap((sentence) => sentence.tokens);
}
