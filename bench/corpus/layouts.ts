import type { Paragraphs } from './rewrites.ts';
import type { Random } from './random.ts';
import { TEASER_HEADLINES } from './vocabulary.ts';

/**
 * How an outlet's page came out of the scraper: the article's paragraphs with that page's junk
 * around and inside them, in the shapes the seed captures show.
 */
export type Layout = 'paragraphs' | 'lines' | 'glued' | 'blog';

export interface PageChrome {
  outlet: string;
  headline: string;
  byline?: string | undefined;
  /** A date line the page itself shows (ISO). */
  dateLine?: string | undefined;
  /** Encode curly quotes and accents the way a mis-decoded page does. */
  mojibake: boolean;
}

export function layOut(layout: Layout, paragraphs: Paragraphs, chrome: PageChrome, random: Random): string {
  const text = LAYOUTS[layout](paragraphs, chrome, random);
  return chrome.mojibake ? toMojibake(text, random) : text;
}

const LAYOUTS: Record<Layout, (paragraphs: Paragraphs, chrome: PageChrome, random: Random) => string> = {
  // A wire report: blank lines between paragraphs, a date line, a "READ ALSO" teaser mid-way.
  paragraphs: (paragraphs, chrome, random) => {
    const blocks = paragraphs.map((sentences) => sentences.join(' '));
    blocks.splice(Math.min(blocks.length, random.int(3, 6)), 0, `READ ALSO: ${random.pick(TEASER_HEADLINES)}`);
    const head = chrome.dateLine ? ` date ${chrome.dateLine} ` : '';
    return head + blocks.join('\n\n');
  },
  // A republisher: an audio-player credit, one sentence a line, a "Latest Stories" list.
  lines: (paragraphs, _chrome, random) => {
    const latest = random
      .shuffle(TEASER_HEADLINES)
      .slice(0, random.int(5, 9))
      .map((headline, index) => `-\n${headline}\n${index + 3} hours`);
    return ['Audio By Carbonatix', ...paragraphs.flat(), 'Latest Stories', ...latest].join('\n');
  },
  // A page scraped without its markup: headline, time, share bar, byline and caption run into the text.
  glued: (paragraphs, chrome, random) => {
    const head = `${chrome.headline}${random.int(2, 59)} minutes agoShareSave${chrome.byline ?? ''}${chrome.outlet}ShareSaveGetty Images`;
    const body = paragraphs.map((sentences) => sentences.join(' ')).join('');
    const more = random.shuffle(TEASER_HEADLINES).slice(0, 3).join('');
    const trailer = `Getty Images/${chrome.outlet}Follow us on Twitter, on Facebook or on InstagramWorldPoliticsTrade`;
    return `${head}${body}You may also be interested in:${more}${trailer}`;
  },
  // A blog: one paragraph a line, an "Also, read:" teaser, a share line at the end.
  blog: (paragraphs, _chrome, random) => {
    const lines = paragraphs.map((sentences) => sentences.join(' '));
    lines.splice(Math.min(lines.length, random.int(2, 5)), 0, `Also, read: ${random.pick(TEASER_HEADLINES)}`);
    return [...lines, 'Share this:', 'Facebook', 'X', 'WhatsApp'].join('\n');
  },
};

const MOJIBAKE: readonly (readonly [RegExp, string])[] = [
  [/’/g, 'â€™'],
  [/“/g, 'â€œ'],
  [/é/g, 'Ã©'],
  [/ø/g, 'Ã¸'],
];

/** Curly quotes first, so the mis-decoding has something to bite on. */
function toMojibake(text: string, random: Random): string {
  const curly = text.replace(/(\w)'(\w)/g, '$1’$2').replace(/"(?=\w)/g, () => (random.chance(0.5) ? '“' : '"'));
  return MOJIBAKE.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), curly);
}
