import type { ChromeMatch } from './rule.ts';
import { wordCount } from './text-shape.ts';

// No `i` flag anywhere here: with it, `\p{Lu}` matches lower case too, and `(c) the council must…` would be a notice.
// `©`, `(c)`, `Copyright`, `Copyright ©`: how a notice opens.
const OPENING = String.raw`(?:©|\([cC]\)|(?:[cC]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?)`;
// `2026`, `2020 – 2026`: the year or years that may follow, then spaces or a comma.
const YEARS = String.raw`\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*`;
// `All rights reserved`, in sentence case or in capitals.
const ALL_RIGHTS = String.raw`(?:[aA]ll rights reserved|ALL RIGHTS RESERVED)`;

/**
 * The site's copyright notice: `© 2026 Leeds Evening Courier. All rights reserved.`, `Copyright
 * (c) 2025 Example Media Ltd`, or `All rights reserved.` on its own. It opens with the sign or the
 * word and a year or a name, so "Copyright law changed in 2024." (a verb follows) is not matched
 * unless the rest is a short name; the whole piece must be the notice. The owner is a
 * capitalised name running to the end of its sentence.
 */
const NOTICE = new RegExp(String.raw`^${OPENING}${YEARS}(?:\p{Lu}[^.!?]*)?\.?(?:\s*${ALL_RIGHTS}\.?)?$`, 'u');
const RESERVED = new RegExp(String.raw`^${ALL_RIGHTS}\.?$`, 'u');
// The owner alone, on any line: the name up to the first full stop or comma (and never past another ©).
const OWNER = new RegExp(String.raw`^${OPENING}${YEARS}(\p{Lu}[^.!?©]*?)\s*(?:[.,]|$)`, 'mu');

/** The owner a copyright notice names (`Leeds Evening Courier`), for recognising the masthead. */
export function copyrightOwner(text: string): string | undefined {
  return OWNER.exec(text)?.[1];
}

/** The rights clause some notices add: `This material may not be published, broadcast, rewritten or redistributed.` */
const RIGHTS_CLAUSE = /\s*this material may not be (?:published|broadcast|rewritten|redistributed|reproduced|copied)\b[^.!?]{0,80}\.?$/iu;

export function matchCopyright(text: string): ChromeMatch | undefined {
  const clause = RIGHTS_CLAUSE.exec(text);
  if (clause) {
    if (clause.index === 0) return { rule: 'copyright', reason: 'copyright notice' };
    text = text.slice(0, clause.index).trim();
  }
  if (wordCount(text) > 16) return undefined;
  const sign = /^(?:©|\([cC]\))/u.test(text);
  // The bare word needs a year after it: "Copyright Act" alone could be a heading of the article.
  const word = /^(?:[cC]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*\d{4}/u.test(text);
  if ((sign || word) && NOTICE.test(text)) return { rule: 'copyright', reason: 'copyright notice' };
  return RESERVED.test(text) ? { rule: 'copyright', reason: 'copyright notice' } : undefined;
}
