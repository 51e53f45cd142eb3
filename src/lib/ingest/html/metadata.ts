import type { FoundMetadata, MetadataSources } from '../../types.ts';
import { textOf, type ScannedPage, type SourceElement } from './source.ts';

/**
 * Headline, byline, publication date and outlet as the page itself states them, each with where it was
 * read (`sources`). JSON-LD is parsed as data (never run); a value that is not a string is ignored.
 */
export function pageMetadata(page: ScannedPage): FoundMetadata {
  const meta = metaTags(page.elements);
  const article = jsonLdArticle(page.jsonLd);
  const found: FoundMetadata = {};
  const sources: MetadataSources = {};
  const take = (field: 'title' | 'byline' | 'published' | 'outlet', candidates: [string | undefined, string][]): void => {
    for (const [value, source] of candidates) {
      const clean = value?.replace(/\s+/gu, ' ').trim();
      if (!clean) continue;
      found[field] = clean;
      sources[field] = source;
      return;
    }
  };
  const headings = page.elements
    .filter((element) => element.tag === 'h1')
    .map((element) => textOf(page, element))
    .filter(Boolean);
  take('title', [
    [headings.length === 1 ? headings[0] : undefined, 'the page’s <h1> heading'],
    [article.headline, 'the JSON-LD headline'],
    [meta.get('og:title'), 'the og:title meta tag'],
    [meta.get('twitter:title'), 'the twitter:title meta tag'],
    [headings[0], 'the page’s first <h1> heading'],
    [withoutSiteName(page.title, meta.get('og:site_name')), 'the <title> element'],
  ]);
  const authorLink = page.elements.find((element) => /\bauthor\b/iu.test(element.attributes['rel'] ?? '') && element.tag === 'a');
  take('byline', [
    [article.authors, 'the JSON-LD author'],
    [meta.get('author'), 'the author meta tag'],
    [authorLink ? textOf(page, authorLink) : undefined, 'the rel="author" link'],
    [
      meta.get('article:author') && !/^https?:/u.test(meta.get('article:author')!) ? meta.get('article:author') : undefined,
      'the article:author meta tag',
    ],
    [meta.get('parsely-author'), 'the parsely-author meta tag'],
  ]);
  const time = page.elements.find((element) => element.tag === 'time' && isoDate(element.attributes['datetime']));
  take('published', [
    [isoDate(meta.get('article:published_time')), 'the article:published_time meta tag'],
    [isoDate(article.datePublished), 'the JSON-LD datePublished'],
    [isoDate(meta.get('date')), 'the date meta tag'],
    [isoDate(time?.attributes['datetime']), 'the page’s first <time datetime>'],
  ]);
  take('outlet', [
    [meta.get('og:site_name'), 'the og:site_name meta tag'],
    [article.publisher, 'the JSON-LD publisher'],
    [meta.get('application-name'), 'the application-name meta tag'],
  ]);
  if (Object.keys(sources).length > 0) found.sources = sources;
  return found;
}

/** `<meta property|name|itemprop=… content=…>`, first of each name, names in lower case. */
function metaTags(elements: readonly SourceElement[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of elements) {
    if (element.tag !== 'meta') continue;
    const name = (element.attributes['property'] ?? element.attributes['name'] ?? element.attributes['itemprop'])?.toLowerCase();
    const content = element.attributes['content'];
    if (name && content !== undefined && !tags.has(name)) tags.set(name, content);
  }
  return tags;
}

/** The date part of an ISO timestamp, as the page wrote it (its own time zone), when it is a real date. */
function isoDate(value: string | undefined): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(value ?? '');
  if (!match) return undefined;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

/** `Headline | Outlet` and `Headline - Outlet` without the outlet's name. */
function withoutSiteName(title: string, site: string | undefined): string | undefined {
  if (!title) return undefined;
  if (site) {
    for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
      if (title.endsWith(`${separator}${site}`)) return title.slice(0, -(separator.length + site.length));
    }
  }
  return title;
}

interface JsonLdArticle {
  headline?: string | undefined;
  authors?: string | undefined;
  datePublished?: string | undefined;
  publisher?: string | undefined;
}

const ARTICLE_TYPES = new RegExp(
  `^(?:${[
    'Article',
    'NewsArticle',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'OpinionNewsArticle',
    'BlogPosting',
    'LiveBlogPosting',
    'Report',
    'ScholarlyArticle',
    'TechArticle',
    'WebPage',
  ].join('|')})$`,
  'u',
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The page's article in its JSON-LD (a `@graph` searched too; `@id` references resolved). */
function jsonLdArticle(scripts: readonly string[]): JsonLdArticle {
  const nodes: Record<string, Json>[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script) as Json;
    } catch {
      continue;
    }
    collectNodes(data, nodes, 0);
  }
  const byId = new Map<string, Record<string, Json>>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: Json | undefined): Json | undefined => {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof value['@id'] === 'string' &&
      Object.keys(value).length === 1
    ) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  const types = (node: Record<string, Json>): string[] => {
    const type = node['@type'];
    return (Array.isArray(type) ? type : [type]).filter((entry): entry is string => typeof entry === 'string');
  };
  const ranked = nodes
    .filter((node) => types(node).some((type) => ARTICLE_TYPES.test(type)))
    .sort((a, b) => Number(types(a).includes('WebPage')) - Number(types(b).includes('WebPage')));
  const article = ranked[0];
  if (!article) return {};
  const names = (value: Json | undefined): string[] => {
    const resolved = resolve(value);
    if (typeof resolved === 'string') return [resolved];
    if (Array.isArray(resolved)) return resolved.flatMap((entry) => names(entry));
    if (resolved && typeof resolved === 'object' && typeof resolved['name'] === 'string') return [resolved['name']];
    return [];
  };
  const authors = [
    ...new Set(
      names(article['author'])
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const text = (value: Json | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
  return {
    headline: text(article['headline']) ?? text(article['name']),
    authors: authors.length > 0 ? joinNames(authors) : undefined,
    datePublished: text(article['datePublished']),
    publisher: names(article['publisher'])[0],
  };
}

function collectNodes(data: Json, nodes: Record<string, Json>[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const entry of data) collectNodes(entry, nodes, depth + 1);
    return;
  }
  nodes.push(data);
  if (Array.isArray(data['@graph'])) collectNodes(data['@graph'], nodes, depth + 1);
}

/** `A`, `A and B`, `A, B and C`. */
function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
