import { describe, expect, it } from 'vitest';
import { MaxHeap } from './max-heap.ts';

describe('MaxHeap', () => {
  it('pops the highest priority first, and the lowest tie-break among equals', () => {
    const heap = new MaxHeap<string>();
    heap.push(2, 5, 'two (tie 5)');
    heap.push(7, 0, 'seven');
    heap.push(2, 1, 'two (tie 1)');
    heap.push(-1, 0, 'minus one');
    heap.push(2, 3, 'two (tie 3)');
    expect(heap.size).toBe(5);
    const popped: (string | undefined)[] = [];
    while (heap.size > 0) popped.push(heap.pop());
    expect(popped).toEqual(['seven', 'two (tie 1)', 'two (tie 3)', 'two (tie 5)', 'minus one']);
    expect(heap.pop()).toBeUndefined();
  });
});
