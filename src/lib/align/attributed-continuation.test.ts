import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../../tests/fixtures/align/build-sentences.ts';
import { alignStory } from './index.ts';
import { linkageStrategy } from './linkage-strategy.ts';

const rewrite = buildVersion('rewrite', [
  'The minister stressed that the outcome of the ferry negotiations with Norway was still uncertain.',
  '“It is premature to speculate,” he said.',
  'Harbour fees will rise in spring.',
]);
const wire = buildVersion('wire', [
  'Talks with Norway over the ferry were continuing, the minister said, and the outcome was uncertain.',
  'Harbour fees will rise in spring, officials said.',
]);
const groupOf = (groups: { sentences: string[] }[], id: string): string[] =>
  groups.find((group) => group.sentences.includes(id))!.sentences;

describe('joinAttributedContinuations', () => {
  it('joins a bare quotation with no evidence of its own to the statement it continues', () => {
    const clustered = alignStory([rewrite, wire], { maxSplitDistance: false });
    expect(groupOf(clustered, 'rewrite/s-2')).toEqual(['rewrite/s-1', 'rewrite/s-2', 'wire/s-1']);
    const link = clustered.find((group) => group.sentences.includes('rewrite/s-2'))!.links.find((entry) => entry.a === 'rewrite/s-2')!;
    expect(link.b).toBe('wire/s-1');
    expect(link.evidence).toEqual(['same speaker: rewrite/s-2 quotes the speaker of rewrite/s-1, which aligns with wire/s-1']);
    // As rows of the table, the quotation has its own row, which the wire's sentence also covers with that link.
    const rows = alignStory([rewrite, wire]);
    expect(groupOf(rows, 'rewrite/s-2')).toEqual(['rewrite/s-2']);
    const quoteRow = rows.find((group) => group.sentences.includes('rewrite/s-2'))!;
    expect(quoteRow.alsoCoveredBy).toEqual([{ sentence: 'wire/s-1', group: 'g-1', link }]);
  });

  it('leaves it alone when switched off, after a sentence that reports nobody, or for another named speaker', () => {
    expect(groupOf(alignStory([rewrite, wire], { strategy: linkageStrategy({ continuations: false }) }), 'rewrite/s-2')).toEqual([
      'rewrite/s-2',
    ]);
    const unreported = buildVersion('rewrite', [
      'The outcome of the ferry negotiations with Norway is still uncertain.',
      '“It is premature to speculate,” he said.',
    ]);
    expect(groupOf(alignStory([unreported, wire]), 'rewrite/s-2')).toEqual(['rewrite/s-2']);
    const otherSpeaker = buildVersion('rewrite', [
      'The minister stressed that the outcome of the ferry negotiations with Norway was still uncertain.',
      '“It is premature to speculate,” said Ms Okafor.',
    ]);
    expect(groupOf(alignStory([otherSpeaker, wire]), 'rewrite/s-2')).toEqual(['rewrite/s-2']);
  });
});
