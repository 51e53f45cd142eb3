import type { ChromeMatch } from './chrome.ts';
import { words } from './text-shape.ts';

/**
 * The site's copyright notice: `© 2026 Leeds Evening Courier. All rights reserved.`, `Copyright
 * (c) 2025 Example Media Ltd`, or `All rights reserved.` on its own. It opens with the sign or the
 * word and a year or a name, so "Copyright law changed in 2024." (a verb follows) is not matched
 * unless the rest is a short name; the whole piece must be the notice.
 */
const NOTICE = /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(?:\p{Lu}[^.!?]*)?\.?(?:\s*all rights reserved\.?)?$/iu;
const RESERVED = /^all rights reserved\.?$/iu;

/** The owner a copyright notice names (`Leeds Evening Courier`), for recognising the masthead. */
export function copyrightOwner(text: string): string | undefined {
  const m = /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(\p{Lu}[^.!?©]*?)\s*(?:[.,]|$)/imu.exec(text);
  return m?.[1];
}

/** The rights clause some notices add: `This material may not be published, broadcast, rewritten or redistributed.` */
const RIGHTS_CLAUSE = /\s*this material may not be (?:published|broadcast|rewritten|redistributed|reproduced|copied)\b[^.!?]{0,80}\.?$/iu;

export function matchCopyright(text: string): ChromeMatch | undefined {
  const clause = RIGHTS_CLAUSE.exec(text);
  if (clause) {
    if (clause.index === 0) return { rule: 'copyright', reason: 'copyright notice' };
    text = text.slice(0, clause.index).trim();
  }
  if (words(text).length > 16) return undefined;
  const sign = /^(?:©|\(c\))/iu.test(text);
  // The bare word needs a year after it: "Copyright Act" alone could be a heading of the article.
  const word = /^copyright\s*(?:©|\(c\))?\s*\d{4}/iu.test(text);
  if ((sign || word) && NOTICE.test(text)) return { rule: 'copyright', reason: 'copyright notice' };
  return RESERVED.test(text) ? { rule: 'copyright', reason: 'copyright notice' } : undefined;
}
