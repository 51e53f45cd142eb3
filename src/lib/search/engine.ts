import Fuse from 'fuse.js';
import { fuseOptions } from './fuse-options.ts';
import { groupByStory } from './group.ts';
import { highlightWords } from './highlight.ts';
import { prefilter } from './prefilter.ts';
import { TermIndex } from './term-index.ts';
import type { SearchDocument, SearchHit, SearchResults, SearchShard, SearchStory } from './types.ts';
import { termsOf } from './words.ts';

export interface SearchOptions {
  /** Hits returned at most. */
  limit?: number;
  /** Documents handed to Fuse at most. */
  candidates?: number;
}

/** Queries shorter than this (in letters and digits) return nothing: every word starts with one letter. */
export const MIN_QUERY_LENGTH = 2;

const defaults: Required<SearchOptions> = { limit: 50, candidates: 120 };

/**
 * Search over the loaded shards. fuse.js scans every document it holds, so its cost grows with
 * the corpus (about 19 ms per query at 2,000 sentences); here a term index over the vocabulary
 * picks at most `candidates` documents and a fresh Fuse ranks only those, which keeps a keystroke
 * near-constant in cost. A Fuse index serialized at build time (`Fuse.createIndex().toJSON()`)
 * would not help: its records repeat every text, doubling the download, and indexing a few hundred
 * candidates takes well under a millisecond.
 */
export class SearchEngine {
  private readonly documents: SearchDocument[] = [];
  private readonly stories = new Map<string, SearchStory>();
  private readonly index = new TermIndex();

  get size(): number {
    return this.documents.length;
  }

  addShard(shard: SearchShard): void {
    for (const story of shard.stories) this.stories.set(story.slug, story);
    for (const document of shard.documents) {
      this.documents.push(document);
      this.index.add(termsOf(document.extra ? `${document.text} ${document.extra}` : document.text));
    }
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const { limit, candidates } = { ...defaults, ...options };
    const trimmed = query.trim();
    if (trimmed.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_QUERY_LENGTH) return { query: trimmed, groups: [], total: 0, candidates: 0 };
    const picked = prefilter(this.index, query, candidates);
    if (picked.documents.length === 0) return { query: trimmed, groups: [], total: 0, candidates: 0 };
    const pool = picked.documents.map((doc) => this.documents[doc]!);
    const fuse = new Fuse(pool, fuseOptions());
    const terms = new Set(picked.words.flatMap((word) => word.terms));
    // Extended-search syntax: words separated by spaces must all match, by ` | ` any of them.
    const pattern = picked.words.map((word) => word.word).join(picked.allWords ? ' ' : ' | ');
    const hits: SearchHit[] = fuse.search(pattern, { limit }).map((result) => ({
      document: result.item,
      score: result.score ?? 1,
      highlights: highlightWords(result.item.text, terms),
    }));
    return { query: trimmed, groups: groupByStory(hits, this.stories), total: hits.length, candidates: pool.length };
  }
}
