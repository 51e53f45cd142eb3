import type { ScannedPage } from './html-scan.ts';

/** Attributes that take a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/** Elements the site never renders itself, and the hostile fixture tries to inject. */
const FOREIGN_ELEMENTS = new Set(['img', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base']);

/**
 * What makes a page unsafe, as readable strings: an event-handler attribute, a `javascript:` URL,
 * an element kind the site never ships, or a script that is not the site's own (bundled under
 * `/_astro/`, or inline without the fixture's `__pwned` sentinel). Empty for a safe page.
 */
export function injectedMarkup(page: ScannedPage): string[] {
  const problems: string[] = [];
  for (const tag of page.tags) {
    for (const [name, value] of tag.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag.name} ${name}="${value}">`);
      // Browsers strip leading control characters and spaces before reading the scheme.
      // eslint-disable-next-line no-control-regex -- those control characters are what this looks for
      if (URL_ATTRIBUTES.includes(name) && /^[\u0000-\u0020]*(javascript|vbscript|data:text\/html)/i.test(value))
        problems.push(`<${tag.name} ${name}="${value}">`);
    }
    if (FOREIGN_ELEMENTS.has(tag.name)) problems.push(`<${tag.name}>`);
    if (tag.name === 'script') {
      const src = tag.attributes.get('src');
      const raw = tag.rawText ?? '';
      // A JSON data block (the fact index's labels) carries article text as data: safe while no `<` can close it.
      const data = tag.attributes.get('type') === 'application/json';
      if (src !== undefined ? !src.startsWith('/_astro/') : data ? raw.includes('<') : raw.includes('__pwned'))
        problems.push(`<script src="${src ?? ''}">${raw.slice(0, 80)}`);
    }
  }
  return problems;
}

/** Text with runs of whitespace collapsed to one space, as a reader sees it. */
export function visibleText(page: ScannedPage): string {
  return page.text.replace(/\s+/g, ' ');
}
