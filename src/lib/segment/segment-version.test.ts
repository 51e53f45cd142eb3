import { describe, expect, it } from 'vitest';
import { fiveMegabytesOfNews } from '../../../tests/fixtures/hard-inputs.ts';
import { applyEdits, mapOriginal } from '../text/mapped-text.ts';
import { segmentVersion } from './segment-version.ts';

describe('segmentVersion', () => {
  it('numbers sentences across paragraphs and keeps original offsets (CRLF, NBSP, blank lines)', () => {
    const original = 'It began.\u00A0 Mr. Smith  spoke.\r\n\r\n  \r\n“We are open,” he said\r\n';
    const result = segmentVersion(mapOriginal(original), 'bbc');
    expect(result.paragraphs).toEqual([
      { index: 0, start: 0, end: 28, sentences: [1, 2] },
      { index: 1, start: 36, end: 58, sentences: [3] },
    ]);
    expect(result.sentences.map(({ tokens: _tokens, ...sentence }) => sentence)).toEqual([
      { id: 'bbc/s-1', version: 'bbc', n: 1, paragraph: 0, text: 'It began.', norm: 'it began.', start: 0, end: 9 },
      { id: 'bbc/s-2', version: 'bbc', n: 2, paragraph: 0, text: 'Mr. Smith spoke.', norm: 'mr. smith spoke.', start: 11, end: 28 },
      {
        id: 'bbc/s-3',
        version: 'bbc',
        n: 3,
        paragraph: 1,
        text: '“We are open,” he said',
        norm: '"we are open," he said',
        start: 36,
        end: 58,
      },
    ]);
  });

  it('gives each token its original offsets and its index in the collapsed sentence text', () => {
    const original = 'x.\u00A0 Mr. Smith  spoke of U.S. aid.';
    const sentence = segmentVersion(mapOriginal(original), 'v').sentences[1]!;
    expect(sentence.text).toBe('Mr. Smith spoke of U.S. aid.');
    expect(sentence.tokens).toEqual([
      { text: 'Mr', norm: 'mr', start: 4, end: 6, at: 0, word: true },
      { text: '.', norm: '.', start: 6, end: 7, at: 2, word: false },
      { text: 'Smith', norm: 'smith', start: 8, end: 13, at: 4, word: true },
      { text: 'spoke', norm: 'spoke', start: 15, end: 20, at: 10, word: true },
      { text: 'of', norm: 'of', start: 21, end: 23, at: 16, word: true },
      { text: 'U.S.', norm: 'u.s.', start: 24, end: 28, at: 19, word: true },
      { text: 'aid', norm: 'aid', start: 29, end: 32, at: 24, word: true },
      { text: '.', norm: '.', start: 32, end: 33, at: 27, word: false },
    ]);
  });

  it('maps through the cleaner’s edits: removed junk, inserted breaks, replaced mojibake', () => {
    const original = 'ShareSave has said.His comments cost Â£700.';
    const { text: body } = applyEdits(mapOriginal(original), [
      { start: 0, end: 10, replacement: '', rule: 'share-bar', reason: 'share bar' },
      { start: 19, end: 19, replacement: '\n', rule: 'run-on', reason: 'lost break' },
      { start: 37, end: 39, replacement: '£', rule: 'mojibake', reason: 'mojibake' },
    ]);
    expect(body.text).toBe('has said.\nHis comments cost £700.');
    const result = segmentVersion(body, 'v');
    expect(result.paragraphs).toEqual([
      { index: 0, start: 10, end: 19, sentences: [1] },
      { index: 1, start: 19, end: 43, sentences: [2] },
    ]);
    const second = result.sentences[1]!;
    expect([second.text, second.start, second.end]).toEqual(['His comments cost £700.', 19, 43]);
    expect(second.tokens.slice(3).map((token) => [token.text, token.start, token.end, token.at])).toEqual([
      ['£', 37, 39, 18],
      ['700', 39, 42, 19],
      ['.', 42, 43, 22],
    ]);
  });

  it('passes the locale to the segmenters', () => {
    const result = segmentVersion(mapOriginal('שלום עולם. משפט שני.'), 'he', { locale: 'he' });
    expect(result.sentences.map((sentence) => [sentence.text, sentence.tokens.length])).toEqual([
      ['שלום עולם.', 3],
      ['משפט שני.', 3],
    ]);
  });

  it('returns nothing for a blank body', () => {
    expect(segmentVersion(mapOriginal(' \r\n\u00A0\n'), 'v')).toEqual({ paragraphs: [], sentences: [] });
  });

  // Its time (target 5 s of CPU, about 1.6 s on an idle machine) is in `npm run bench` (bench/hard-inputs.ts).
  it('segments 5 MB: three sentences in each paragraph', () => {
    const { text, paragraphs } = fiveMegabytesOfNews();
    const result = segmentVersion(mapOriginal(text), 'big');
    expect(result.paragraphs).toHaveLength(paragraphs);
    expect(result.sentences).toHaveLength(paragraphs * 3);
    expect(result.sentences.slice(0, 3).map((sentence) => sentence.text)).toEqual([
      'U.S. President Donald Trump said on Jan. 5 that “talks are ongoing,” according to Reuters.',
      'The UK had spent £700 million (approximately €821 million) with only four transfers.',
      'His comments came later.',
    ]);
  });
});
