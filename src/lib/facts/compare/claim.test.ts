import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { contradiction } from './claim.ts';

const sides = (change: ReturnType<typeof contradiction>): [string, string] | undefined =>
  change && [change.a.sentence.text.slice(change.a.at, change.a.end), change.b.sentence.text.slice(change.b.at, change.b.end)];

describe('claim: one version states what another says is not known', () => {
  it('reads a question said to be unknown against a sentence stating it', () => {
    const change = contradiction(
      sentenceOf('The mill employed 640 workers, but it is not clear how many staff were on site when the roof fell in Tarrow.', 'one'),
      sentenceOf('Officials said 640 staff were on site when the roof fell.', 'two'),
    );
    expect(change?.reason).toBe('claim');
    expect(sides(change)).toEqual([
      'not clear how many staff were on site when the roof fell in Tarrow',
      'staff were on site when the roof fell',
    ]);
    expect(change?.note).toBe('one version says it is not known, another states it');
  });

  it('flags it between corresponding sentences, with the two statements as evidence', () => {
    const found = flags(
      'The skipper was in hospital, but it was unclear what injuries he had suffered in the crash.',
      'The skipper was in hospital after he suffered minor injuries in the crash.',
    );
    expect(found.map((fact) => [fact.kind, fact.evidence?.rule, fact.evidence?.values])).toEqual([
      ['claim', 'claim', ['unclear what injuries he had suffered in the crash', 'suffered minor injuries in the crash']],
    ]);
  });

  // The thing only described as uncertain; the other side unsure too; a count stated without a figure; a name all they share.
  it('finds none without a question said to be unknown and stated in the other sentence', () => {
    const none = (a: string, b: string): void => expect(contradiction(sentenceOf(a, 'one'), sentenceOf(b, 'two'))).toBeUndefined();
    none('The firm faces an uncertain outlook for exports of timber.', 'Exports of timber fell, the firm said.');
    none(
      'It is not clear how many staff were on site at the mill when it fell.',
      'Investigators are examining how many staff were on site at the mill when it fell.',
    );
    none(
      'It was unclear what share of the deposits were above the limit.',
      'Savers whose deposits are above the limit will get a certificate.',
    );
    none('It is unclear how Brenmoor plans to cut costs.', 'Brenmoor said it plans a new office.');
  });
});
