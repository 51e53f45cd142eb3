import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, useBuiltSite } from './browser.ts';

// One compare page per unordered pair (a before b in story.yaml): the other version leads in the
// browser (?lead= or the swap link), the reverse order's old URL redirects, and without JavaScript
// the page reads in a's order and says so.

const slug = 'rwanda-us-migrant-talks';
const story = `/stories/${slug}`;
const site = useBuiltSite();
/** The seed story's outlets as pages name them, short (how each was identified is a footnote). */
const short: Readonly<Record<string, string>> = {
  bbc: 'BBC News',
  republisher: 'Republisher',
  'afp-based': 'AFP-based report',
  blog: 'Blog rewrite',
  'other-report': 'Other report',
};

/** The two names in a compare page's heading, left first. */
const headNames = (page: Page) => page.locator('h1 [data-name]').allTextContents();

async function open(path: string, javascript = true): Promise<Page> {
  const context = javascript ? site.context : await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return page;
}

/** Sentence numbers of each row's left and right cells, in the order shown (folded rows included). */
function rowsShown(page: Page): Promise<{ left: string[]; right: string[]; id: string }[]> {
  return page.$$eval('li.row', (rows) =>
    rows.map((row) => {
      const [left, right] = Array.from(row.querySelectorAll(':scope > .cell'));
      const numbers = (cell: Element | undefined) =>
        Array.from(cell?.querySelectorAll('.sentence-anchor') ?? [], (a) => a.textContent ?? '');
      return { left: numbers(left), right: numbers(right), id: row.id };
    }),
  );
}

describe('one page per pair', () => {
  it('swaps in place: rows in the other reading order, columns, marks and names from its side, and back', async () => {
    const page = await open(`${story}/compare/bbc/republisher/`);
    const before = await rowsShown(page);
    const removed = await page.locator('.cell--a del.chg').count();
    const added = await page.locator('.cell--b ins.chg').count();
    await page.locator('.picker__swap').click();
    await page.waitForURL(`**${story}/compare/bbc/republisher/?lead=republisher`);
    const after = await rowsShown(page);
    // The republisher's sentences now lead, in its own reading order.
    const leftNumbers = after.flatMap((row) => row.left.map(Number));
    expect(leftNumbers).toEqual([...leftNumbers].sort((x, y) => x - y));
    expect(leftNumbers.length).toBe(before.flatMap((row) => row.right).length);
    expect(new Set(after.map((row) => row.id))).toEqual(new Set(before.map((row) => row.id)));
    // What the republisher added is what BBC News lacks, read from its side: struck on the left now.
    await expect(page.locator('.cell--b del.chg').count()).resolves.toBe(added);
    await expect(page.locator('.cell--a ins.chg').count()).resolves.toBe(removed);
    await expect(headNames(page)).resolves.toEqual(['Republisher', 'BBC News']);
    // Each footnote number follows its outlet's name to the other side.
    await expect(page.locator('h1 .fn-ref a').allTextContents()).resolves.toEqual([
      'note 2: how Republisher was identified',
      'note 1: how BBC News was identified',
    ]);
    await expect(page.locator('.rows-head div').first().textContent()).resolves.toContain('Republisher');
    const said = await page
      .locator('.cell--b del.chg')
      .first()
      .evaluate((mark) => getComputedStyle(mark, '::before').content);
    expect(['"[removed: "', '"[moved away: "', 'none']).toContain(said);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.locator('.picker__swap').click();
    await page.waitForURL(`**${story}/compare/bbc/republisher/`);
    await expect(rowsShown(page)).resolves.toEqual(before);
    await page.close();
  });

  it('opens with the later version leading from ?lead=, and the picker keeps each link on its own lead', async () => {
    const page = await open(`${story}/compare/bbc/blog/?lead=blog`);
    await expect(page.locator('.order-note').innerText()).resolves.toContain('Blog rewrite');
    const leftNumbers = (await rowsShown(page)).flatMap((row) => row.left.map(Number));
    expect(leftNumbers).toEqual([...leftNumbers].sort((x, y) => x - y));
    await expect(page.locator('.picker__side').first().locator('a[aria-current="page"]').textContent()).resolves.toBe('Blog rewrite');
    // Right-hand list: BBC News replaced, the blog still leading.
    await page.keyboard.press(']');
    await page.waitForURL(`**${story}/compare/republisher/blog/?lead=blog`);
    await expect(headNames(page)).resolves.toEqual(['Blog rewrite', 'Republisher']);
    await page.close();
  });

  it("without JavaScript reads in the first version's order, says so, and shows no swap", async () => {
    const page = await open(`${story}/compare/bbc/republisher/?lead=republisher`, false);
    await expect(headNames(page)).resolves.toEqual(['BBC News', 'Republisher']);
    await expect(page.locator('.order-note').innerText()).resolves.toMatch(
      /reading order of BBC News\. With JavaScript on, “swap” lets Republisher/,
    );
    await expect(page.locator('.picker__swap').isVisible()).resolves.toBe(false);
    const leftNumbers = (await rowsShown(page)).flatMap((row) => row.left.map(Number));
    expect(leftNumbers).toEqual([...leftNumbers].sort((x, y) => x - y));
    await page.close();
  });

  it("sends every ordered pair's old URL to the pair's page, the first of the URL leading", async () => {
    const json = (await (await fetch(`${site.origin}/api/stories/${slug}.json`)).json()) as { versions: { id: string; outlet: string }[] };
    const ids = json.versions.map((version) => version.id);
    expect(ids.length).toBe(5);
    const page = await site.context.newPage();
    for (const [i, first] of ids.entries()) {
      for (const [j, second] of ids.entries()) {
        if (i === j) continue;
        await page.goto(`${site.origin}${story}/compare/${first}/${second}/`);
        const [a, b] = i < j ? [first, second] : [second, first];
        await page.waitForURL(`**${story}/compare/${a}/${b}/${i < j ? '' : `?lead=${first}`}`);
        await expect(headNames(page)).resolves.toEqual([short[first], short[second]]);
        await expect(page.locator('.picker__side').first().locator('a[aria-current="page"]').count()).resolves.toBe(1);
      }
    }
    await page.close();
  });
});

