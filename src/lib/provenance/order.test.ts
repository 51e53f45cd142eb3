import { describe, expect, it } from 'vitest';
import { longestIncreasing, pairOrder } from './order.ts';

describe('longestIncreasing', () => {
  it.each([
    [[], 0],
    [[1, 2, 3], 3],
    [[3, 2, 1], 1],
    [[2, 1, 4, 3, 5], 3],
    [[1, 1, 1], 1],
  ])('%j → %i', (values, expected) => {
    expect(longestIncreasing(values)).toBe(expected);
  });
});

describe('pairOrder', () => {
  it('counts the groups both versions share and how many keep the order', () => {
    const groups = [
      { sentences: ['a/s-1', 'b/s-3', 'c/s-1'] },
      { sentences: ['a/s-2', 'b/s-1'] },
      { sentences: ['a/s-3', 'a/s-4', 'b/s-4'] },
      { sentences: ['a/s-5'] },
      { sentences: ['b/s-2', 'c/s-2'] },
    ];
    expect(pairOrder(groups, 'a', 'b')).toEqual({ sharedGroups: 3, inOrder: 2, alignedA: 4, alignedB: 3 });
    expect(pairOrder(groups, 'a', 'c')).toEqual({ sharedGroups: 1, inOrder: 1, alignedA: 1, alignedB: 1 });
  });

  it('reads version ids that contain a slash-free dash and numbers of two digits', () => {
    expect(
      pairOrder(
        [{ sentences: ['afp-based/s-12', 'other-report/s-3'] }, { sentences: ['afp-based/s-2', 'other-report/s-10'] }],
        'afp-based',
        'other-report',
      ),
    ).toEqual({
      sharedGroups: 2,
      inOrder: 1,
      alignedA: 2,
      alignedB: 2,
    });
  });
});
