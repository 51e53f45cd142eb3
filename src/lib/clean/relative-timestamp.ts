import type { ChromeMatch } from './rule.ts';
import { wordCount } from './text-shape.ts';

const UNIT = String.raw`(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)`;
const AMOUNT = String.raw`(?:\d+|an?|one|a few|few|several)`;
const LABEL = String.raw`(?:(?:last |first )?(?:updated|published|posted|modified)(?: on)?\s*:?\s*)`;

/** `13 minutes ago`, `Updated 2 hours ago`, `4 hours -`, `6 hours`, `2h`, `just now`. */
const RELATIVE = new RegExp(String.raw`^${LABEL}?(?:${AMOUNT}\s*${UNIT}(?:\s+ago)?|just now|yesterday|today)\s*[-–—·|]?$`, 'iu');

/** `Updated 14:32 GMT`, `Published: 5 May 2025, 10:02`: a labelled time with digits, no sentence. */
const LABELLED_TIME = new RegExp(String.raw`^${LABEL}\S.*\d`, 'iu');

/** `3 min read`, `5 minute read`: a reading-time widget. */
const READING_TIME = /^\d+\s*(?:min(?:ute)?s?|m)\s+read$/iu;

/** An absolute labelled time (`Published: 5:10 PM MST Oct. 5, 2026`, `Updated 14:32 GMT`). */
export const TIMESTAMP: ChromeMatch = { rule: 'timestamp', reason: 'publication timestamp' };

/** A timestamp widget: the whole piece is the time, never a sentence that mentions one. */
export function matchRelativeTimestamp(text: string): ChromeMatch | undefined {
  if (RELATIVE.test(text)) return { rule: 'relative-timestamp', reason: 'timestamp' };
  if (LABELLED_TIME.test(text) && wordCount(text) <= 8 && !/[.!?]$/u.test(text)) {
    // `Updated 3:45 PM EDT Sept. 30, 2026` is an absolute time: a publication timestamp, not a relative one.
    return TIMESTAMP;
  }
  if (READING_TIME.test(text)) return { rule: 'relative-timestamp', reason: 'reading time' };
  return undefined;
}
