import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import { buildFactIndex, type Fact, type FactAlignmentGroup, type FactInputVersion } from './index.ts';

// A story written for this test (no publisher's sentence). Each version counts the strikers twice, so neither count is
// its version's only one, and every sentence sits in a row of its own: the first sentences are each other's best match,
// but a rival took the row (the aligner's near link, `AlignmentGroup.nearLinks`).
const ONE = [
  'Some 300 workers walked out at the Kellbrook mill on Friday.',
  'The union said 300 workers would stay out until pay talks resume.',
  'Rain fell across the valley.',
];
const TWO = [
  'About 450 workers downed tools at the Kellbrook mill.',
  'Managers warned the 450 workers that the strike was unlawful.',
  'Schools reopened after the holiday.',
];

function storyFacts(nearLinks?: FactAlignmentGroup['nearLinks']): Fact[] {
  const versions: FactInputVersion[] = [
    { id: 'one', sentences: sentencesOf(ONE.join(' '), 'one') },
    { id: 'two', sentences: sentencesOf(TWO.join(' '), 'two') },
  ];
  const alignment: FactAlignmentGroup[] = versions.flatMap((version) =>
    version.sentences.map((sentence) => ({ id: `g-${sentence.id}`, sentences: [sentence.id] })),
  );
  alignment[0] = { ...alignment[0]!, nearLinks };
  return buildFactIndex(versions, alignment);
}

const figures = (facts: Fact[]): string[][] =>
  facts.filter((fact) => fact.kind === 'number').map((fact) => fact.variants.map((variant) => variant.text).sort());

describe('near links: two sentences that lost their row to a rival still correspond for grouping', () => {
  it('groups the two counts of one slot as one fact, flagged possible only', () => {
    const facts = storyFacts([{ a: 'one/s-1', b: 'two/s-1' }]);
    expect(figures(facts)).toEqual([['About 450', 'Some 300'], ['300'], ['450']]);
    const flagged = facts.filter((fact) => fact.disagreement);
    expect(flagged.map((fact) => [fact.confidence, fact.evidence?.rule, fact.evidence?.sentences])).toEqual([
      ['possible', 'value', ['one/s-1', 'two/s-1']],
    ]);
  });

  it('keeps the two counts apart without the near link', () => {
    const facts = storyFacts();
    expect(figures(facts)).toEqual([['300'], ['450'], ['About 450'], ['Some 300']]);
    expect(facts.filter((fact) => fact.disagreement)).toEqual([]);
  });
});
