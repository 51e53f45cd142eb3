import { describe, expect, it } from 'vitest';
import { buildVersion } from '../fixtures/align/build-sentences.ts';
import { normalizeForMatching } from '../../src/lib/segment/normalize.ts';
import { crossVersionLinks, resolveGold, resolveGoldRows, scoreLinks } from './evaluate-alignment.ts';

const sentences = [
  ...buildVersion('a', ['The pier will close.', 'The pier opened in 1901.']).sentences,
  ...buildVersion('b', ['The pier is to close for good.']).sentences,
];

describe('resolveGold', () => {
  it('names each labelled sentence by its id', () => {
    expect(resolveGold([['a:will close', 'b:FOR GOOD']], sentences, normalizeForMatching)).toEqual([['a/s-1', 'b/s-1']]);
  });

  it('fails loudly on a label that matches no sentence, several, or one already named', () => {
    expect(() => resolveGold([['a:closed']], sentences, normalizeForMatching)).toThrow('gold label "a:closed" matches 0 sentences');
    expect(() => resolveGold([['a:the pier']], sentences, normalizeForMatching)).toThrow('gold label "a:the pier" matches 2 sentences');
    expect(() => resolveGold([['a:will close'], ['a:will']], sentences, normalizeForMatching)).toThrow('name the same sentence a/s-1');
  });
});

describe('resolveGoldRows', () => {
  it('resolves a row with a sentence of another row that also covers it, and links that sentence to the row', () => {
    const rows = resolveGoldRows(
      [['a:will close', 'b:FOR GOOD'], { refs: ['a:1901'], also: ['b:for good'] }],
      sentences,
      normalizeForMatching,
    );
    expect(rows).toEqual([
      { refs: ['a/s-1', 'b/s-1'], also: [] },
      { refs: ['a/s-2'], also: ['b/s-1'] },
    ]);
    expect([...crossVersionLinks(rows, (id) => id.split('/')[0]!)].sort()).toEqual(['a/s-1\u0000b/s-1', 'a/s-2\u0000b/s-1']);
    expect(resolveGold([{ refs: ['a:1901'], also: ['b:for good'] }], sentences, normalizeForMatching)).toEqual([['a/s-2']]);
  });
});

describe('scoreLinks', () => {
  const versionOf = (id: string): string => id.split('/')[0]!;

  it('counts only links between different versions', () => {
    expect([...crossVersionLinks([['a/s-1', 'a/s-2', 'b/s-1']], versionOf)]).toEqual(['a/s-1\u0000b/s-1', 'a/s-2\u0000b/s-1']);
  });

  it('gives precision, recall and F1 over links, with the misses and extras', () => {
    const predicted = crossVersionLinks([['a/s-1', 'b/s-1', 'c/s-1']], versionOf);
    const gold = crossVersionLinks(
      [
        ['a/s-1', 'b/s-1'],
        ['c/s-1', 'd/s-1'],
      ],
      versionOf,
    );
    expect(scoreLinks(predicted, gold)).toEqual({
      precision: 1 / 3,
      recall: 1 / 2,
      f1: 0.4,
      missing: [['c/s-1', 'd/s-1']],
      extra: [
        ['a/s-1', 'c/s-1'],
        ['b/s-1', 'c/s-1'],
      ],
    });
  });
});
