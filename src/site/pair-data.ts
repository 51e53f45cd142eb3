import type { PairComparison } from '../lib/diff/types.ts';
import type { ExportedStory } from '../lib/export/schema.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { analysisSource, type CompareSource, type PairVersion } from './compare-view.ts';
import { markIn, type FactMention } from './fact-links.ts';
import { versionsOf } from './story-from-export.ts';

/**
 * What a pair's page left to the browser carries for its script (src/pages/…/compare/[a]/[b]): the
 * pair's diff as the analysis stored it, and what the story's export lacks for the compare view
 * (each sentence's length in tokens, and where fact mentions sit inside sentences, which the
 * export gives in the original file's offsets). With the export, that is a `CompareSource`, and the
 * page is made by the build's own view code.
 */
export interface PairData {
  a: string;
  b: string;
  comparison: PairComparison;
  /** Tokens of each sentence of a and of b, in reading order. */
  lengths: { a: number[]; b: number[] };
  /** Fact mentions inside the two versions' sentences: `[start, end, fact id]` by sentence id. */
  mentions: Record<string, [number, number, string][]>;
}

export function pairData(story: StoryAnalysis, a: string, b: string): PairData {
  const source = analysisSource(story, undefined);
  const mentions: PairData['mentions'] = {};
  for (const version of [a, b]) {
    for (const [sentence, list] of source.mentions(version)) {
      if (list.length > 0) mentions[sentence] = list.map((mention) => [mention.start, mention.end, mention.fact]);
    }
  }
  const lengths = (id: string): number[] => source.version(id).sentences.map((sentence) => source.length(sentence));
  return { a, b, comparison: source.comparison(a, b), lengths: { a: lengths(a), b: lengths(b) }, mentions };
}

/** The story's export and one pair's data as the compare view reads a story (for that pair only). */
export function exportSource(story: ExportedStory, data: PairData): CompareSource {
  const versions = new Map(versionsOf(story).map((version): [string, PairVersion] => [version.id, version]));
  const facts = new Map(story.facts.map((fact) => [fact.id, fact]));
  const source: CompareSource = {
    slug: story.slug,
    facts: story.facts,
    version: (id) => {
      const version = versions.get(id);
      if (!version) throw new Error(`Story "${story.slug}" has no version "${id}"`);
      return version;
    },
    comparison: (a, b) => {
      if (a !== data.a || b !== data.b) throw new Error(`This page carries the comparison of "${data.a}" with "${data.b}" only`);
      return data.comparison;
    },
    mentions: (version) =>
      new Map(
        source.version(version).sentences.map((sentence): [string, FactMention[]] => [
          sentence.id,
          (data.mentions[sentence.id] ?? []).map(([start, end, id]) => ({
            start,
            end,
            fact: id,
            link: markIn(source, facts.get(id)!, version),
          })),
        ]),
      ),
    length: (sentence) => (sentence.version === data.a ? data.lengths.a : data.lengths.b)[sentence.n - 1] ?? 0,
  };
  return source;
}
