import { describe, expect, it } from 'vitest';
import { rowLinks } from '../../eval/links.ts';

const versionOf = (ref: string): string => ref.slice(0, ref.indexOf('#'));

describe('rowLinks', () => {
  it('links the members of a row across versions, each pair once', () => {
    expect([...rowLinks([{ refs: ['ap#1', 'bbc#2', 'cnn#1'] }, { refs: ['bbc#2', 'ap#1'] }], versionOf)].sort()).toEqual([
      'ap#1|bbc#2',
      'ap#1|cnn#1',
      'bbc#2|cnn#1',
    ]);
  });
  it('links a sentence that also covers a row with every member of another version, never with its own version', () => {
    const rows = [{ refs: ['ap#4', 'cnn#5', 'bbc#3'] }, { refs: ['ap#5', 'cnn#6', 'bbc#9'], also: ['bbc#3'] }];
    expect([...rowLinks(rows, versionOf)].sort()).toEqual([
      'ap#4|bbc#3',
      'ap#4|cnn#5',
      'ap#5|bbc#3',
      'ap#5|bbc#9',
      'ap#5|cnn#6',
      'bbc#3|cnn#5',
      'bbc#3|cnn#6',
      'bbc#9|cnn#6',
    ]);
  });
  it('keeps ids that hold the separator apart with another one', () => {
    expect([...rowLinks([{ refs: ['b/s-1'], also: ['a/s-2'] }], (id) => id.slice(0, 1), '\u0000')]).toEqual(['a/s-2\u0000b/s-1']);
  });
});
