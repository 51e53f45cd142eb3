import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { sentencesOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { buildFactIndex } from '../index.ts';
import { contradiction, deniedCustody } from './claim.ts';

const sides = (change: ReturnType<typeof contradiction>): [string, string] | undefined =>
  change && [change.a.sentence.text.slice(change.a.at, change.a.end), change.b.sentence.text.slice(change.b.at, change.b.end)];

describe('claim: one version states what another says is not known', () => {
  it('reads a question said to be unknown against a sentence stating it', () => {
    const change = contradiction(
      sentenceOf('The mill employed 640 workers, but it was not clear how many were inside when the roof fell in Tarrow.', 'one'),
      sentenceOf('Officials said 640 workers were inside when the roof fell.', 'two'),
    );
    expect(change?.reason).toBe('claim');
    expect(sides(change)).toEqual(['not clear how many were inside when the roof fell in Tarrow', 'inside when the roof fell']);
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
      'It was not clear how many were inside the mill when it fell.',
      'Investigators are examining how many were inside the mill when it fell.',
    );
    none(
      'It was unclear what share of the deposits were above the limit.',
      'Savers whose deposits are above the limit will get a certificate.',
    );
    none('It is unclear how Brenmoor plans to cut costs.', 'Brenmoor said it plans a new office.');
  });
});

describe('claim: one version denies a person is held that another says is held', () => {
  const version = (id: string, text: string): { id: string; sentences: ReturnType<typeof sentencesOf> } => ({
    id,
    sentences: sentencesOf(text, id),
  });

  it('pairs a version that only denies custody with one that only states it, anywhere in the story', () => {
    const changes = deniedCustody([
      version('wire', 'The skipper of the trawler was in hospital. He was questioned but not under arrest, the harbour police said.'),
      version('paper', 'Police took the skipper into custody on Friday night. The trawler sank off Corran Point.'),
      version('radio', 'The trawler sank off Corran Point on Friday. Its skipper was questioned.'),
    ]);
    expect(
      changes.map((change) => [
        change.a.sentence.text.slice(change.a.at, change.a.end),
        change.b.sentence.text.slice(change.b.at, change.b.end),
      ]),
    ).toEqual([['not under arrest', 'into custody']]);
  });

  it('makes it a possible claim flag when the two sentences are not aligned', () => {
    const versions = [
      version('wire', 'The trawler sank off Corran Point. Its skipper had not been arrested, the harbour police said.'),
      version('paper', 'The trawler sank off Corran Point. Harbour police arrested its skipper late on Friday.'),
    ];
    const flagged = buildFactIndex(versions, [{ id: 'g-1', sentences: ['wire/s-1', 'paper/s-1'] }]).filter((fact) => fact.disagreement);
    expect(flagged.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.evidence?.values, fact.note])).toEqual([
      [
        'claim',
        'possible',
        'claim',
        ['not been arrested', 'police arrested'],
        'one version says the person is not held, another that they are',
      ],
    ]);
  });

  it('finds none where a version says both (two people, one held) or a word only looks like custody', () => {
    expect(
      deniedCustody([
        version('wire', 'Police arrested the driver. His passenger was not arrested.'),
        version('paper', 'Police arrested the driver of the van on Friday.'),
      ]),
    ).toEqual([]);
    expect(
      deniedCustody([
        version('wire', 'The driver was not arrested, police said.'),
        version('paper', 'The driver suffered a cardiac arrest at the wheel, police said.'),
      ]),
    ).toEqual([]);
  });
});
