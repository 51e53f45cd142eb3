/**
 * The segment stage: a cleaned version becomes paragraphs, sentences and word tokens, each with
 * offsets into the original file and a normalised form for matching. See README.md for the repairs
 * made to Intl.Segmenter's sentence breaks and the trade-offs they carry.
 */
export { segmentVersion, type SegmentOptions } from './segment-version.ts';
export { normalizeForMatching } from './normalize.ts';
export { tokenize, type TextToken, type TokenizeOptions } from './tokenize.ts';
