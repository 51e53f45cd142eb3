import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './browser.ts';
import { useFixtureSite } from './fixture-site.ts';

// A story of 30 versions (tests/fixtures/wide-site, written by tests/fixtures/generate-wide-site.ts):
// beyond ten versions only each version's pairs with its three nearest and with the central version
// are built in full; every other pair's page is filled in the browser from the story's export and the
// pair's stored diff, and links to the nearest built pair when JavaScript is off.

const slug = 'kelmouth-lighthouse-relit';
const story = `/stories/${slug}`;
const site = useFixtureSite('tests/fixtures/wide-site', 'wide-e2e-', { SAME_STORY_INCREMENTAL: '0' });

const ids = Array.from({ length: 30 }, (_, index) => `outlet-${String(index + 1).padStart(2, '0')}`);

function pageFile(a: string, b: string): string {
  return readFileSync(path.join(site.build.outDir, `${story}/compare/${a}/${b}/index.html`), 'utf8');
}

/** The pairs the build rendered in full (or, `shells`, left to the browser), a before b. */
function builtPairs(shells = false): [string, string][] {
  return ids.flatMap((a, i) =>
    ids.slice(i + 1).flatMap((b): [string, string][] => (pageFile(a, b).includes('id="pair-data"') === shells ? [[a, b]] : [])),
  );
}

async function open(url: string, javascript = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: javascript });
  const page = await context.newPage();
  await page.goto(site.origin + url);
  return page;
}

describe('a story of 30 versions', () => {
  it('builds in full at most four pairs per version, has a page for every pair and a redirect for every reverse order', () => {
    const built = builtPairs();
    expect(built.length).toBeGreaterThanOrEqual(30 * 3 - 30);
    expect(built.length).toBeLessThanOrEqual(30 * 4);
    for (const [i, a] of ids.entries()) {
      const partners = built.filter((pair) => pair.includes(a)).length;
      expect(partners, a).toBeGreaterThanOrEqual(3);
      for (const b of ids.slice(i + 1))
        expect(existsSync(path.join(site.build.outDir, `${story}/compare/${b}/${a}/index.html`))).toBe(true);
    }
  });

  it('renders a pair left to the browser with the stored diff: rows, strips, swap, and no axe violations', async () => {
    const pair = builtPairs(true).at(-1)!;
    const [, second] = pair.map((id) => Number(id.slice(-2)));
    const page = await open(`${story}/compare/${pair.join('/')}/`);
    await page.locator('li.row').first().waitFor();
    const rows = await page.locator('li.row').count();
    const stored = JSON.parse((await page.locator('#pair-data').textContent()) ?? '{}') as { comparison: { rows: unknown[] } };
    expect(rows).toBe(stored.comparison.rows.length);
    await expect(page.locator('.strip').count()).resolves.toBe(2);
    await expect(page.locator('[data-shell-note]').count()).resolves.toBe(0);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.locator('.picker__swap').click();
    await page.waitForURL(`**${story}/compare/${pair.join('/')}/?lead=${pair[1]}`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(new RegExp(`^Coastal Paper ${second} compared with`));
    await page.context().close();
  });

  it('opens a browser-rendered pair from its old reverse URL with the later version leading', async () => {
    const [a, b] = builtPairs(true)[0]!;
    const page = await open(`${story}/compare/${b}/${a}/`);
    await page.waitForURL(`**${story}/compare/${a}/${b}/?lead=${b}`);
    await page.locator('li.row').first().waitFor();
    await expect(page.locator('h1').innerText()).resolves.toMatch(new RegExp(`^Coastal Paper ${Number(b.slice(-2))} compared with`));
    await page.context().close();
  });

  it('without JavaScript, links a browser-rendered pair to the nearest pair built in full, which reads without it', async () => {
    const [a, b] = builtPairs(true).at(-1)!;
    const page = await open(`${story}/compare/${a}/${b}/`, false);
    await expect(page.locator('li.row').count()).resolves.toBe(0);
    const link = page.locator('[data-shell-note] a');
    await expect(link.textContent()).resolves.toMatch(/^Coastal Paper \d+ compared with Coastal Paper \d+$/);
    await link.click();
    await page.waitForURL(/\/compare\/outlet-\d+\/outlet-\d+\/$/);
    expect(page.url()).toMatch(new RegExp(`${a}/|${b}/`));
    await expect(page.locator('li.row').count()).resolves.toBeGreaterThan(5);
    await page.context().close();
  });

  it('a built pair reads without JavaScript, and the alignment table takes any of the 30 as its base', async () => {
    const [a, b] = builtPairs()[0]!;
    const plain = await open(`${story}/compare/${a}/${b}/`, false);
    await expect(plain.locator('li.row').count()).resolves.toBeGreaterThan(5);
    await plain.context().close();
    const page = await open(`${story}/alignment/?base=outlet-17`);
    await page.locator('th.is-base', { hasText: 'Coastal Paper 17' }).waitFor();
    await expect(page.locator('table.alignment thead th').count()).resolves.toBe(31);
    await page.context().close();
  });
});
