import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { claimHunks } from './claim-hunks.ts';

const changes = (a: string, b: string) => {
  const left = sentenceOf(a, 'a');
  const right = sentenceOf(b, 'b');
  return claimHunks(left, right, () => false).map((hunk) => [
    hunk.reason,
    left.text.slice(hunk.a.at, hunk.a.end),
    right.text.slice(hunk.b.at, hunk.b.end),
  ]);
};

describe('claimHunks', () => {
  it('finds a changed word in a copy, with the word before it', () => {
    expect(
      changes(
        'The scheme faced numerous legal changes, after the election.',
        'The scheme faced numerous legal challenges, after the election.',
      ),
    ).toEqual([['wording', 'legal changes', 'legal challenges']]);
  });

  it('joins nearby changes into one and names a negation', () => {
    expect(
      changes(
        'However, Kigali has previously disputed that it is not a safe place for refugees.',
        'However, Rwanda says it is a safe place for refugees.',
      ),
    ).toEqual([['negation', 'Kigali has previously disputed that it is not a safe', 'Rwanda says it is a safe']]);
  });

  it('ignores house style and a repeated word', () => {
    expect(
      changes(
        'The U.S. will organise talks at 5pm about their their outcome.',
        'The US will organize talks at 5 p.m. about their outcome.',
      ),
    ).toEqual([]);
  });

  it('finds a hedge or willingness word before a shared verb in a loose rewrite', () => {
    expect(
      changes(
        'Panama and Costa Rica have also taken in migrants deported from the US.',
        'Several nations, including Panama and Costa Rica, have expressed openness to taking in deportees from the U.S.',
      ),
    ).toEqual([['willingness', 'have also taken', 'openness to taking']]);
  });

  it('finds nothing between unrelated sentences', () => {
    expect(changes('The fire is not under control.', 'Prices rose sharply in the spring.')).toEqual([]);
  });
});
