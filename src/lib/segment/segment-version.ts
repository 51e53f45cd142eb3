import { originalSpan } from '../text/mapped-text.ts';
import type { MappedText, Paragraph, SegmentResult, Sentence, Token } from '../types.ts';
import { collapseWhitespace, sourceIndex } from './collapse-whitespace.ts';
import { normalizeForMatching } from './normalize.ts';
import { paragraphRanges } from './paragraph-ranges.ts';
import { sentenceRanges, type TextRange } from './sentence-boundaries.ts';
import { forEachToken } from './tokenize.ts';

export interface SegmentOptions {
  /** BCP 47 locale for Intl.Segmenter; `en` when absent. */
  locale?: string | undefined;
}

/**
 * Paragraphs (non-blank lines), sentences and word tokens of a cleaned version. Every offset is
 * mapped back through `body` to the original file, so the reading view can point into the source.
 */
export function segmentVersion(body: MappedText, versionId: string, options: SegmentOptions = {}): SegmentResult {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const norms = new NormCache();
  paragraphRanges(body.text).forEach((range, index) => {
    const paragraph: Paragraph = { index, ...originalSpan(body, range.start, range.end), sentences: [] };
    for (const local of sentenceRanges(body.text.slice(range.start, range.end), options.locale)) {
      const n = sentences.length + 1;
      const cleaned = { start: range.start + local.start, end: range.start + local.end };
      sentences.push(buildSentence(body, cleaned, versionId, n, index, options, norms));
      paragraph.sentences.push(n);
    }
    paragraphs.push(paragraph);
  });
  return { paragraphs, sentences };
}

function buildSentence(
  body: MappedText,
  range: TextRange,
  versionId: string,
  n: number,
  paragraph: number,
  options: SegmentOptions,
  norms: NormCache,
): Sentence {
  const collapsed = collapseWhitespace(body.text, range.start, range.end);
  const tokens: Token[] = [];
  forEachToken(collapsed.text, options.locale, (text, at, word) => {
    // Tokens never contain whitespace, so their characters are contiguous in the cleaned text too.
    const span = originalSpan(body, sourceIndex(collapsed, at), sourceIndex(collapsed, at + text.length - 1) + 1);
    tokens.push({ text, norm: norms.get(text), start: span.start, end: span.end, at, word });
  });
  const span = originalSpan(body, range.start, range.end);
  return {
    id: `${versionId}/s-${n}`,
    version: versionId,
    n,
    paragraph,
    text: collapsed.text,
    norm: normalizeForMatching(collapsed.text),
    start: span.start,
    end: span.end,
    tokens,
  };
}

/**
 * A version repeats its words many times; normalising each distinct token once halves the time of
 * a large version. Scoped to one call so nothing outlives it.
 */
class NormCache {
  readonly #norms = new Map<string, string>();

  get(token: string): string {
    let norm = this.#norms.get(token);
    if (norm === undefined) {
      norm = normalizeForMatching(token);
      this.#norms.set(token, norm);
    }
    return norm;
  }
}
