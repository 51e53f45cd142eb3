/**
 * What stands before a word that opens a sentence: the text's start, or a sentence end (`.`, `!`, `?`, `:`, a closing
 * quote mark or bracket after it) and space, then any opening quote mark or bracket. A regex source to compose, with
 * `$` (the text before a word ends at a sentence's start) or in a lookbehind (`(?<!…)`: a word inside a sentence).
 */
export const SENTENCE_START_BEFORE = String.raw`(?:^[\s"“‘'(]*|[.!?:]["”’')]?\s+["“‘'(]*)`;
