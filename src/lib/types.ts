/**
 * The stage boundaries of the pipeline: ingest → clean → segment → align → diff → facts → export.
 * Base types only, importing nothing: each stage's own types build on them, and the whole analysis
 * that gathers every stage's output is `StoryAnalysis` in `story-analysis.ts`.
 * Every offset called `start`/`end` is a UTF-16 code-unit index into the original file as decoded
 * (the JavaScript string of the file), half-open: `original.slice(start, end)`.
 */

/** Supported version file formats. */
export type VersionFormat = 'txt' | 'md' | 'html';

/** One version as named in `story.yaml`. */
export interface VersionManifest {
  id: string;
  file: string;
  outlet: string;
  /** ISO date `YYYY-MM-DD`. */
  published?: string | undefined;
  url?: string | undefined;
  byline?: string | undefined;
  note?: string | undefined;
}

/** A story's `story.yaml`, validated. */
export interface StoryManifest {
  title: string;
  /** Optional one-paragraph summary shown on the overview. */
  summary?: string | undefined;
  versions: VersionManifest[];
}

/** What ingest hands to the pipeline: the manifest plus the raw bytes of every file in the folder. */
export interface StoryInput {
  slug: string;
  /** Path of the story folder as shown in messages, e.g. `content/stories/rwanda`. */
  dir: string;
  manifestText: string;
  /** Every file in the folder except `story.yaml`, by file name. */
  files: Record<string, Uint8Array>;
}

/**
 * Text derived from an original file with, for every character, the span of the original it came from.
 * `starts[i]`..`ends[i]` is the original span of `text[i]`; an inserted character (a repair) has
 * `starts[i] === ends[i]`; a replacement (mojibake `â€™` → `’`) maps one character to several.
 */
export interface MappedText {
  original: string;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** A change to a MappedText, in that text's own coordinates. */
export interface Edit {
  start: number;
  end: number;
  /** What replaces `text.slice(start, end)`: '' to remove, ' ' or '\n' to repair a lost break. */
  replacement: string;
  /** Machine name of the cleaning rule, e.g. `share-bar`. */
  rule: string;
  /** Human reason shown to editors, e.g. `share bar`. */
  reason: string;
  /** For a decision weighed from several signals: how sure it is (0..1) and the signals, in plain words. */
  score?: number;
  signals?: string[];
}

/** A fragment the cleaner removed or repaired, in original offsets. */
export interface RemovedFragment {
  /** The original text of the fragment ('' for an inserted break). */
  text: string;
  reason: string;
  rule: string;
  start: number;
  end: number;
  /** What was put in its place, when it was repaired rather than removed. */
  replacement?: string | undefined;
  /** For a decision weighed from several signals: how sure it is (0..1) and the signals, in plain words. */
  score?: number | undefined;
  signals?: string[] | undefined;
}

/** Metadata the cleaner found in the text itself, or a saved page states (its meta tags, JSON-LD, `<h1>`). */
export interface FoundMetadata {
  /** Headline glued to the body, a Markdown title, or a page's headline. */
  title?: string | undefined;
  /** ISO date from a bare date line, or a page's publication date. */
  published?: string | undefined;
  byline?: string | undefined;
  /** The outlet's name as a saved page gives it (`og:site_name`, JSON-LD publisher). */
  outlet?: string | undefined;
  /** The news agency a wire dateline (`AP` in `GLENMOOR, Norland (AP) —`) or a credit line (`Source: Reuters.`) credits. */
  agency?: string | undefined;
  /** Where in a saved page each value was read, e.g. `{ title: 'the JSON-LD headline' }`. */
  sources?: MetadataSources | undefined;
}

/** Where each piece of metadata was read, in words shown to readers (`the og:title meta tag`). */
export type MetadataSources = Partial<Record<'title' | 'byline' | 'published' | 'outlet', string>>;

export interface CleanResult {
  /** The cleaned body: paragraphs separated by blank lines. */
  body: MappedText;
  removed: RemovedFragment[];
  found: FoundMetadata;
}

/** A word or punctuation token (never whitespace). */
export interface Token {
  /** As written, for display. */
  text: string;
  /** For matching: NFKC, lower case, straight quotes, ASCII dashes. */
  norm: string;
  /** Offsets in the original file. */
  start: number;
  end: number;
  /** Index of the token in its sentence's `text`. */
  at: number;
  /** True for word-like tokens (letters or digits), false for punctuation. */
  word: boolean;
}

export interface Sentence {
  /** Unique within the story: `<version>/s-<n>`, n from 1 in reading order. */
  id: string;
  version: string;
  /** 1-based number within the version; the reading view anchor is `#s-<n>`. */
  n: number;
  /** 0-based paragraph index within the version. */
  paragraph: number;
  /** Cleaned text for display (single spaces inside, no surrounding whitespace). */
  text: string;
  /** Normalised text for matching. */
  norm: string;
  start: number;
  end: number;
  tokens: Token[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Sentence numbers (n) in this paragraph. */
  sentences: number[];
}

export interface SegmentResult {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export interface AnalysedVersion {
  id: string;
  outlet: string;
  file: string;
  format: VersionFormat;
  published?: string | undefined;
  /** Where `published` came from: story.yaml, a date in the text, or a saved page's metadata. */
  publishedFrom?: 'manifest' | 'text' | 'page' | undefined;
  byline?: string | undefined;
  title?: string | undefined;
  /** The news agency the capture credits in its dateline or a credit line (`AP`, `Reuters`, `Agencies`). */
  agency?: string | undefined;
  url?: string | undefined;
  note?: string | undefined;
  /** The outlet's name as a saved page gives it, beside story.yaml's `outlet`. */
  pageOutlet?: string | undefined;
  /** For a saved page: where the title, byline, date and outlet shown were read in it. */
  metadataFrom?: MetadataSources | undefined;
  /** Cleaned article body. */
  text: string;
  removed: RemovedFragment[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  wordCount: number;
  /** Length of the original file in characters. */
  originalLength: number;
  /** Characters the cleaner removed. */
  removedLength: number;
}
