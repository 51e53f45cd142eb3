import type { ChromeMatch } from './rule.ts';
import { words } from './text-shape.ts';

/**
 * A link to another story set into the body: a label with a colon, then one headline —
 * `READ ALSO: …`, `Also, read: …`, `Read more: …`, `See also: …`, `Related: …`. "Read more slowly"
 * has no label colon and stays.
 */
const TEASER =
  /^(?:(?:also,?\s+)?(?:read|see|watch|listen)(?:\s+(?:also|more|next|too))?|related(?:\s+(?:article|story|stories|content|coverage|reading))?|recommended|more|also on \S+)\s*:\s*(\S.*)$/iu;

export function matchTeaser(text: string): ChromeMatch | undefined {
  const headline = TEASER.exec(text)?.[1];
  if (headline === undefined || words(headline).length > 30) return undefined;
  // One headline, not a paragraph: no sentence ends inside it.
  if (/[.!?]["'”’]?\s+\p{Lu}/u.test(headline)) return undefined;
  return { rule: 'teaser', reason: 'teaser for another story' };
}
