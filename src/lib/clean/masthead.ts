import { copyrightOwner } from './copyright.ts';
import { wordCount, words } from './text-shape.ts';

/** A masthead is a name: a few words. */
const MAX_MASTHEAD_WORDS = 5;

/** `The Leeds Evening Courier`, `leedsevening courier.com` and `Leeds Evening Courier` name the same outlet. */
function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/\.(?:com|co\.uk|org|net|news)$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The names the page gives itself: the outlet from story.yaml when the caller knows it, and the
 * owner its copyright notice names (`© 2026 Leeds Evening Courier. All rights reserved.`).
 */
export function outletNames(text: string, outlet: string | undefined): Set<string> {
  const names = new Set<string>();
  if (outlet !== undefined && normaliseName(outlet).length > 0) names.add(normaliseName(outlet));
  for (const [line] of text.matchAll(/^[^\S\n]*(?:©|\(c\)|copyright\b)[^\n]*/gimu)) {
    const owner = copyrightOwner(line.trim());
    if (owner !== undefined && wordCount(owner) <= MAX_MASTHEAD_WORDS) names.add(normaliseName(owner));
  }
  return names;
}

/** A line that is the outlet's own name: never its headline or byline. */
export function isOutletName(text: string, names: ReadonlySet<string>): boolean {
  if (wordCount(text) <= MAX_MASTHEAD_WORDS && names.has(normaliseName(text))) return true;
  // The name and its city: `KAZN 12 News Phoenix`.
  const parts = words(text);
  if (
    parts.length >= 2 &&
    parts.length <= MAX_MASTHEAD_WORDS + 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(parts.at(-1)!) &&
    names.has(normaliseName(parts.slice(0, -1).join(' ')))
  )
    return true;
  // The name with a tagline: `Desert Ledger | East Valley News`, `The Valley Times — Phoenix, Arizona`.
  const [name, tagline] = text.split(/\s*\|\s*|\s+[-–—]\s+/u);
  return tagline !== undefined && wordCount(text) <= 2 * MAX_MASTHEAD_WORDS && names.has(normaliseName(name!)) && !/[.!?]$/u.test(text);
}

/**
 * An all-capitals name line (`THE DAILY LEDGER`, `METRO PULSE`): the way a scrape renders a
 * masthead logo. Only asked of the first header line, and only when a headline follows, so an
 * all-capitals headline standing alone stays the headline.
 */
export function isCapitalsMasthead(text: string): boolean {
  const count = wordCount(text);
  return (
    count >= 1 &&
    count <= MAX_MASTHEAD_WORDS &&
    /\p{Lu}{2}/u.test(text) &&
    !/\p{Ll}/u.test(text) &&
    /^[\p{Lu}\p{N}&'’ .-]+$/u.test(text) &&
    !/[.!?]$/u.test(text)
  );
}
