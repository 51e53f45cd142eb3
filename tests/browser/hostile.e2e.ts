import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileContent } from '../hostile/build-site.ts';
import { htmlPages } from '../support/site-files.ts';
import { useFixtureSite } from './fixture-site.ts';

// The hostile story in a real browser: every payload in tests/fixtures/hostile-site/hostile-markup
// sets window.__pwned or opens a dialog if it ever runs. Each page is loaded, its removed fragments
// opened, its buttons pressed and the search box used, once under the site's CSP and once with the
// CSP bypassed, so escaping is proven on its own and not only by the policy.

const site = useFixtureSite(hostileContent, 'hostile-e2e-');

interface Exposure {
  /** Options the search popup showed for the hostile query (0 on a page without the box). */
  searchHits: number;
  pwned: unknown;
  dialogs: string[];
  handlers: string[];
  scripts: string[];
}

/** Loads a page, pokes everything a reader can poke, and reports any sign that input became code. */
async function expose(context: BrowserContext, url: string): Promise<Exposure> {
  const page: Page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(site.origin + url, { waitUntil: 'networkidle' });
  await page.$$eval('details', (all) => all.forEach((details) => (details.open = true)));
  for (const button of await page.locator('main button').all()) {
    if (await button.isVisible()) await button.click({ timeout: 2000 }).catch(() => undefined);
  }
  // The search box renders hits with highlights: the place where escaping is easiest to forget.
  // (The search page hides the header box behind its own; its results are checked by the page itself.)
  const search = page.locator('#site-search');
  let searchHits = 0;
  if (await search.isVisible()) {
    await search.fill('pwned script');
    await page
      .locator('.search-popup [role="option"]')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    searchHits = await page.locator('.search-popup [role="option"]').count();
    await page.keyboard.press('ArrowDown');
  }
  await page.mouse.move(200, 300);
  const found = await page.evaluate(() => {
    const handlers: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) handlers.push(`<${element.localName} ${attribute.name}>`);
        if (/^(href|src|action|formaction)$/.test(attribute.name) && /^\s*javascript:/i.test(attribute.value))
          handlers.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
      }
      if (/^(img|iframe|object|embed)$/.test(element.localName)) handlers.push(`<${element.localName}>`);
    }
    // A script that runs must not carry the story's text; a data block (`type="application/json"`, the
    // fact labels) may, as long as no `<` in it could close the element and start markup.
    const runs = (script: HTMLScriptElement) => !script.type || /^(module|(text|application)\/javascript)$/i.test(script.type);
    const scripts = [...document.querySelectorAll('script')]
      .filter((script) => !script.src && (runs(script) ? script.textContent?.includes('__pwned') : script.textContent?.includes('<')))
      .map((script) => script.textContent ?? '');
    return { pwned: (globalThis as unknown as { __pwned?: unknown }).__pwned ?? null, handlers, scripts };
  });
  await page.close();
  return { ...found, dialogs, searchHits };
}

const story = '/stories/hostile-markup/';

describe('no injected script runs on any page of the hostile story', () => {
  for (const bypassCSP of [false, true]) {
    it(`${bypassCSP ? 'with the CSP bypassed' : 'under the site’s CSP'}: every page, its fragments, buttons and search`, async () => {
      const context = await site.browser.newContext({ bypassCSP });
      const urls = [
        '/',
        '/search/?q=pwned',
        ...htmlPages(site.build.outDir)
          .map((built) => built.url)
          .filter((url) => url.startsWith(story)),
      ];
      expect(urls.length).toBeGreaterThan(12);
      const exposures: Record<string, Exposure> = {};
      for (const url of urls) exposures[url] = await expose(context, url);
      const clean = { pwned: null, dialogs: [], handlers: [], scripts: [], searchHits: expect.any(Number) as number };
      expect(exposures).toEqual(Object.fromEntries(urls.map((url) => [url, clean])));
      expect(exposures[story]!.searchHits).toBeGreaterThan(0);
      await context.close();
    }, 300_000);
  }
});

describe('hostile text reads as text in the browser', () => {
  it('the literal tags are visible text, and the outlet link carries the URL as given with noopener noreferrer', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${story}plain/`);
    const text = await page.locator('main').textContent();
    expect(text).toContain('<script>window.__pwned=1;alert(1)</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1;alert(1)">');
    await page.goto(`${site.origin}${story}markdown/`);
    const outletLinks = await page.$$eval('a[href^="https://example.com/"]', (links) =>
      links.map((link) => ({ href: link.getAttribute('href'), rel: link.getAttribute('rel') })),
    );
    expect(outletLinks.length).toBeGreaterThan(0);
    for (const link of outletLinks)
      expect(link).toEqual({ href: 'https://example.com/story?q="><script>window.__pwned=1</script>', rel: 'noopener noreferrer' });
    await context.close();
  });
});
