import { describe, expect, it } from 'vitest';
import { escapedPattern, namePattern, outletName, standingAlone } from './outlet-name.ts';

describe('outlet names', () => {
  it('drops the description story.yaml may give in brackets', () => {
    expect(outletName('Tarnford Herald (county weekly)')).toBe('Tarnford Herald');
    expect(outletName('Kestrel FM')).toBe('Kestrel FM');
    expect(outletName('(a blog)')).toBe('(a blog)');
  });

  it('matches a name literally and only standing alone', () => {
    const pattern = namePattern('K.F.M (Orrin)');
    expect(pattern.test('heard on K.F.M (Orrin) today')).toBe(true);
    expect(pattern.test('heard on KxFxM (Orrin) today')).toBe(false);
    expect(namePattern('TNB').test('TNB said')).toBe(true);
    expect(namePattern('TNB').test('TNBC said')).toBe(false);
    expect(namePattern('TNB').test('2TNB said')).toBe(false);
    expect(escapedPattern('a+b')).toBe('a\\+b');
    expect(new RegExp(standingAlone('Orla|Venn'), 'u').test('Vennor')).toBe(false);
  });
});
