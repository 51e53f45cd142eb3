import type { ChromeMatch } from './rule.ts';
import { wordCount } from './text-shape.ts';

const CALLS = [
  // `Never miss a story - sign up to …`: the call comes after a lead-in.
  String.raw`never miss (?:a|another|the latest) .*\b(?:sign up|subscribe|newsletter|follow us)\b`,
  // Follow, go to, visit, sign up, subscribe: the call is the first words.
  String.raw`follow (?:us|@|our)|go to \S+ for\b|visit \S+ for\b|sign up\b|subscribe\b`,
  // Download, like, join.
  String.raw`download (?:our|the)\b|like us on\b|join (?:us|our)\b`,
  // `Get our newsletter`, `Get the 12 News app`.
  String.raw`get (?:our|the) .*\b(?:newsletter|app|alerts)\b`,
  // `Click here`, `Tap here`, `Support local journalism`.
  String.raw`click here\b|support (?:local |independent |quality |our )?journalism\b|tap here\b`,
  // `For more news, visit …`: the call comes after a lead-in.
  String.raw`for (?:more|the latest) .*\b(?:visit|go to|follow)\b`,
];

/**
 * Calls to action addressed to the reader: `Follow us on Twitter …`, `Go to BBCAfrica.com for more
 * news …`, `Sign up for our newsletter`, `Download our app`, `Never miss a story - sign up to …`.
 * They start with the call itself, so reported speech ("He urged voters to follow…") is not matched.
 */
const CALL_TO_ACTION = new RegExp(`^(?:${CALLS.join('|')})`, 'iu');

/** A capitals label before the call: `BREAKING NEWS ALERTS: Download the 12 News app`. */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}\s&'’-]{2,40}:\s+/u;

export function matchPromo(text: string): ChromeMatch | undefined {
  if (wordCount(text) > 30) return undefined;
  if (!CALL_TO_ACTION.test(text) && !CALL_TO_ACTION.test(text.replace(CAPITALS_LABEL, ''))) return undefined;
  return { rule: 'promo', reason: 'promotion' };
}
