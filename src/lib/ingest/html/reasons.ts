import type { SourceElement } from './source.ts';

/** Why a piece of a page is not article text: the machine name and the words shown to editors. */
export interface PageReason {
  rule: string;
  reason: string;
}

const reason = (rule: string, text: string): PageReason => ({ rule: `html-${rule}`, reason: text });

export const REASONS = {
  cookie: reason('cookie-banner', 'cookie banner'),
  share: reason('share-buttons', 'share buttons'),
  embed: reason('embed', 'embedded social media post'),
  newsletter: reason('newsletter', 'newsletter box'),
  advertisement: reason('advertisement', 'advertisement'),
  related: reason('related-links', 'related links'),
  comments: reason('comments', 'comments'),
  byline: reason('byline', 'byline and date'),
  authorBox: reason('author-box', 'author box'),
  tags: reason('tags', 'tags'),
  caption: reason('caption', 'figure caption'),
  credit: reason('credit', 'credit line'),
  disclaimer: reason('disclaimer', 'disclaimer'),
  navigation: reason('navigation', 'navigation'),
  header: reason('page-header', 'page header'),
  footer: reason('footer', 'footer'),
  sidebar: reason('sidebar', 'sidebar'),
  form: reason('form', 'form or button'),
  popup: reason('pop-up', 'pop-up'),
  headline: { rule: 'title-heading', reason: 'headline (used as the version’s title)' },
  standfirst: reason('standfirst', 'standfirst (the summary under the headline)'),
  appeal: reason('appeal', 'appeal or promotion'),
  subheading: reason('subheading', 'subheading (not a sentence of the article)'),
  timestamp: reason('timestamp', 'timestamp'),
  extractor: reason('left-out', 'left out by the article extractor (Readability)'),
} as const satisfies Record<string, PageReason>;

/** Words in class names and ids, and what an element so named holds. */
const NAME_WORDS: readonly [RegExp, PageReason][] = [
  [/^(?:cookies?|consent|gdpr|cmp)$/u, REASONS.cookie],
  [/^(?:embed|embedded|tweet)$/u, REASONS.embed],
  [/^(?:share|shares|sharing|sharebar|social|addthis)$/u, REASONS.share],
  [/^(?:newsletters?|subscribe|subscription|signup)$/u, REASONS.newsletter],
  [/^(?:donate|donation|donations|membership|paywall|contribute|contribution)$/u, REASONS.appeal],
  [/^(?:standfirst|dek|deck|subtitle|strapline|kicker|subheadline)$/u, REASONS.standfirst],
  [
    /^(?:ad|ads|advert|adverts|advertisement|advertising|adslot|dfp|gpt|sponsor|sponsored|promo|promotion|outbrain|taboola)$/u,
    REASONS.advertisement,
  ],
  [/^(?:related|recommended|recommendations|trending|popular|teaser|teasers|mostread)$/u, REASONS.related],
  [/^(?:comments?|disqus|replies)$/u, REASONS.comments],
  [/^(?:bio|biography)$/u, REASONS.authorBox],
  [/^(?:byline|bylines|dateline|authors?)$/u, REASONS.byline],
  [/^(?:tags?|topics|categories|keywords)$/u, REASONS.tags],
  [/^(?:caption|figcaption)$/u, REASONS.caption],
  [/^(?:credit|credits)$/u, REASONS.credit],
  [/^(?:disclaimer)$/u, REASONS.disclaimer],
  [/^(?:breadcrumbs?|nav|navbar|navigation|menu|pagination)$/u, REASONS.navigation],
  [/^(?:masthead)$/u, REASONS.header],
  [/^(?:footer|colophon)$/u, REASONS.footer],
  [/^(?:sidebar|widget)$/u, REASONS.sidebar],
  [/^(?:modal|overlay|popup|dialog)$/u, REASONS.popup],
  // Last: `entry-meta` is a byline box, but `meta-nav` is navigation.
  [/^meta$/u, REASONS.byline],
];

