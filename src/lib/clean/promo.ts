import type { ChromeMatch } from './rule.ts';
import { words } from './text-shape.ts';

/**
 * Calls to action addressed to the reader: `Follow us on Twitter …`, `Go to BBCAfrica.com for more
 * news …`, `Sign up for our newsletter`, `Download our app`, `Never miss a story - sign up to …`.
 * They start with the call itself, so reported speech ("He urged voters to follow…") is not matched.
 */
const CALL_TO_ACTION =
  /^(?:never miss (?:a|another|the latest) .*\b(?:sign up|subscribe|newsletter|follow us)\b|follow (?:us|@|our)|go to \S+ for\b|visit \S+ for\b|sign up\b|subscribe\b|download (?:our|the)\b|like us on\b|join (?:us|our)\b|get (?:our|the) .*\b(?:newsletter|app|alerts)\b|click here\b|support (?:local |independent |quality |our )?journalism\b|tap here\b|for (?:more|the latest) .*\b(?:visit|go to|follow)\b)/iu;

/** A capitals label before the call: `BREAKING NEWS ALERTS: Download the 12 News app`. */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}\s&'’-]{2,40}:\s+/u;

export function matchPromo(text: string): ChromeMatch | undefined {
  if (words(text).length > 30) return undefined;
  if (!CALL_TO_ACTION.test(text) && !CALL_TO_ACTION.test(text.replace(CAPITALS_LABEL, ''))) return undefined;
  return { rule: 'promo', reason: 'promotion' };
}
