import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTokens, rebuild, applyOps } from '../../src/lib/diff/index.ts';
import { segmentVersion } from '../../src/lib/segment/index.ts';
import { mapOriginal } from '../../src/lib/text/mapped-text.ts';
import type { Token } from '../../src/lib/types.ts';

// The word diff of any two texts rebuilds both: tokenised by the real segmenter, diffed under any
// limit (including ones that force the degraded fallback), read back from the ops.

const text = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      'a',
      'b',
      'the',
      ' ',
      '.',
      ',',
      '"',
      '“',
      '”',
      '-',
      '—',
      'Rwanda',
      'U.S.',
      '\n',
      '7',
      'é',
      'e\u0301',
      '👍🏽',
      'قال',
    ),
    maxLength: 60,
  }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

function tokensOf(source: string): Token[] {
  return segmentVersion(mapOriginal(source), 'v').sentences.flatMap((sentence) => sentence.tokens);
}

/** Every non-whitespace character of the text, in order: what a lossless tokenisation keeps. */
function inkOf(source: string): string {
  return source.replace(/\s+/gu, '');
}

describe('word diff of two texts', () => {
  it('rebuilds both texts (all their non-whitespace characters) from the ops, whatever the limit', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(undefined, 0, 1, 3, 500), (a, b, maxEditLength) => {
        const tokensA = tokensOf(a);
        const tokensB = tokensOf(b);
        const { ops } = diffTokens(tokensA, tokensB, { maxEditLength });
        const rebuilt = rebuild(ops, tokensA, tokensB);
        expect(rebuilt.a).toEqual(tokensA);
        expect(rebuilt.b).toEqual(tokensB);
        expect(rebuilt.a.map((token) => a.slice(token.start, token.end)).join('')).toBe(inkOf(a));
        expect(rebuilt.b.map((token) => b.slice(token.start, token.end)).join('')).toBe(inkOf(b));
        expect(applyOps(ops, tokensA, tokensB)).toEqual(tokensB.map((token) => token.norm));
      }),
      { numRuns: 400 },
    );
  });
});
