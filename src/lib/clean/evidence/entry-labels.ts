// The labels that open the entries of a live page: each entry's own wire dateline (`NEW YORK (AP) —`, below the lede,
// which the pass strips as the article's dateline) and a time label (`10:00 p.m. CDT Friday:`). Metadata of the entry,
// not its words.
import { WEEKDAY_WORD } from '../../language/calendar.ts';
import { datelineLength, readDateline } from '../../language/dateline.ts';

/** A clock time (`10:00 p.m.`, `9 a.m.`, `21:40`), a zone in capitals (`CDT`) and a weekday, then a colon and the entry. */
const CLOCK = String.raw`(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2})`;
const TIME_LABEL = new RegExp(String.raw`^${CLOCK}(?:\s+\p{Lu}{2,4})?(?:,?\s+${WEEKDAY_WORD})?\s*:\s+(?=["“‘']?[\p{Lu}\p{N}])`, 'iu');

export interface EntryLabel {
  /** Its length from the start of the line, spaces after it left out. */
  length: number;
  reason: string;
  signal: string;
}

/**
 * The label opening a paragraph below the lede: a time label, or a wire dateline that names its agency (`LONDON (AP) —`;
 * a place alone before a colon or dash is left to the lede, where `Note:` and `UPDATE:` also stand).
 */
export function entryLabel(text: string): EntryLabel | undefined {
  const time = TIME_LABEL.exec(text)?.[0];
  if (time !== undefined)
    return {
      length: time.trimEnd().length,
      reason: 'time label of a live page’s entry',
      signal: 'a clock time and a colon opening the paragraph',
    };
  const dateline = datelineLength(text);
  if (dateline > 0 && readDateline(text)?.agency !== undefined)
    return {
      length: text.slice(0, dateline).trimEnd().length,
      reason: 'dateline',
      signal: 'opens a later entry: a place and its agency before a dash',
    };
  return undefined;
}
