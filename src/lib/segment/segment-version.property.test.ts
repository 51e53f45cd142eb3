import fc from 'fast-check';
import { expect, it } from 'vitest';
import { mapOriginal } from '../text/mapped-text.ts';
import { segmentVersion } from './segment-version.ts';

// Pieces that stress the repairs and the offset mapping: abbreviations, glued sentences, quotes,
// ellipses, NBSP and CRLF, right-to-left text, ZWJ emoji, combining marks, surrogate pairs.
const PIECES = [
  'Rwanda',
  'said',
  'the',
  'U.S.',
  'Mr.',
  'J.',
  'No.',
  '10',
  '1.3m',
  '£700',
  'mega-jail',
  'isn’t',
  '.',
  '. ',
  '?',
  '!',
  '…',
  '...',
  '“',
  '”',
  '"',
  '(',
  ')',
  ' ',
  '  ',
  '\u00A0',
  '\r\n',
  '\n',
  '\n\n',
  '\t',
  'His',
  'El',
  'The',
  'p.m.',
  'said.His',
  'BBCAfrica.com',
  'مرحبا',
  'שלום',
  '👨‍👩‍👧',
  'e\u0301',
  '𝔸',
  '\u200B',
];

it('keeps faithful, ordered offsets on any mix of tricky pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
      const original = pieces.join('');
      const { paragraphs, sentences } = segmentVersion(mapOriginal(original), 'v');
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        expect(original.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
        previousEnd = sentence.end;
        for (const token of sentence.tokens) {
          expect(original.slice(token.start, token.end)).toBe(token.text);
          expect(sentence.text.slice(token.at, token.at + token.text.length)).toBe(token.text);
        }
      }
      expect(paragraphs.flatMap((paragraph) => paragraph.sentences)).toEqual(sentences.map((sentence) => sentence.n));
      // Nothing but whitespace is lost between the sentences.
      const covered = sentences.map((sentence) => sentence.text).join('');
      expect(covered.replace(/\s/g, '')).toBe(original.replace(/\s/g, ''));
    }),
    { numRuns: 500 },
  );
});
