import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, distDir, formatViolations, useBuiltSite } from './browser.ts';

const seed = 'rwanda-us-migrant-talks';
const site = useBuiltSite();

async function open(url: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.origin + url);
  return page;
}

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return { id: active?.id ?? '', hit: active?.dataset['searchHit'] ?? null, href: active?.getAttribute('href') ?? null };
  });

describe('the header search box', () => {
  it('finds a misspelt name and lands on the sentence', async () => {
    const page = await open(`/stories/${seed}/`);
    await page.keyboard.press('/');
    expect((await activeElement(page)).id).toBe('site-search');
    await page.keyboard.type('Nduhungirhe');
    const firstOption = page.locator('#site-search-listbox [role="option"]').first();
    await firstOption.waitFor();
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('true');
    expect(await firstOption.locator('mark').first().textContent()).toMatch(/^Nduhungirehe?$/);
    // Facts about the minister may rank first: step down to the first sentence.
    let url: string | null = null;
    for (let step = 0; step < 8 && !url?.includes('#s-'); step++) {
      await page.keyboard.press('ArrowDown');
      const active = await page.getAttribute('#site-search', 'aria-activedescendant');
      expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
      url = await page.getAttribute(`#${active}`, 'data-url');
    }
    await Promise.all([page.waitForURL(`**${url}`), page.keyboard.press('Enter')]);
    expect(page.url()).toMatch(new RegExp(`/stories/${seed}/[a-z-]+/#s-\\d+$`));
    expect(await page.locator(':target').textContent()).toMatch(/Nduhungirehe?\b/);
    await page.context().close();
  });

  it('moves through options with the arrows, closes on Escape, and submits to /search/ on Enter', async () => {
    const page = await open('/');
    await page.click('#site-search');
    await page.keyboard.type('Rwnada');
    await page.locator('#site-search-listbox [role="option"]').first().waitFor();
    const options = await page.locator('#site-search-listbox [role="option"]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(options.length).toBeGreaterThan(2);
    expect(options.at(-1)).toBe('site-search-listbox-all');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe(options[1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe(options[0]);
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('false');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBeNull();
    await Promise.all([page.waitForURL('**/search/?q=Rwnada'), page.keyboard.press('Enter')]);
    await page.waitForSelector('[data-search-page][data-search-state="ready"]');
    expect(await page.inputValue('#search-query')).toBe('Rwnada');
    await page.context().close();
  });

  it('ships only a small loader until the reader focuses the box', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/stories/${seed}/bbc/`);
    await page.waitForLoadState('networkidle');
    const scripts = requested.filter((url) => url.endsWith('.js'));
    expect(requested.filter((url) => url.startsWith('/api/search/'))).toEqual([]);
    const loaderBytes = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(path.join(distDir, url))).length, 0);
    expect(loaderBytes).toBeLessThan(2_000);
    await page.focus('#site-search');
    await page.waitForSelector('form[data-search-box][data-search-state="ready"]');
    expect(requested).toContain('/api/search/index.json');
    expect(requested.some((url) => /^\/api\/search\/shard-\d+\.json$/.test(url))).toBe(true);
    await context.close();
  });
});

describe('the search page', () => {
  it('groups results by story with matched words marked, and walks them with the keyboard', async () => {
    const page = await open('/search/?q=Nduhungirhe%20chance');
    await page.waitForSelector('[data-search-page][data-search-state="ready"]');
    const groups = page.locator('[data-search-results] section');
    expect(await groups.count()).toBe(1);
    expect(await groups.first().locator('h2 a').getAttribute('href')).toBe(`/stories/${seed}/`);
    const links = await page.locator('a[data-search-hit]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(links.filter((href) => href?.includes('#s-')).sort()).toEqual([
      `/stories/${seed}/bbc/#s-5`,
      `/stories/${seed}/blog/#s-4`,
      `/stories/${seed}/republisher/#s-5`,
    ]);
    const marks = await page.locator(`a[href="/stories/${seed}/blog/#s-4"] mark`).allTextContents();
    expect(marks).toEqual(['chance', 'Nduhungirehe']);
    await expect.poll(() => page.textContent('[data-search-status]')).toMatch(/^\d+ results? in 1 story for “Nduhungirhe chance”\.$/);

    await page.keyboard.press('/');
    expect((await activeElement(page)).id).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    expect(await activeElement(page)).toMatchObject({ href: links[0] });
    await page.keyboard.press('ArrowDown');
    expect(await activeElement(page)).toMatchObject({ href: links[1] });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await activeElement(page)).id).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`**${links[0]}`), page.keyboard.press('Enter')]);
    expect(await page.locator(':target').count()).toBe(1);
    await page.context().close();
  });

  it('searches as the reader types and keeps the query in the URL', async () => {
    const page = await open('/search/');
    await page.waitForSelector('[data-search-page][data-search-state="ready"]');
    await page.click('#search-query');
    await page.keyboard.type('Nduhungirhe said');
    await page.waitForSelector('a[data-search-hit]');
    await page.waitForURL('**/search/?q=Nduhungirhe%20said');
    await page.fill('#search-query', 'BBC');
    await page.locator('a[data-search-hit="outlet"]').first().waitFor();
    expect(await page.locator('a[data-search-hit]').first().getAttribute('href')).toBe(`/stories/${seed}/bbc/`);
    await page.context().close();
  });

  it('says so without JavaScript and links every story and its fact index', async () => {
    const page = await open('/search/?q=Nduhungirhe', false);
    expect(await page.locator('.search-page__noscript').textContent()).toMatch(/Search needs JavaScript/);
    expect(await page.locator('.search-page__noscript').isVisible()).toBe(true);
    const hrefs = await page.locator('.search-page__browse a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([`/stories/${seed}/`, `/stories/${seed}/facts/`]));
    expect(await page.getAttribute('form[data-search-box]', 'action')).toBe('/search/');
    await page.context().close();
  });

  it('has no axe violations, with results and with the header list open (on a story: the search page has one box)', async () => {
    const page = await open('/search/?q=Nduhungirhe');
    await page.waitForSelector('a[data-search-hit]');
    let violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.goto(`${site.origin}/stories/${seed}/`);
    await page.click('#site-search');
    await page.keyboard.type('Rwanda');
    await page.locator('#site-search-listbox [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
