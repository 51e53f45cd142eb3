import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../analyse.ts';
import { normalizeForMatching } from '../segment/normalize.ts';
import { goldLinkScores, type GoldGroup } from '../../../tests/support/evaluate-alignment.ts';
import { alignStoryWithLimits } from './index.ts';

/**
 * Alignment against hand labels, on the real pipeline (ingest → clean → segment → align). The
 * figures are printed so the closing note can quote them. The target is F1 ≥ 0.9; each floor below is
 * what the aligner reaches today (rounded down), so a change that makes it worse fails here.
 */
const root = join(import.meta.dirname, '../../..');

function measure(storyDir: string, goldFile: string) {
  const dir = join(root, storyDir);
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) if (name !== 'story.yaml') files[name] = readFileSync(join(dir, name));
  const analysis = analyseStory({
    slug: storyDir.split('/').pop()!,
    dir: storyDir,
    manifestText: readFileSync(join(dir, 'story.yaml'), 'utf8'),
    files,
  });
  const started = performance.now();
  const { groups } = alignStoryWithLimits(analysis.versions);
  const milliseconds = performance.now() - started;
  const labels = (JSON.parse(readFileSync(join(root, goldFile), 'utf8')) as { groups: GoldGroup[] }).groups;
  const scores = goldLinkScores(
    groups,
    analysis.versions.flatMap((version) => version.sentences),
    labels,
    normalizeForMatching,
  );
  const figure = (value: number): string => value.toFixed(3);
  console.log(
    `${storyDir}: P ${figure(scores.precision)} R ${figure(scores.recall)} F1 ${figure(scores.f1)}, align ${milliseconds.toFixed(1)} ms`,
  );
  return scores;
}

describe('alignment against hand labels', () => {
  it('the invented story: a copy, a moved paragraph, a split, a merge, paraphrases and junk', () => {
    const scores = measure('tests/fixtures/stories/harbourton-pier-closure', 'tests/fixtures/align/harbourton-gold.json');
    // 0.968 before the gold came to the one-row-per-statement rule (session 7); against it 0.947 with groups alone,
    // 0.969 with rows and also-covers links (the daily wire's cost-of-repairs row, Pellow's 'without a fight').
    expect(scores.f1).toBeGreaterThanOrEqual(0.96);
    expect(scores.recall).toBe(1);
  });

  it('the seed story: a copy and three heavy rewrites', () => {
    const scores = measure('content/stories/rwanda-us-migrant-talks', 'tests/fixtures/align/rwanda-gold.json');
    // 0.902 before the gold came to the one-row-per-statement rule (session 7): the lede told three times and the
    // talks' outcome told in two sentences were one group each; as rows of their own, 0.757 with groups alone, 0.714
    // with rows, where the blog's and the other report's two lede sentences went to the wrong rows; 0.760 since an
    // article's opening sentence goes to the opening sentence's row (see the module README, "Rows"); 0.764 since a row
    // of two needs its pair to score 0.175 (a blog's closing remark no longer paired with a later warning).
    expect(scores.f1).toBeGreaterThanOrEqual(0.76);
  });

  it('the held-out story, never used for tuning: a wire copy, a light edit and two rewrites', () => {
    const scores = measure('tests/fixtures/stories/strathmore-ferry-fine', 'tests/fixtures/align/strathmore-gold.json');
    // 0.906 before the gold came to the one-row-per-statement rule (session 7), 0.857 against it, with groups
    // alone and with rows and also-covers links.
    expect(scores.f1).toBeGreaterThanOrEqual(0.85);
  });
});
