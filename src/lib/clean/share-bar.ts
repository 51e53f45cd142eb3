import type { ChromeMatch } from './rule.ts';

/** Widget words of share bars (generic knowledge of news sites, lower case). */
const SHARE_WIDGET = new Set(
  `share save saved tweet email e-mail mail print copy link facebook twitter x whatsapp linkedin reddit telegram
   pinterest pin messenger flipboard bookmark comment comments instagram tiktok threads bluesky sms`.split(/\s+/u),
);

/** What may follow a leading "Share": `Share this article`, `Share on Facebook`, `Share via email`. */
const SHARE_PHRASE = new Set(`this the article story page post video gallery on via with by friends`.split(/\s+/u));

/** A bar of repeated `Share on …` buttons (`Share on Facebook   Share on X   Share by email`) has up to this many labels. */
const MAX_LABELS = 12;

/**
 * Splits glued widget labels too: `ShareSave` → `Share`, `Save`; `Share this post: Facebook` → …,
 * `post`, `facebook`. A token that is a widget word as a whole (`WhatsApp`, `LinkedIn`) is kept
 * whole, since its own capitals are not glue.
 */
function widgetWords(text: string): string[] {
  return text
    .split(/[\s|·•,/:]+/u)
    .flatMap((token) => (SHARE_WIDGET.has(token.toLowerCase()) ? [token] : token.split(/(?<=\p{Ll})(?=\p{Lu})/u)))
    .map((word) => word.toLowerCase())
    .filter((word) => word.length > 0);
}

/**
 * A piece that is nothing but share-bar labels. A sentence such as "Share prices rose" has other
 * words and is never matched.
 */
export function matchShareBar(text: string): ChromeMatch | undefined {
  const labels = widgetWords(text);
  if (labels.length === 0 || labels.length > MAX_LABELS) return undefined;
  const allWidgets = labels.every((label) => SHARE_WIDGET.has(label) || /^\d+$/u.test(label));
  const sharePhrase = labels[0] === 'share' && labels.every((label) => SHARE_WIDGET.has(label) || SHARE_PHRASE.has(label));
  if (!allWidgets && !sharePhrase) return undefined;
  if (labels.every((label) => /^\d+$/u.test(label))) return undefined;
  return { rule: 'share-bar', reason: 'share bar' };
}
