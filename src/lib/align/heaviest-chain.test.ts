import { describe, expect, it } from 'vitest';
import { heaviestChain } from './heaviest-chain.ts';

describe('heaviestChain', () => {
  const at = (a: number, b: number, score = 1) => ({ a, b, score });

  it('keeps the longest run of pairs in the same order in both versions, dropping a moved one', () => {
    expect(heaviestChain([at(0, 0), at(1, 3), at(2, 1), at(3, 2), at(4, 4)])).toEqual([at(0, 0), at(2, 1), at(3, 2), at(4, 4)]);
  });

  it('weighs pairs by score, so one strong pair outweighs two weak ones it crosses', () => {
    expect(heaviestChain([at(0, 0), at(1, 3, 5), at(2, 1), at(3, 2), at(4, 4)])).toEqual([at(0, 0), at(1, 3, 5), at(4, 4)]);
  });

  it('never chains two pairs of one sentence, and is empty for no pairs', () => {
    expect(heaviestChain([at(2, 0), at(2, 1), at(3, 1)])).toEqual([at(2, 0), at(3, 1)]);
    expect(heaviestChain([])).toEqual([]);
  });
});
