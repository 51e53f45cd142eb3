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

  it('names outlets short, with how each was identified as a footnote (overview, facts, reading view)', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/`);
    const short = ['BBC News', 'Republisher', 'AFP-based report', 'Blog rewrite', 'Other report'];
    await expect(page.locator('table.versions tbody th > a:first-child').allInnerTexts()).resolves.toEqual(short);
    await expect(page.locator('table.versions tbody th .fn-ref a').allTextContents()).resolves.toEqual(
      short.map((name, index) => `note ${index + 1}: how ${name} was identified`),
    );
    await page.locator('table.versions tbody th', { hasText: 'Blog rewrite' }).locator('.fn-ref a').click();
    await page.waitForURL(`**${story}/#outlet-note-blog`);
    const note = page.locator('.outlet-notes li:target');
    await expect(note.innerText()).resolves.toMatch(/^Blog rewrite \(site not named\): A rewrite in blog style/);
    await expect(note.getAttribute('value')).resolves.toBe('4');
    // The matrix and the provenance name them short too.
    await expect(page.locator('table.matrix').first().locator('thead th').allInnerTexts()).resolves.toEqual(short);
    await page.goto(`${site.origin}${story}/facts/`);
    const heads = page.locator('table.facts').first().locator('thead th');
    await expect(heads.evaluateAll((cells) => cells.map((cell) => cell.firstChild!.textContent))).resolves.toEqual(['Fact', ...short]);
    await expect(heads.locator('.fn-ref a').allTextContents()).resolves.toHaveLength(5);
    await expect(page.locator('#outlet-note-other-report').innerText()).resolves.toMatch(/^Other report \(cites Reuters and CNN\): /);
    await page.goto(`${site.origin}${story}/other-report/`);
    await expect(page.locator('main .meta').first().innerText()).resolves.toBe('Other report · how it was identified');
    await page.locator('main .fn-link').click();
    await expect(page.locator('.sidebar .outlet-notes li:target').innerText()).resolves.toMatch(
      /^Other report \(cites Reuters and CNN\): /,
    );
    await page.close();
  });

  it('names outlets short on a compare page: a footnote number after each name in the heading, the two notes below', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/compare/bbc/other-report/`);
    await expect(page.title()).resolves.toBe('BBC News vs Other report · Same Story');
    await expect(page.locator('h1 [data-name]').allTextContents()).resolves.toEqual(['BBC News', 'Other report']);
    await expect(page.locator('h1 .fn-ref a').allTextContents()).resolves.toEqual([
      'note 1: how BBC News was identified',
      'note 5: how Other report was identified',
    ]);
    await expect(page.locator('.picker a[aria-current="page"]').allTextContents()).resolves.toEqual(['BBC News', 'Other report']);
    await expect(page.locator('.outlet-notes li').evaluateAll((items) => items.map((item) => item.getAttribute('value')))).resolves.toEqual(
      ['1', '5'],
    );
    // How the outlet was identified is said once, in its footnote.
    expect((await page.locator('main').innerText()).split('cites Reuters and CNN')).toHaveLength(2);
    await page.locator('h1 .fn-ref a').last().click();
    await page.waitForURL(`**${story}/compare/bbc/other-report/#outlet-note-other-report`);
    await expect(page.locator('.outlet-notes li:target').innerText()).resolves.toMatch(/^Other report \(cites Reuters and CNN\): /);
    await page.close();
  });

  it('names outlets short on the alignment page: column heads carry the footnote numbers, against any base', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/alignment/`);
    const short = ['BBC News', 'Republisher', 'AFP-based report', 'Blog rewrite', 'Other report'];
    const heads = page.locator('table.alignment thead th');
    const names = () => heads.evaluateAll((cells) => cells.map((cell) => cell.firstChild!.textContent));
    await expect(names()).resolves.toEqual(['Row', ...short]);
    await expect(heads.locator('.fn-ref a').allTextContents()).resolves.toEqual(
      short.map((name, index) => `note ${index + 1}: how ${name} was identified`),
    );
    await expect(page.locator('[data-base-picker] a').allTextContents()).resolves.toEqual(short);
    await expect(page.locator('[data-base-name]').textContent()).resolves.toBe('BBC News');
    await expect(page.locator('.outlet-notes li').count()).resolves.toBe(5);
    await expect(page.locator('#outlet-note-afp-based').innerText()).resolves.toMatch(
      /^AFP-based report \(outlet not named\): The text cites/,
    );
    // The browser's table against another base names them the same way.
    await page.locator('[data-base-picker] a', { hasText: 'Other report' }).click();
    await page.locator('th.is-base', { hasText: 'Other report' }).waitFor();
    await expect(names()).resolves.toEqual(['Row', ...short]);
    await expect(heads.locator('.fn-ref').count()).resolves.toBe(5);
    await expect(page.locator('[data-base-name]').textContent()).resolves.toBe('Other report');
    await expect(page.locator('table.alignment').innerText()).resolves.not.toMatch(
      /\((Ghanaian news site|outlet not named|site not named|cites)/,
    );
    await page.locator('th.is-base .fn-ref a').click();
    await expect(page.locator('.outlet-notes li:target').innerText()).resolves.toMatch(/^Other report \(cites Reuters and CNN\): /);
    await page.close();
  });

  it('finds every spelling of a misspelt name on the search page', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/?q=Nduhungirhe`);
    await page.waitForSelector('[data-search-page][data-search-state="ready"]');
    await page.waitForSelector('a[data-search-hit]');
    const spellings = new Set(await page.locator('a[data-search-hit] mark').allTextContents());
    expect([...spellings].sort()).toEqual(['Nduhungireh', 'Nduhungirehe']);
    await page.close();
  });
});
