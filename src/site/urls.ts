import { urls } from '../lib/urls.ts';

export { urls };

// Made once: building an Intl formatter costs far more than formatting with it, and pages format
// thousands of dates and counts (the benchmark found them a top hot spot at 100 stories).
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const COUNT_FORMAT = new Intl.NumberFormat('en-GB');

/** "2025-05-05" → "5 May 2025", in UTC so the day never shifts with the build machine's zone. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  return DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${Math.round((100 * part) / whole)}%`;
}

/** Two versions of a story in story.yaml order. */
export function inStoryOrder(versions: readonly { id: string }[], x: string, y: string): [string, string] {
  const at = (id: string): number => versions.findIndex((version) => version.id === id);
  return at(x) <= at(y) ? [x, y] : [y, x];
}

/**
 * The comparison of `lead` with `other`, `lead`'s column first: the one page of the pair (a before
 * b in story.yaml), with `?lead=` when the later version leads. Every link to a pair goes through here.
 */
export function compareUrl(story: { slug: string; versions: readonly { id: string }[] }, lead: string, other: string): string {
  const [a, b] = inStoryOrder(story.versions, lead, other);
  return urls.compare(story.slug, a, b, lead);
}

/** The alignment table against a base version; the first version's table is the plain URL. */
export function alignmentUrl(slug: string, base: string, isFirst: boolean): string {
  return isFirst ? urls.alignment(slug) : urls.alignment(slug, base);
}
