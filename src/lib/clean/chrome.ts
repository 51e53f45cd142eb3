import { matchAdvertisement } from './advertisement.ts';
import { matchAudioCredit } from './audio-credit.ts';
import { matchBylineLabel, matchCreditLine } from './byline.ts';
import { matchDateLine } from './date-line.ts';
import { matchCaptionLabel, matchPhotoCredit } from './photo-credit.ts';
import { matchPromo } from './promo.ts';
import { matchRelativeTimestamp } from './relative-timestamp.ts';
import { matchShareBar } from './share-bar.ts';
import { matchTeaser } from './teaser.ts';

/** Which rule recognised a piece as page chrome, and the reason shown to editors. */
export interface ChromeMatch {
  rule: string;
  reason: string;
}

const MATCHERS: readonly ((text: string) => ChromeMatch | undefined)[] = [
  matchAudioCredit,
  matchShareBar,
  matchDateLine,
  matchRelativeTimestamp,
  matchAdvertisement,
  matchPhotoCredit,
  matchCaptionLabel,
  matchPromo,
  matchTeaser,
  matchCreditLine,
  matchBylineLabel,
];

/**
 * Page chrome that is recognisable on its own, wherever it sits: the whole piece must be the
 * widget, so sentences that merely start with the same word are never matched.
 */
export function classifyChrome(text: string): ChromeMatch | undefined {
  for (const match of MATCHERS) {
    const found = match(text);
    if (found) return found;
  }
  return undefined;
}
