import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, useBuiltSite } from './browser.ts';

const story = '/stories/rwanda-us-migrant-talks';
const site = useBuiltSite();

describe('fact index', () => {
  it('lists disagreements first, marked with a glyph and text', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const rows = await page.$$eval('table.facts tbody tr', (trs) => trs.map((tr) => tr.classList.contains('fact--disagree')));
    const firstAgreement = rows.indexOf(false);
    expect(firstAgreement).toBeGreaterThan(0);
    expect(rows.slice(firstAgreement)).not.toContain(true);
    await expect(page.locator('tr.fact--disagree .disagree').first().textContent()).resolves.toContain('disagree');
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.close();
  });

  it('follows a fact cell to the exact sentence in the reading view', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const row = page.locator('table.facts tbody tr.fact--disagree').first();
    const cell = row.locator('td a').first();
    const text = (await cell.textContent())!.trim();
    await cell.click();
    await page.waitForURL(/\/stories\/rwanda-us-migrant-talks\/[a-z-]+\/#s-\d+$/);
    const targetText = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(targetText.replace(/\s+/g, ' ')).toContain(
      text
        .replace(/\s+/g, ' ')
        .replace(/^[“"]|[”"]$/g, '')
        .slice(0, 20),
    );
    await page.close();
  });

  it('filters by kind without JavaScript', async () => {
    const page = await site.context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${site.origin}${story}/facts/`);
    await page.locator('.filters input[value="date"]').check();
    const visibleKinds = await page.$$eval('table.facts tbody tr', (trs) => [
      ...new Set(trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => tr.getAttribute('data-kind'))),
    ]);
    expect(visibleKinds).toEqual(['date']);
    await page.locator('.filters input[value="disagree"]').check();
    const allDisagree = await page.$$eval('table.facts tbody tr', (trs) =>
      trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).every((tr) => tr.classList.contains('fact--disagree')),
    );
    expect(allDisagree).toBe(true);
    await page.close();
  });

  it('marks facts inline in the reading view, linking back to the fact', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/other-report/`);
    // Marks are off until the reader turns them on.
    await page.getByLabel(/Show facts/).check();
    const mark = page.locator('.article .fact-mark--disagree').first();
    const href = await mark.getAttribute('href');
    expect(href).toMatch(/\/facts\/#[a-z0-9-]+$/);
    await mark.click();
    await page.waitForURL(`**${href}`);
    await expect(page.evaluate(() => document.querySelector(':target')?.tagName)).resolves.toBe('TR');
    await page.close();
  });

  it('flags sentences with disagreeing facts in the compare view, linking to the fact', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/compare/bbc/other-report/`);
    const flag = page.locator('.row .fact-flag').first();
    const href = await flag.getAttribute('href');
    expect(href).toMatch(/\/facts\/#[a-z0-9-]+$/);
    await expect(flag.textContent()).resolves.toContain('Outlets disagree');
    // Mentions are marked inside the compared text too, even inside a deletion (of a near-copy, compared word by word).
    await page.goto(`${site.origin}${story}/compare/bbc/republisher/`);
    const misspelt = page.locator('.cell--a del a.fact-mark--disagree', { hasText: 'Nduhungireh' }).first();
    await expect(misspelt.getAttribute('href')).resolves.toMatch(/\/facts\/#person-/);
    await expect(misspelt.evaluate((link) => link.closest('del')?.textContent)).resolves.toMatch(/^\[removed: Nduhungireh/);
    await page.close();
  });

  it('copies a citation of the targeted fact: outlets, words and permalink', async () => {
    const copying = await site.browser.newContext();
    await copying.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await copying.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const row = page.locator('table.facts tbody tr.fact--disagree').first();
    const id = await row.getAttribute('id');
    await row.locator('.fact-label').click();
    await page.waitForURL(`**#${id}`);
    const box = row.locator('.citation--fact');
    await expect(box.isVisible()).resolves.toBe(true);
    const citation = (await box.locator('[data-citation-text]').textContent())!.trim();
    expect(citation).toContain(`/stories/rwanda-us-migrant-talks/facts/#${id}`);
    expect(citation.split('\n').length).toBeGreaterThan(1);
    await box.locator('[data-copy-citation]').click();
    await box.locator('[data-citation-status]', { hasText: 'Citation copied.' }).waitFor({ timeout: 5000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citation);
    await copying.close();
  });

  it('downloads the fact table as CSV with one column per version', async () => {
    const response = await fetch(`${site.origin}/api/stories/rwanda-us-migrant-talks/facts.csv`);
    const header = (await response.text()).split('\r\n')[0];
    expect(header).toBe('id,kind,label,disagreement,bbc,republisher,afp-based,blog,other-report');
  });
});
