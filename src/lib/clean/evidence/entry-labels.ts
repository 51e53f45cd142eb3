// The labels that open the entries of a live page: each entry's own wire dateline (`NEW YORK (AP) —`, below the lede,
// which the pass strips as the article's dateline) and a time label (`11:30 p.m. MDT Sunday:`). Metadata of the entry,
// not its words.
import { WEEKDAY_WORD } from '../../language/calendar.ts';
import { CLOCK_TIME } from '../../language/date-phrases.ts';
import { datelineLength, readDateline } from '../../language/dateline.ts';
import { TIME_ZONE } from '../../language/time-zones.ts';

/** A live page's word for a later entry before its time: `Update 1:10 p.m.:`, `UPDATED at 9 a.m.:`. */
const UPDATE_WORD = String.raw`(?:(?:Update|UPDATE)[dD]?(?:\s+at)?\s+)`;

/**
 * A clock time (`10:00 p.m.`, `9 a.m.`, `21:40`: language's one clock-time reader), a zone (`CDT`, `ET`: language's
 * zone names) and a weekday, then a colon and the entry, its first word capitalised or a figure.
 */
const TIME_LABEL = new RegExp(
  String.raw`^${UPDATE_WORD}?${CLOCK_TIME}(?:\s+${TIME_ZONE})?(?:,?\s+${WEEKDAY_WORD})?\s*:\s+(?=["“‘']?[\p{Lu}\p{N}])`,
  'u',
);

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
