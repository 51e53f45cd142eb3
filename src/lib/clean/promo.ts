import type { ChromeMatch } from './chrome.ts';
import { words } from './text-shape.ts';

/**
 * Calls to action addressed to the reader: `Follow us on Twitter …`, `Go to BBCAfrica.com for more
 * news …`, `Sign up for our newsletter`, `Download our app`, `Never miss a story - sign up to …`.
 * They start with the call itself, so reported speech ("He urged voters to follow…") is not matched.
 */
const CALL_TO_ACTION =
  /^(?:never miss (?:a|another|the latest) .*\b(?:sign up|subscribe|newsletter|follow us)\b|follow (?:us|@|our)|go to \S+ for\b|visit \S+ for\b|sign up\b|subscribe\b|download (?:our|the)\b|like us on\b|join (?:us|our)\b|get (?:our|the) .*\b(?:newsletter|app|alerts)\b|click here\b|tap here\b|for (?:more|the latest) .*\b(?:visit|go to|follow)\b)/iu;

export function matchPromo(text: string): ChromeMatch | undefined {
  if (words(text).length > 30 || !CALL_TO_ACTION.test(text)) return undefined;
  return { rule: 'promo', reason: 'promotion' };
}
