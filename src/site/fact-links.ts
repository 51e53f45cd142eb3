import type { StoryAnalysis } from '../lib/story-analysis.ts';
import type { SentenceView, TextRun } from './compare-view.ts';
import { disagreementsBySentence, factMarks } from './facts-view.ts';
import { findVersion } from './versions.ts';
import { perStory } from './story-cache.ts';
import { urls } from './urls.ts';

/**
 * Fact links for the compared text, made once per story rather than once per page: a story's
 * compare pages show each sentence up to ten times (six versions), and every page used to rebuild
 * the same labels and URLs. Shared link objects also let the renderer write each link's markup once.
 */

export type FactLink = NonNullable<TextRun['fact']>;
export type FlagLink = NonNullable<SentenceView['disagreements']>[number];

/** A mention of a fact inside a sentence's text (character offsets in `sentence.text`). */
export interface FactMention {
  start: number;
  end: number;
  link: FactLink;
}

/** Flags for the sentences that mention a fact the outlets disagree on, by sentence id. */
export const disagreementFlags = perStory((story: StoryAnalysis, _all: undefined): Map<string, FlagLink[]> => {
  const flags = new Map<string, FlagLink[]>();
  for (const [sentence, facts] of disagreementsBySentence(story)) {
    flags.set(
      sentence,
      facts.map((fact) => ({
        href: `${urls.facts(story.slug)}#${fact.id}`,
        label: `Outlets disagree on this ${fact.kind}: ${fact.label}`,
      })),
    );
  }
  return flags;
});

/** A version's inline fact mentions by sentence id. */
export const factMentions = perStory((story: StoryAnalysis, version: string): Map<string, FactMention[]> => {
  const mentions = new Map<string, FactMention[]>();
  for (const [sentence, marks] of factMarks(story, findVersion(story, version))) {
    if (marks.inline.length === 0) continue;
    mentions.set(
      sentence,
      marks.inline.map(({ start, end, fact }) => ({
        start,
        end,
        link: {
          href: `${urls.facts(story.slug)}#${fact.id}`,
          label: `${fact.kind}${fact.disagreement ? ' — outlets disagree' : ''}: ${fact.label}`,
          disagreement: fact.disagreement,
        },
      })),
    );
  }
  return mentions;
});

/**
 * Splits runs where fact mentions start and end, so a mention can link to its fact inside an
 * insertion or deletion without the two kinds of marking having to nest the other way round.
 */
export function withFacts(runs: TextRun[], mentions: readonly FactMention[]): TextRun[] {
  if (mentions.length === 0) return runs;
  const result: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    const points = [start, end];
    for (const mention of mentions) {
      if (mention.start > start && mention.start < end) points.push(mention.start);
      if (mention.end > start && mention.end < end) points.push(mention.end);
    }
    if (points.length > 2) points.sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      if (from === to) continue;
      const mention = mentions.find((candidate) => candidate.start <= from && candidate.end >= to);
      const piece: TextRun = {
        ...run,
        text: run.text.slice(from - start, to - start),
        continuesPrevious: from !== start,
        continuesNext: to !== end,
      };
      if (mention) piece.fact = mention.link;
      result.push(piece);
    }
  }
  return result;
}
