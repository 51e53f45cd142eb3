import type { ChromeMatch } from './rule.ts';

/** Ad slots left in the text: the whole piece is the label, so "Advertisement revenue fell" stays. */
const AD_LABEL =
  /^(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid content|promoted|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|skip advert(?:isement)?)\s*:?$/iu;

export function matchAdvertisement(text: string): ChromeMatch | undefined {
  return AD_LABEL.test(text) ? { rule: 'advertisement', reason: 'advertisement' } : undefined;
}
