import { describe, expect, it } from 'vitest';
import { applyEdits, joinMapped, mapOriginal, originalSpan, OverlappingEditsError, sliceMapped } from './mapped-text.ts';

describe('mapped text', () => {
  const original = 'has said.His comments Â here';

  it('keeps original offsets through removals, insertions and replacements', () => {
    const first = applyEdits(mapOriginal(original), [
      { start: 9, end: 9, replacement: ' ', rule: 'run-together', reason: 'lost space' },
      { start: 22, end: 24, replacement: '', rule: 'mojibake', reason: 'stray Â' },
    ]);
    expect(first.text.text).toBe('has said. His comments here');
    expect(first.fragments).toEqual([
      { text: '', rule: 'run-together', reason: 'lost space', start: 9, end: 9, replacement: ' ' },
      { text: 'Â ', rule: 'mojibake', reason: 'stray Â', start: 22, end: 24 },
    ]);
    const his = first.text.text.indexOf('His');
    expect(originalSpan(first.text, his, his + 3)).toEqual({ start: 9, end: 12 });
    const here = first.text.text.indexOf('here');
    expect(original.slice(originalSpan(first.text, here, here + 4).start)).toBe('here');

    const second = applyEdits(first.text, [{ start: 0, end: 4, replacement: '', rule: 'x', reason: 'y' }]);
    expect(second.fragments[0]).toMatchObject({ text: 'has ', start: 0, end: 4 });
    expect(originalSpan(second.text, 0, second.text.text.length)).toEqual({ start: 4, end: original.length });
  });

  it('maps a replacement onto the whole span it replaces', () => {
    const mojibake = 'isnâ€™t';
    const result = applyEdits(mapOriginal(mojibake), [{ start: 3, end: 6, replacement: '’', rule: 'mojibake', reason: 'r' }]);
    expect(result.text.text).toBe('isn’t');
    expect(originalSpan(result.text, 3, 4)).toEqual({ start: 3, end: 6 });
    expect(originalSpan(result.text, 0, 5)).toEqual({ start: 0, end: 7 });
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits(mapOriginal('abcdef'), [
        { start: 0, end: 3, replacement: '', rule: 'a', reason: 'a' },
        { start: 2, end: 4, replacement: '', rule: 'b', reason: 'b' },
      ]),
    ).toThrow(OverlappingEditsError);
  });

  it('slices and joins without losing the mapping', () => {
    const mapped = mapOriginal('one two three');
    const joined = joinMapped([sliceMapped(mapped, 0, 3), sliceMapped(mapped, 8, 13)], mapped.original, '\n\n');
    expect(joined.text).toBe('one\n\nthree');
    expect(originalSpan(joined, 5, 10)).toEqual({ start: 8, end: 13 });
    expect(originalSpan(joined, 3, 5)).toEqual({ start: 8, end: 8 });
  });
});
