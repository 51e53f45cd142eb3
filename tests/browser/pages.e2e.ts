import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, pageType } from '../support/site-files.ts';
import { axeViolations, distDir, formatViolations, useBuiltSite } from './browser.ts';

const seed = 'rwanda-us-migrant-talks';
const site = useBuiltSite();

/** One page of each type, so a new page type cannot ship without being opened and checked. */
function pageTypes(): Record<string, string> {
  const byType: Record<string, string> = {};
  for (const page of htmlPages(distDir).filter((built) => built.url.endsWith('/'))) {
    // An old URL kept as a redirect has no page of its own to check (tests/browser/pairs.e2e.ts follows them).
    const type = pageType(page.url, page.file);
    if (type !== 'redirect') byType[type] ??= page.url;
  }
  return byType;
}

describe('every page type', () => {
  it('is built', () => {
    expect(Object.keys(pageTypes())).toEqual(expect.arrayContaining(['home', 'story', 'reading']));
  });

  for (const [type, path] of Object.entries(pageTypes())) {
    it(`${type} (${path}) loads without errors and axe reports no violations`, async () => {
      const page = await site.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const response = await page.goto(site.origin + path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
      const violations = await axeViolations(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

// The same checks in the dark colour scheme and on a phone: contrast and reflow are where those differ.
const variants: Record<string, BrowserContextOptions> = {
  'dark colour scheme': { colorScheme: 'dark' },
  'phone viewport': { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

for (const [variant, options] of Object.entries(variants)) {
  describe(`every page type in the ${variant}`, () => {
    let variantContext: BrowserContext;
    beforeAll(async () => {
      variantContext = await site.browser.newContext(options);
    });
    afterAll(async () => {
      await variantContext?.close();
    });

    for (const [type, path] of Object.entries(pageTypes())) {
      it(`${type} (${path}): axe reports no violations`, async () => {
        const page = await variantContext.newPage();
        await page.goto(site.origin + path);
        const violations = await axeViolations(page);
        expect(violations, formatViolations(violations)).toEqual([]);
        if (options.isMobile) {
          // Nothing wider than the screen: the page reflows instead of scrolling sideways.
          await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
        }
        await page.close();
      });
    }
  });
}

describe('home', () => {
  it('lists the seed story with its five outlets', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + '/');
    const card = page.locator('.story-card', { hasText: 'Rwanda in talks with the US' });
    await expect(card.locator('.outlets li').count()).resolves.toBe(5);
    await card.locator('h2 a').click();
    await page.waitForURL(`**/stories/${seed}/`);
    await expect(page.locator('#versions + .table-wrap tbody tr').count()).resolves.toBe(5);
    await page.close();
  });
});

describe('reading view', () => {
  it('a sentence permalink lands on that sentence, highlighted', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/stories/${seed}/republisher/#s-4`);
    const target = page.locator('#s-4');
    await expect(target.textContent()).resolves.toContain('However, the UK abandoned the scheme');
    await expect(page.evaluate(() => document.querySelector(':target')?.id)).resolves.toBe('s-4');
    const background = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('every sentence anchor links to its own sentence', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/stories/${seed}/bbc/`);
    const pairs = await page.$$eval('.sentence-anchor', (links) =>
      links.map((link) => [link.getAttribute('href'), link.previousElementSibling?.id]),
    );
    expect(pairs.length).toBeGreaterThan(10);
    for (const [href, id] of pairs) expect(href).toBe(`#${id}`);
    await page.close();
  });

  it('removed fragments are shown in place, collapsed, with their reason', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/stories/${seed}/bbc/`);
    const first = page.locator('.article details').first();
    await expect(first.getAttribute('open')).resolves.toBeNull();
    await first.locator('summary').click();
    await expect(first.getAttribute('open')).resolves.toBe('');
    await expect(first.locator('.removed-text').first().isVisible()).resolves.toBe(true);
    await expect(first.locator('li').first().innerText()).resolves.toMatch(/^removed: headline/);
    await page.close();
  });
});
