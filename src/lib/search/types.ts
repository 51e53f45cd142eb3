/**
 * The search index's model: what the build writes to `/api/search/` and what the client reads back.
 * Documents are plain JSON (no serialized Fuse index: see `engine.ts` for why).
 */

/** What a search result points at. */
export type SearchKind = 'sentence' | 'fact' | 'outlet';

export interface SearchDocument {
  kind: SearchKind;
  /** Story slug. */
  story: string;
  /** Shown and matched: the sentence, the fact's label, the outlet's name. */
  text: string;
  /** Matched but shown only as context: a fact's variants, a version's headline. */
  extra?: string;
  /** One line of context under the hit: outlet and sentence number, fact kind, version. */
  detail: string;
  /** Permalink: `/stories/<slug>/<version>/#s-<n>`, `/stories/<slug>/facts/#<fact id>`, `/stories/<slug>/<version>/`. */
  url: string;
}

export interface SearchStory {
  slug: string;
  title: string;
  /** Overview page. */
  url: string;
}

/** One index file: whole stories, so every hit's story is in the same file. */
export interface SearchShard {
  stories: SearchStory[];
  documents: SearchDocument[];
}

export interface SearchShardEntry {
  /** Path of the shard file, with a content digest as query so a changed shard is never served stale. */
  url: string;
  documents: number;
  stories: string[];
}

/** `/api/search/index.json`: the one file a client fetches first. */
export interface SearchManifest {
  schemaVersion: 1;
  documents: number;
  shards: SearchShardEntry[];
}

/** A half-open range of a document's `text` to highlight. */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface SearchHit {
  document: SearchDocument;
  /** Fuse score: 0 is a perfect match, 1 no match. */
  score: number;
  highlights: HighlightRange[];
}

/** Hits of one story, best first; groups ordered by their best hit. */
export interface SearchGroup {
  story: SearchStory;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  groups: SearchGroup[];
  /** Hits over all groups (after the limit). */
  total: number;
  /** Documents the prefilter handed to Fuse, for the benchmark and tests. */
  candidates: number;
}
