import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';

const story = '/stories/rwanda-us-migrant-talks';
const site = useBuiltSite();

describe('wording (issue 16, point 10)', () => {
  it('spaces the home page figures: "5 versions · 7 disagreements"', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/`);
    const figures = await page.locator('.story-card .meta').last().innerText();
    expect(figures).toMatch(/^\d+ versions · \d+ disagreements · /);
    expect(figures).not.toMatch(/\S·|·\S/);
    await page.close();
  });

  it('prints every page with its title and address, and shows that line only in print', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const source = page.locator('.print-source');
    await expect(source.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(source.isVisible()).resolves.toBe(true);
    const text = await source.innerText();
    expect(text).toContain('Rwanda in talks with the US over taking in deported migrants');
    expect(text).toContain(`${story}/facts/`);
    await page.close();
  });

  it('shows one search box on the search page, and `/` still finds it', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/`);
    const visible = await page.$$eval('input[type="search"]', (inputs) =>
      inputs.filter((input) => (input as HTMLElement).offsetParent !== null).map((input) => input.id),
    );
    expect(visible).toEqual(['search-query']);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-query');
    await page.close();
  });

  it('lists a sentence two outlets carry word for word once, naming both', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('actively searching despicable')}`);
    await page.waitForSelector('[data-search-page][data-search-state="ready"]');
    await page.waitForSelector('a[data-search-hit]');
    const texts = await page.locator('a[data-search-hit="sentence"] .search-hit__text').allInnerTexts();
    const copies = texts.filter((text) => text.startsWith('His comments come after US Secretary of State Marco Rubio'));
    expect(copies).toHaveLength(1);
    const item = page.locator('.search-hits li', { hasText: 'His comments come after US Secretary of State Marco Rubio' });
    await expect(item.locator('.search-hit__detail').innerText()).resolves.toMatch(/^BBC News · sentence \d+$/);
    await expect(item.locator('.search-hit__also').innerText()).resolves.toMatch(
      /^Word for word also in Republisher \(Ghanaian news site\) · sentence \d+$/,
    );
    await expect(item.locator('.search-hit__also a').getAttribute('href')).resolves.toMatch(/\/republisher\/#s-\d+$/);
    await page.close();
  });
});
