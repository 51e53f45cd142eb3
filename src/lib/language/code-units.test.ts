import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './code-units.ts';

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code unit, capitals before lower case, whatever the locale', () => {
    expect(['b', 'a-2', 'B', 'a', 'é', 'a10', 'a2'].sort(compareCodeUnits)).toEqual(['B', 'a', 'a-2', 'a10', 'a2', 'b', 'é']);
    expect(compareCodeUnits('x', 'x')).toBe(0);
  });
});
