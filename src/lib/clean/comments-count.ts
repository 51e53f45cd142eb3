import type { ChromeMatch } from './rule.ts';

/**
 * The link to the reader comments, with or without its count: `Comments (48)`, `48 comments`,
 * `View comments`, `Show comments (12)`. The whole piece must be the link, so "Comments from
 * residents were mixed." stays.
 */
const COMMENTS_LINK =
  /^(?:(?:view|show|read|see|add|post|leave|join)\s+(?:a\s+|the\s+)?)?comments?\s*(?:\(\d+\)|\d+)?$|^\d+\s+comments?$/iu;

export function matchCommentsCount(text: string): ChromeMatch | undefined {
  return COMMENTS_LINK.test(text) ? { rule: 'comments-link', reason: 'comments link' } : undefined;
}
