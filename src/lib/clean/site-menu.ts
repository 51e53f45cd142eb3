import type { ChromeMatch } from './rule.ts';
import { wordCount, words } from './text-shape.ts';

export const SITE_MENU: ChromeMatch = { rule: 'site-menu', reason: 'site menu' };
const TRENDING_BAR: ChromeMatch = { rule: 'site-menu', reason: 'trending topics bar' };

/** Separators of a menu laid out on one line: `Home | UK | World`, `News · Sport · Weather`. */
const MENU_SEPARATOR = /\s*[|·•]\s*/u;

/** The entries of a line split at menu separators (the line alone when it has none: most lines, and a scan saved). */
function menuItems(text: string): string[] {
  return text.includes('|') || text.includes('·') || text.includes('•') ? text.split(MENU_SEPARATOR) : [text];
}

/** Labels of a bar of topic links: `Trending: Leeds fire | Cost of living`, `Hot topics: …`. */
const TRENDING_LABEL = /^(?:trending(?: now| topics)?|hot topics|in the news|popular(?: now)?|top topics)\s*:\s*(\S.*)$/iu;

/** A menu entry: one to four words starting with a capital or digit, no sentence punctuation. */
function isMenuItem(item: string): boolean {
  const count = wordCount(item);
  return count >= 1 && count <= 4 && /^[\p{Lu}\p{N}]/u.test(item) && !/[.!?:;,"“”]/u.test(item);
}

function isMenuList(list: string, minItems: number): boolean {
  const items = menuItems(list);
  return items.length >= minItems && items.every(isMenuItem);
}

/** `Skip to main content`, `Skip to content`, `Skip navigation`: accessibility links, never a headline. */
const SKIP_LINK = /^skip(?: to)?(?: the)?(?: main)? (?:content|navigation|menu|search|footer|article)$/iu;

export function matchSkipLink(text: string): ChromeMatch | undefined {
  return SKIP_LINK.test(text.trim()) ? { rule: 'site-menu', reason: 'accessibility skip link' } : undefined;
}

// Signing in and out, and registering.
const SIGN_IN = String.raw`sign in|sign up|log ?in|log out|sign out|register`;
// The reader's subscription and account pages.
const ACCOUNT = String.raw`subscribe|my account|account|manage (?:my )?subscription|subscriber services|e-edition`;

/** Account links: `Sign in | Subscribe`, `Log in · Register`. Two or more, all account words. */
const ACCOUNT_ITEM = new RegExp(String.raw`^(?:${SIGN_IN}|${ACCOUNT})$`, 'iu');

function matchAccountLinks(text: string): ChromeMatch | undefined {
  const items = menuItems(text.trim());
  return items.length >= 2 && items.every((item) => ACCOUNT_ITEM.test(item)) ? { rule: 'site-menu', reason: 'account links' } : undefined;
}

// Terms, privacy and cookie pages, and the US opt-outs (`Do Not Sell My Personal Information`).
const LEGAL_PAGES = [
  String.raw`terms(?: of (?:use|service))?|terms (?:and|&) conditions`,
  String.raw`privacy(?: policy| notice| settings| center)?|cookie (?:policy|settings|preferences)`,
  String.raw`do not sell(?: or share)? my (?:personal )?info(?:rmation)?|your privacy choices`,
].join('|');
// The other pages a footer links: accessibility, contact, about, site map, jobs, help, feeds, policies.
const SITE_PAGES = [
  String.raw`accessibility(?: statement)?|contact(?: us)?|about(?: us)?|site ?map|advertise(?: with us)?`,
  String.raw`careers|help|faq|rss|ethics policy|corrections(?: policy)?`,
].join('|');

/** Legal links in a page footer: `Terms of Use | Privacy Policy | Do Not Sell My Personal Information`. */
const FOOTER_ITEM = new RegExp(String.raw`^(?:${LEGAL_PAGES}|${SITE_PAGES})$`, 'iu');
const LEGAL_ITEM = /^(?:terms|privacy|cookie|do not sell|your privacy)/iu;

function matchFooterLinks(text: string): ChromeMatch | undefined {
  const items = menuItems(text.trim());
  if (items.length < 2 || !items.every((item) => FOOTER_ITEM.test(item)) || !items.some((item) => LEGAL_ITEM.test(item))) return undefined;
  return { rule: 'site-menu', reason: 'footer links' };
}

/** Breadcrumbs: `Home > Business > Technology`, `News › Local › Phoenix`: three or more menu entries. */
function matchBreadcrumbs(text: string): ChromeMatch | undefined {
  const items = text.trim().split(/\s+[>›»]\s+/u);
  return items.length >= 3 && items.every(isMenuItem) ? { rule: 'site-menu', reason: 'breadcrumbs' } : undefined;
}

/**
 * A menu line: three or more short capitalised entries between `|`, `·` or `•`
 * (`Home | UK | World | Business | Opinion`), or a labelled trending bar with two or more
 * (`Trending: Leeds fire | Cost of living | Transfer news`). Prose does not put three bars
 * between capitalised words, and an entry with sentence punctuation is never a menu entry.
 */
export function matchSiteMenu(text: string): ChromeMatch | undefined {
  const other = matchSkipLink(text) ?? matchAccountLinks(text) ?? matchFooterLinks(text) ?? matchBreadcrumbs(text);
  if (other) return other;
  const trending = TRENDING_LABEL.exec(text)?.[1];
  if (trending !== undefined) return isMenuList(trending, 2) ? TRENDING_BAR : undefined;
  return isMenuList(text, 3) ? SITE_MENU : undefined;
}

/**
 * Section names of news sites' menus (generic knowledge, lower case). Only asked of lines in the
 * header chrome, where a lone `Sport` or `What's On` is the menu the scraper kept, never of the body.
 */
const SECTION_NAMES: ReadonlySet<string> = new Set([
  'home',
  'news',
  'latest',
  'latest news',
  'uk',
  'us',
  'world',
  'local',
  'national',
  'politics',
  'business',
  'money',
  'economy',
  'markets',
  'opinion',
  'comment',
  'analysis',
  'sport',
  'sports',
  'football',
  'cricket',
  'rugby',
  'culture',
  'arts',
  'entertainment',
  'showbiz',
  'tv',
  'music',
  'film',
  'books',
  'lifestyle',
  'life',
  'style',
  'fashion',
  'food',
  'travel',
  'health',
  'science',
  'tech',
  'technology',
  'environment',
  'climate',
  'education',
  'weather',
  'video',
  'videos',
  'podcasts',
  'live',
  'features',
  "what's on",
  'whats on',
  'things to do',
  'property',
  'motoring',
  'cars',
  'jobs',
  'puzzles',
  'obituaries',
  'newsletters',
  'events',
  'crime',
  'e-edition',
  'epaper',
  'e-paper',
  'classifieds',
  'autos',
  'nation',
  'games',
  'watch live',
  'traffic',
  'africa',
  'asia',
  'europe',
  'middle east',
  'americas',
  'menu',
  'search',
  'sign in',
  'log in',
]);

/** A line of nothing but section names (`Sport`, `What's On`, `News Sport Weather`). */
export function isSectionMenuLine(text: string): boolean {
  const normalised = text.toLowerCase().replace(/[’]/gu, "'").trim();
  if (SECTION_NAMES.has(normalised)) return true;
  const items = menuItems(normalised);
  if (items.length > 1) return items.every((item) => SECTION_NAMES.has(item));
  const parts = words(normalised);
  return parts.length > 1 && parts.length <= 8 && parts.every((part) => SECTION_NAMES.has(part));
}
