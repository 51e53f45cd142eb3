import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, useBuiltSite } from './browser.ts';

// Issue 16: what a new reader meets first, and whether every page leads on.

const story = '/stories/rwanda-us-migrant-talks';
const site = useBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await site.context.newPage();
  await page.goto(site.origin + path);
  return page;
}

/** Document order of two elements: negative when `a` comes first. */
async function order(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([x, y]) => {
      const first = document.querySelector(x!);
      const second = document.querySelector(y!);
      if (!first || !second) throw new Error(`missing ${first ? y : x}`);
      return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    },
    [a, b],
  );
}

describe('the overview leads with the finding', () => {
  it('puts summary, who copied whom and the disagreements before the versions table', async () => {
    const page = await open(`${story}/`);
    await expect(order(page, '.glance .lede', 'table.versions')).resolves.toBe(-1);
    await expect(order(page, '.glance__derivation', 'table.versions')).resolves.toBe(-1);
    await expect(order(page, '.top-disagreements', 'table.versions')).resolves.toBe(-1);
    await expect(page.locator('.glance__derivation').innerText()).resolves.toMatch(/Republisher is a near-copy of BBC News/);
    // No file names on the first screen: they are folded away below the table.
    await expect(page.locator('table.versions').innerText()).resolves.not.toMatch(/\.txt/);
    await expect(page.locator('.versions__files code').first().isVisible()).resolves.toBe(false);
    // The disagreements block starts on the first screen of a desktop.
    const top = await page.locator('#disagreements').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(700);
    await page.close();
  });

  it('orders disagreements by substance, says how many it shows, and links each variant to its sentence', async () => {
    const page = await open(`${story}/`);
    const kinds = await page.locator('.top-disagreements > li > .meta').allInnerTexts();
    const rank = (kind: string): number => (['(number)', '(date)'].includes(kind) ? 0 : kind === '(quote)' ? 2 : 1);
    expect(kinds.map(rank)).toEqual([...kinds.map(rank)].sort());
    await expect(page.locator('.top-disagreements__more').innerText()).resolves.toMatch(
      /of \d+ disagreements|All \d+ disagreements|one disagreement/,
    );
    const links = page.locator('.top-disagreements .variants a');
    expect(await links.count()).toBeGreaterThan(2);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
      expect(href).toMatch(/^\/stories\/rwanda-us-migrant-talks\/[a-z-]+\/#s-\d+$/);
    }
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.close();
  });
});
