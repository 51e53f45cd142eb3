import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, openPage, useBuiltSite } from './browser.ts';

const story = '/stories/rwanda-us-migrant-talks';
// BBC News shows no date; built without SITE_URL, the permalink is absolute on the address the page was opened at.
const citationOn = (origin: string): string =>
  'BBC News (no date shown): “Nduhungireh said the talks were ‘not new to us’ as Rwanda had previously agreed to accept ' +
  `migrants deported by the UK.” — ${origin}/stories/rwanda-us-migrant-talks/bbc/#s-3`;
const site = useBuiltSite({}, (built) => built.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: built.origin }));

const open = (path: string, on?: BrowserContext): Promise<Page> => openPage(site, path, on);

async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('provenance on the story overview', () => {
  it('shows the likely derivation with its evidence, never as certain', async () => {
    const page = await open(`${story}/`);
    const steps = page.locator('#provenance-view .derivation__step');
    await expect(steps.count()).resolves.toBe(2);
    const first = steps.first();
    await expect(first.locator('.derivation__claim').innerText()).resolves.toMatch(
      new RegExp(String.raw`^Is it a copy\? Republisher \(no date shown\) is a near-copy of ` + String.raw`BBC News \(no date shown\)\.`),
    );
    await expect(first.locator('.derivation__order').innerText()).resolves.toBe('Which came first? Probably BBC News, on weak clues.');
    // Words, not glyphs: no "↳?" in the tree.
    await expect(page.locator('#provenance-view .provenance__tree').innerText()).resolves.not.toContain('?');
    await expect(first.locator('.evidence li').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([
        'same order: 14 of 14 passages they share are told in the same order',
        'only BBC News has the doubled word “predict their their”',
      ]),
    );
    await expect(page.locator('#provenance-view').innerText()).resolves.toContain('Independent: AFP-based report, Other report');
    await expectNoViolations(page);
    await page.close();
  });

  it('prints the shared-text share in every cell of its matrix', async () => {
    const page = await open(`${story}/`);
    const matrix = page.locator('table.matrix').nth(1);
    const republisherRow = matrix.locator('tbody tr', { has: page.locator('th', { hasText: 'Republisher' }) });
    await expect(republisherRow.locator('td').allInnerTexts()).resolves.toEqual(['95%', '—', '0%', '8%', '2%']);
    await page.close();
  });

  it('lists what only one outlet carries, linked to the sentence', async () => {
    const page = await open(`${story}/`);
    const afp = page.locator('#only-here ~ .only-here section', { hasText: 'AFP-based report' });
    await afp.locator('a[aria-label="Sentence 10 of AFP-based report"]').click();
    await page.waitForURL(`${site.origin}${story}/afp-based/#s-10`);
    await expect(page.locator('#s-10').innerText()).resolves.toContain('When contacted by AFP');
    await page.close();
  });
});

describe('copy citation', () => {
  it('copies outlet, date, quote and permalink of the targeted sentence and says so', async () => {
    const page = await open(`${story}/bbc/#s-3`);
    const box = page.locator('#s-3 ~ .citation').first();
    await expect(box.isVisible()).resolves.toBe(true);
    await expect(box.locator('[data-citation-text]').innerText()).resolves.toBe(citationOn(site.origin));
    await box.getByRole('button', { name: 'Copy citation' }).click();
    // The status is written once the clipboard promise settles: wait for it rather than read it at once.
    await expect.poll(() => box.getByRole('status').innerText()).toBe('Citation copied.');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citationOn(site.origin));
    await expect(page.locator('.citation:visible').count()).resolves.toBe(1);
    await expectNoViolations(page);
    await page.close();
  });

  it('selects the citation for copying by hand when the clipboard refuses', async () => {
    const refusing = await site.browser.newContext();
    await refusing.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    const page = await open(`${story}/bbc/#s-3`, refusing);
    const box = page.locator('#s-3 ~ .citation').first();
    await box.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => box.getByRole('status').innerText()).toMatch(/^Copying was blocked: the citation is selected/);
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe(citationOn(site.origin));
    await refusing.close();
  });

  it('shows the citation as plain text without JavaScript, with no dead button', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await open(`${story}/bbc/#s-3`, noScript);
    const box = page.locator('#s-3 ~ .citation').first();
    // Built without SITE_URL and without a script to read the page's address: the permalink's path.
    await expect(box.locator('[data-citation-text]').innerText()).resolves.toBe(citationOn(''));
    // The script adds the button and its status; without it neither is in the page.
    await expect(box.locator('button, [role="status"]').count()).resolves.toBe(0);
    await noScript.close();
  });
});
