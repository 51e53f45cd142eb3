import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveGold } from '../../../tests/support/evaluate-alignment.ts';
import { alignStory } from '../align/index.ts';
import { analyseStory } from '../analyse.ts';
import { normalizeForMatching } from '../segment/normalize.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import { evaluateFacts, formatEvaluation, type Evaluation, type GoldFact } from '../../../tests/support/evaluate-facts.ts';
import { buildFactIndex } from './index.ts';
import type { FactAlignmentGroup, FactKind } from './types.ts';

/**
 * The fact index against hand labels, on the real pipeline (ingest → clean → segment → align →
 * facts). Figures are printed for the closing note; the floors are what the index reaches today,
 * so a change that makes it worse fails here.
 */
const root = join(import.meta.dirname, '../../..');

function analyse(storyDir: string): StoryAnalysis {
  const dir = join(root, storyDir);
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) if (name !== 'story.yaml') files[name] = readFileSync(join(dir, name));
  return analyseStory({
    slug: storyDir.split('/').pop()!,
    dir: storyDir,
    manifestText: readFileSync(join(dir, 'story.yaml'), 'utf8'),
    files,
  });
}

function readGold(file: string): GoldFact[] {
  return (JSON.parse(readFileSync(join(root, file), 'utf8')) as { facts: GoldFact[] }).facts;
}

/** The stage's time on the seed story is in `npm run bench` (bench/hard-inputs.ts), not here. */
function measure(name: string, analysis: StoryAnalysis, alignment: readonly FactAlignmentGroup[], gold: readonly GoldFact[]): Evaluation {
  const facts = buildFactIndex(analysis.versions, alignment);
  const sentences = new Map(analysis.versions.flatMap((version) => version.sentences).map((sentence) => [sentence.id, sentence.text]));
  const evaluation = evaluateFacts(facts, gold, (id) => sentences.get(id) ?? '');
  console.log(`${formatEvaluation(name, evaluation)}\n`);
  return evaluation;
}

function kind(evaluation: Evaluation, which: FactKind) {
  return evaluation.kinds.find((score) => score.kind === which)!;
}

describe('the seed story against hand labels', () => {
  const analysis = analyse('content/stories/rwanda-us-migrant-talks');
  const gold = readGold('tests/fixtures/facts/rwanda-gold.json');

  it('finds the disagreements an editor wants first, on the real alignment', () => {
    const evaluation = measure('rwanda (alignStory)', analysis, alignStory(analysis.versions), gold);
    expect(evaluation.firstMissed).toEqual([]);
    // Floors a little under today's figures (see README), which move with the aligner's groups.
    expect(evaluation.disagreements.recall).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.disagreements.precision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.93);
    for (const which of ['quote', 'number', 'person', 'place', 'organization', 'source'] as const) {
      expect(kind(evaluation, which).recall, which).toBeGreaterThanOrEqual(0.9);
      expect(kind(evaluation, which).precision, which).toBeGreaterThanOrEqual(0.9);
    }
    expect(kind(evaluation, 'date').recall).toBe(1);
    expect(kind(evaluation, 'date').precision).toBeGreaterThanOrEqual(0.8);
    expect(kind(evaluation, 'claim').recall).toBeGreaterThanOrEqual(0.6);
    expect(kind(evaluation, 'claim').precision).toBeGreaterThanOrEqual(0.75);
    expect(evaluation.versionCoverage).toBeGreaterThanOrEqual(0.95);
  });

  it('links a quotation to the versions that carry its words without quotation marks', () => {
    const facts = buildFactIndex(analysis.versions, alignStory(analysis.versions));
    const quote = facts.find((fact) => fact.id === 'quote-mass-deportations');
    expect(quote?.mentions.map((mention) => mention.version)).toEqual(['bbc', 'republisher']);
    expect(quote?.paraphrases?.map((mention) => [mention.version, mention.text])).toEqual([
      ['afp-based', 'mass deportation'],
      ['blog', 'mass deportations'],
    ]);
  });

  it('points every mention at its words in the original file', () => {
    const originals = new Map(
      analysis.versions.map((version) => [
        version.id,
        readFileSync(join(root, 'content/stories/rwanda-us-migrant-talks', version.file), 'utf8'),
      ]),
    );
    const facts = buildFactIndex(analysis.versions, alignStory(analysis.versions));
    const wrong = facts
      .flatMap((fact) => [...fact.mentions, ...(fact.paraphrases ?? [])])
      .filter((mention) => originals.get(mention.version)!.slice(mention.start, mention.end) !== mention.text);
    expect(wrong).toEqual([]);
  });

  it('does as well on the hand-labelled alignment', () => {
    const labels = (JSON.parse(readFileSync(join(root, 'tests/fixtures/align/rwanda-gold.json'), 'utf8')) as { groups: string[][] }).groups;
    const sentences = analysis.versions.flatMap((version) => version.sentences);
    const groups = resolveGold(labels, sentences, normalizeForMatching).map((ids, index) => ({ id: `gold-${index + 1}`, sentences: ids }));
    const evaluation = measure('rwanda (hand alignment)', analysis, groups, gold);
    expect(evaluation.firstMissed).toEqual([]);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.disagreements.precision).toBe(1);
  });
});

describe('the invented story against the disagreements planted in it', () => {
  const analysis = analyse('tests/fixtures/facts/marseille-wildfire');
  const gold = readGold('tests/fixtures/facts/marseille-gold.json');

  it('flags every planted disagreement and none of the house-style differences', () => {
    const evaluation = measure('marseille (alignStory)', analysis, alignStory(analysis.versions), gold);
    expect(evaluation.firstMissed).toEqual([]);
    expect(evaluation.disagreements.recall).toBe(1);
    expect(evaluation.disagreements.precision).toBe(1);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.precision).toBe(1);
  });
});
