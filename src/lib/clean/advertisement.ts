import type { ChromeMatch } from './rule.ts';

// The slot's own label, or a paid placement's.
const SLOT = String.raw`advertisement|advertising|advert|ad|sponsored(?: content)?|paid content|promoted`;
// Where the article picks up again after the slot, or a link past it.
const RESUME = [
  String.raw`story continues below(?: advertisement)?`,
  String.raw`continue reading(?: below| the main story)?`,
  String.raw`scroll to continue(?: with content)?`,
  String.raw`skip advert(?:isement)?`,
].join('|');

/** Ad slots left in the text: the whole piece is the label, so "Advertisement revenue fell" stays. */
const AD_LABEL = new RegExp(String.raw`^(?:${SLOT}|${RESUME})\s*:?$`, 'iu');

export function matchAdvertisement(text: string): ChromeMatch | undefined {
  return AD_LABEL.test(text) ? { rule: 'advertisement', reason: 'advertisement' } : undefined;
}
