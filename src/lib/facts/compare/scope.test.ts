import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { scopeChange } from './scope.ts';

const side = (change: ReturnType<typeof scopeChange>, which: 'a' | 'b'): string | undefined =>
  change && change[which].sentence.text.slice(change[which].at, change[which].end);

describe('scope: part against whole', () => {
  it('reads the whole of a noun in one sentence against a restricted part of it in the other', () => {
    const whole = sentenceOf('All flights from Varnhold airport were cancelled on Monday, the operator said.', 'one');
    const part = sentenceOf('The operator said all domestic flights from Varnhold airport were cancelled on Monday.', 'two');
    const change = scopeChange(whole, part);
    expect(change?.reason).toBe('scope');
    expect([side(change, 'a'), side(change, 'b')]).toEqual(['All flights', 'all domestic flights']);
    // Either order of the two sentences finds it, sides kept with their sentences.
    const swapped = scopeChange(part, whole);
    expect([side(swapped, 'a'), side(swapped, 'b')]).toEqual(['all domestic flights', 'All flights']);
  });

  it('flags it as a likely scope difference between corresponding sentences', () => {
    const found = flags(
      'The regulator moved all deposits of Kestrel Savings to a new bank on Friday.',
      'The regulator moved all insured deposits of Kestrel Savings to a new bank on Friday.',
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.evidence?.values])).toEqual([
      ['claim', 'likely', 'scope', ['all deposits', 'all insured deposits']],
    ]);
    expect(found[0]!.note).toBe('part against whole: “deposits” taken whole in one version, “insured deposits” in another');
  });

  it('finds no scope change where both take the whole, the word before the noun is a name or figure, or words are hyphenated', () => {
    const pairs: [string, string][] = [
      ['All passengers were safe, the ferry company said.', 'The ferry company said all passengers were safe.'],
      ['All passengers were taken to Corran harbour.', 'The Corran passengers were taken to the harbour.'],
      ['All passengers were taken to the harbour.', 'The 40 passengers were taken to the harbour.'],
      ['She is among the all-time greats of the sport.', 'She scored an extra-time winner in the final.'],
    ];
    for (const [a, b] of pairs) expect(scopeChange(sentenceOf(a, 'one'), sentenceOf(b, 'two'))).toBeUndefined();
  });
});