/** Compound names whose words mean nothing apart: `most-read`, `more-stories`, `read-more`, `up-next`. */
const NAME_PHRASES: readonly [RegExp, PageReason][] = [
  [/most-?(?:read|popular|viewed)|more-?(?:stories|from|on|news)|read-?(?:more|next)|up-?next|you-?may-?like/u, REASONS.related],
  [/author-?(?:card|box|info)/u, REASONS.authorBox],
  [/support-?(?:box|us|banner|appeal)/u, REASONS.appeal],
  [/sub-?headline|article-?summary/u, REASONS.standfirst],
];

const TAGS: Readonly<Record<string, PageReason>> = {
  nav: REASONS.navigation,
  header: REASONS.header,
  footer: REASONS.footer,
  aside: REASONS.sidebar,
  figure: REASONS.caption,
  figcaption: REASONS.caption,
  form: REASONS.form,
  button: REASONS.form,
  label: REASONS.form,
  input: REASONS.form,
  dialog: REASONS.popup,
};

const ROLES: Readonly<Record<string, PageReason>> = {
  navigation: REASONS.navigation,
  banner: REASONS.header,
  contentinfo: REASONS.footer,
  complementary: REASONS.sidebar,
  dialog: REASONS.popup,
  alertdialog: REASONS.popup,
  search: REASONS.form,
};

/** Elements whose names say nothing about their content, whatever their classes. */
const CONTAINERS = new Set(['html', 'body', 'main']);

/**
 * What a page element is, by its markup alone (tag, ARIA role, words of its class and id), or undefined
 * when its markup says nothing. Headings and times are judged separately ({@link headingReason}).
 */
export function elementReason(element: SourceElement): PageReason | undefined {
  if (CONTAINERS.has(element.tag)) return undefined;
  const { class: className, id, role } = element.attributes;
  if (className === undefined && id === undefined && role === undefined) return TAGS[element.tag];
  const key = `${element.tag} ${role ?? ''} ${className ?? ''} ${id ?? ''}`;
  let found = remembered.get(key);
  if (found === undefined) {
    found = reasonByNames(element.tag, `${className ?? ''} ${id ?? ''}`.toLowerCase(), (role ?? '').toLowerCase()) ?? null;
    if (remembered.size > 10_000) remembered.clear();
    remembered.set(key, found);
  }
  return found ?? undefined;
}

/** Reasons of the element kinds seen so far (pages repeat their class names): tag, role, class, id → reason. */
const remembered = new Map<string, PageReason | null>();

function reasonByNames(tag: string, names: string, roleName: string): PageReason | undefined {
  for (const [pattern, found] of NAME_PHRASES) if (pattern.test(names)) return found;
  const words = names.split(/[^a-z0-9]+/u).filter(Boolean);
  for (const [pattern, found] of NAME_WORDS) if (words.some((word) => pattern.test(word))) return found;
  return ROLES[roleName] ?? TAGS[tag];
}

/** Blocks a time or heading may stand in as part of a sentence. */
const PARAGRAPHS = new Set(['p', 'li', 'blockquote', 'td', 'dd', 'figcaption', 'pre']);

/**
 * A headline (`<h1>`), a subheading (`<h2>`–`<h6>`) or a time standing on its own (a `<time>` outside
 * any paragraph: `11:20` above a live-blog update, a dateline under the byline). A time inside a
 * paragraph is part of its sentence.
 */
export function headingReason(elements: readonly SourceElement[], index: number): PageReason | undefined {
  const element = elements[index]!;
  if (element.tag === 'h1') return REASONS.headline;
  if (/^h[2-6]$/u.test(element.tag)) return REASONS.subheading;
  if (element.tag !== 'time') return undefined;
  for (let parent = element.parent; parent >= 0; parent = elements[parent]!.parent) {
    if (PARAGRAPHS.has(elements[parent]!.tag)) return undefined;
    if (/^h[1-6]$/u.test(elements[parent]!.tag)) return undefined;
  }
  return REASONS.timestamp;
}
