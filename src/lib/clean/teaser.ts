import type { ChromeMatch } from './rule.ts';
import { wordCount } from './text-shape.ts';

// `Read also`, `Also, read`, `Watch next`: a verb of reading or watching, maybe with `also` or `more`.
const READ_LABEL = String.raw`(?:also,?\s+)?(?:read|see|watch|listen)(?:\s+(?:also|more|next|too))?`;
// `Related story`, `Recommended`, `More`, `Also on BBC`.
const OTHER_LABEL = String.raw`related(?:\s+(?:article|story|stories|content|coverage|reading))?|recommended|more|also on \S+`;

/**
 * A link to another story set into the body: a label with a colon, then one headline (group 1) —
 * `READ ALSO: …`, `Also, read: …`, `Read more: …`, `See also: …`, `Related: …`. "Read more slowly"
 * has no label colon and stays.
 */
const TEASER = new RegExp(String.raw`^(?:${READ_LABEL}|${OTHER_LABEL})\s*:\s*(\S.*)$`, 'iu');

export function matchTeaser(text: string): ChromeMatch | undefined {
  const headline = TEASER.exec(text)?.[1];
  if (headline === undefined || wordCount(headline) > 30) return undefined;
  // One headline, not a paragraph: no sentence ends inside it.
  if (/[.!?]["'”’]?\s+\p{Lu}/u.test(headline)) return undefined;
  return { rule: 'teaser', reason: 'teaser for another story' };
}