describe('one alignment page per story', () => {
  const table = (page: Page) => page.locator('.alignment-wrap').evaluate((element) => element.outerHTML);

  it('changes the base in the browser: columns marked against it, rows in its order, and back to the page as built', async () => {
    const page = await open(`${story}/alignment/`);
    const built = await table(page);
    await expect(page.locator('th.is-base').textContent()).resolves.toContain('BBC News');
    await page.locator('[data-base-picker] a', { hasText: 'Blog rewrite' }).click();
    await page.waitForURL(`**${story}/alignment/?base=blog`);
    await page.locator('th.is-base', { hasText: 'Blog rewrite' }).waitFor();
    await expect(page.locator('[data-base-name]').textContent()).resolves.toBe('Blog rewrite');
    // The blog's column holds its sentences in reading order, and other columns are marked against it.
    const blogColumn = await page.$$eval('table.alignment tbody td.is-base .sentence-anchor', (anchors) =>
      anchors.map((anchor) => Number(anchor.textContent)),
    );
    expect(blogColumn.length).toBeGreaterThan(5);
    expect(blogColumn).toEqual([...blogColumn].sort((x, y) => x - y));
    await expect(page.locator('table.alignment td:not(.is-base) :is(ins, del).chg').count()).resolves.toBeGreaterThan(0);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.locator('[data-base-picker] a', { hasText: 'BBC News' }).click();
    await page.waitForURL(`**${story}/alignment/`);
    await page.locator('th.is-base', { hasText: 'BBC News' }).waitFor();
    await expect(table(page)).resolves.toBe(built);
    await page.close();
  });

  it('sends every old per-base URL to the one page with that base chosen', async () => {
    const json = (await (await fetch(`${site.origin}/api/stories/${slug}.json`)).json()) as { versions: { id: string; outlet: string }[] };
    const page = await site.context.newPage();
    for (const version of json.versions.slice(1)) {
      await page.goto(`${site.origin}${story}/alignment/${version.id}/`);
      await page.waitForURL(`**${story}/alignment/?base=${version.id}`);
      await page.locator('th.is-base', { hasText: short[version.id]! }).waitFor();
    }
    await page.close();
  });

  it('without JavaScript marks changes against the first version and says so', async () => {
    const page = await open(`${story}/alignment/?base=blog`, false);
    await expect(page.locator('th.is-base').textContent()).resolves.toContain('BBC News');
    await expect(page.locator('.lede').innerText()).resolves.toMatch(
      /against the base version, BBC News\. With JavaScript on, any version/,
    );
    await expect(page.locator('[data-base-picker]').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
