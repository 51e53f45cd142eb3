import { describe, expect, it } from 'vitest';
import { harbourtonInput, seedStoryInput, withAppendedVersion } from '../../../tests/fixtures/provenance/stories.ts';
import { withHugeVersion } from '../../../tests/fixtures/hard-inputs.ts';
import { analyseStory } from '../analyse.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import { analyseProvenance } from './index.ts';

const seed = analyseStory(seedStoryInput());

function link(story: StoryAnalysis, x: string, y: string) {
  const found = story.provenance.links.find((entry) => (entry.from === x && entry.to === y) || (entry.from === y && entry.to === x));
  if (!found) throw new Error(`no link ${x}–${y}`);
  return found;
}

function figures(story: StoryAnalysis, a: string, b: string) {
  const { words, runs, longestRun, shareA, shareB } = story.pairs.find((pair) => pair.a === a && pair.b === b)!.sharedText!;
  return [words, runs, longestRun, shareA, shareB];
}

describe('provenance of the seed story', () => {
  it('measures the shared text of every pair in runs of 5 or more words: [words, runs, longest, share of a, share of b]', () => {
    expect(figures(seed, 'bbc', 'republisher')).toEqual([299, 10, 123, 0.885, 0.949]);
    expect(figures(seed, 'bbc', 'blog')).toEqual([29, 5, 7, 0.086, 0.069]);
    expect(figures(seed, 'republisher', 'blog')).toEqual([24, 4, 7, 0.076, 0.057]);
    expect(figures(seed, 'bbc', 'afp-based')).toEqual([0, 0, 0, 0, 0]);
    expect(figures(seed, 'bbc', 'other-report')).toEqual([5, 1, 5, 0.015, 0.012]);
    expect(figures(seed, 'afp-based', 'blog')).toEqual([6, 1, 6, 0.017, 0.014]);
    expect(figures(seed, 'afp-based', 'other-report')).toEqual([0, 0, 0, 0, 0]);
  });

  it('judges the republisher a near-copy of BBC News that corrected its slips', () => {
    const copy = link(seed, 'bbc', 'republisher');
    expect(copy).toMatchObject({ from: 'bbc', to: 'republisher', kind: 'copy', direction: 'possible', confidence: 'high', share: 0.949 });
    expect(copy.evidence[0]).toBe(
      "95% of Republisher's words (299 of 315) are in 10 runs of 5 or more words also in BBC News; " +
        'the longest is 123 words: “their outcome. Since coming to office in January, US … US started shortly after”',
    );
    expect(copy.evidence).toContain('same order: 14 of 14 passages they share are told in the same order');
    expect(copy.evidence).toContain('only BBC News names an author (Cecilia Macaulay); copies often drop the byline');
    // The data does not show shared slips: the republished text has the name right and the doubling gone.
    expect(copy.differences).toEqual([
      'only BBC News has the doubled word “predict their their”',
      'BBC News spells “Nduhungireh” where Republisher has “Nduhungirehe”',
    ]);
  });

  it('judges the blog a rewrite, closer to BBC News than to the republisher, and the two reports independent', () => {
    expect(link(seed, 'bbc', 'blog')).toMatchObject({
      from: 'bbc',
      to: 'blog',
      kind: 'rewrite',
      direction: 'possible',
      confidence: 'medium',
    });
    expect(link(seed, 'republisher', 'blog')).toMatchObject({ kind: 'rewrite', direction: 'unknown', confidence: 'low' });
    expect(link(seed, 'bbc', 'afp-based')).toMatchObject({
      kind: 'independent',
      confidence: 'high',
      evidence: ['no run of 5 or more words in common', expect.stringMatching(/^\d+ passages on the same facts, worded independently/)],
    });
    const kinds = seed.provenance.links.map((entry) => `${entry.from}>${entry.to}:${entry.kind}`);
    expect(kinds).toEqual([
      'bbc>republisher:copy',
      'bbc>afp-based:independent',
      'bbc>blog:rewrite',
      'bbc>other-report:independent',
      'republisher>afp-based:independent',
      'republisher>blog:rewrite',
      'republisher>other-report:independent',
      'afp-based>blog:independent',
      'afp-based>other-report:independent',
      'blog>other-report:independent',
    ]);
  });

  it('lists each derived version with its likeliest source', () => {
    const steps = seed.provenance.derivation.map((step) => [step.version, seed.provenance.links[step.link]!.from, step.alsoClose]);
    expect(steps).toEqual([
      ['republisher', 'bbc', ['blog']],
      ['blog', 'bbc', ['republisher']],
    ]);
    expect(seed.provenance.independent).toEqual(['afp-based', 'other-report']);
    expect(seed.provenance.note).toBeUndefined();
  });
});

describe('provenance with shared slips', () => {
  // An invented syndicated copy of the BBC text that keeps its slips and credits "BBC News".
  const story = analyseStory(
    withAppendedVersion(seedStoryInput(), { id: 'syndicated', file: 'syndicated-copy.txt', outlet: 'Syndicated copy' }),
  );

  it('names the shared doubled word and misspelling, and the credit, as evidence', () => {
    const copy = link(story, 'bbc', 'syndicated');
    expect(copy).toMatchObject({ from: 'bbc', to: 'syndicated', kind: 'copy', direction: 'likely', confidence: 'high', differences: [] });
    expect(copy.evidence).toContain('same doubled word in both: “predict their their”');
    expect(copy.evidence).toContain(
      'same spelling “Nduhungireh” in both, where republisher, afp-based, blog, other-report have “Nduhungirehe”',
    );
    expect(copy.evidence).toContain("Syndicated copy's page names “BBC News”: it likely took the text from there");
  });
});

describe('provenance of the invented Harbourton story', () => {
  const story = analyseStory(harbourtonInput());

  it('finds the republished copy and the two rewrites', () => {
    expect(figures(story, 'coast-gazette', 'daily-wire')).toEqual([191, 6, 108, 0.868, 0.936]);
    expect(story.provenance.links.map((entry) => `${entry.from}>${entry.to}:${entry.kind}:${entry.direction}`)).toEqual([
      'coast-gazette>daily-wire:copy:possible',
      'coast-gazette>regional-news:rewrite:unknown',
      'coast-gazette>coastal-blog:rewrite:unknown',
      'daily-wire>regional-news:rewrite:unknown',
      'daily-wire>coastal-blog:rewrite:unknown',
      'regional-news>coastal-blog:rewrite:unknown',
    ]);
    expect(story.provenance.derivation.map((step) => [step.version, story.provenance.links[step.link]!.from])).toEqual([
      ['daily-wire', 'coast-gazette'],
      ['regional-news', 'coast-gazette'],
      ['coastal-blog', 'coast-gazette'],
    ]);
  });
});

// Its time on the seed story and on the 5 MB version is in `npm run bench` (bench/hard-inputs.ts).
describe('provenance cost', () => {
  it('caps a 5 MB version and says so', () => {
    const { provenance, sharedText } = analyseProvenance(withHugeVersion(seed.versions), seed.alignment);
    expect(provenance.note).toMatch(/^Shared-text figures cover only the first 60,000 words of huge \([\d,]+ words\)\.$/);
    expect(sharedText.get('bbc\u0000huge')).toMatchObject({ words: 338, longestRun: 338, shareA: 1, capped: true });
  });
});
