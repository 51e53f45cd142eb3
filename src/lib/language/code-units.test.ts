import { describe, expect, it } from 'vitest';
import { compareCodeUnits, unorderedPairKey } from './code-units.ts';

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code unit, capitals before lower case, whatever the locale', () => {
    expect(['b', 'a-2', 'B', 'a', 'é', 'a10', 'a2'].sort(compareCodeUnits)).toEqual(['B', 'a', 'a-2', 'a10', 'a2', 'b', 'é']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });
});

describe('unorderedPairKey', () => {
  it('gives a pair one key in either order, and two pairs two keys', () => {
    expect(unorderedPairKey('two/s-3', 'one/s-1')).toBe('one/s-1\u0000two/s-3');
    expect(unorderedPairKey('one/s-1', 'two/s-3')).toBe('one/s-1\u0000two/s-3');
    expect(unorderedPairKey('one/s-1', 'two/s-4')).not.toBe(unorderedPairKey('one/s-1', 'two/s-3'));
  });
});
