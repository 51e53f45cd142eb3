import { describe, expect, it } from 'vitest';
import { hasTag, tagsOf } from './lexicon.ts';

describe('tagsOf', () => {
  it('reads the lexicon for words it knows', () => {
    expect(tagsOf('Rwanda')).toEqual(['Country']);
    expect(hasTag('minister', 'Actor')).toBe(true);
    expect(tagsOf('zzqx')).toEqual([]);
  });

  it('gives words that are also object methods no tags, never the method', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) expect(tagsOf(word)).toEqual([]);
  });
});
