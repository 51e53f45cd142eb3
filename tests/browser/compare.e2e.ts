import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, openPage, useBuiltSite } from './browser.ts';

const story = '/stories/rwanda-us-migrant-talks';
const site = useBuiltSite();

const open = (path: string): Promise<Page> => openPage(site, path);

describe('compare page', () => {
  it('shows the pair side by side with marked insertions and deletions', async () => {
    const page = await open(`${story}/compare/bbc/republisher/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('BBC News');
    // The republisher fixed BBC's "legal changes" to "legal challenges": a marked replacement.
    const row = page.locator('.row', { hasText: 'abandoned the scheme' });
    await expect(row.locator('.cell--a del').allTextContents()).resolves.toContain('changes');
    await expect(row.locator('.cell--b ins').allTextContents()).resolves.toEqual(expect.arrayContaining(['Sir', 'challenges']));
    // Screen readers hear what each mark is: words the style sheet gives every change.
    const said = (selector: string) =>
      row
        .locator(selector)
        .first()
        .evaluate((mark) => [getComputedStyle(mark, '::before').content, getComputedStyle(mark, '::after').content]);
    await expect(said('.cell--a del')).resolves.toEqual(['"[removed: "', '"]"']);
    await expect(said('.cell--b ins')).resolves.toEqual(['"[added: "', '"]"']);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.close();
  });

  it('switches pair with the picker (plain links) and swaps sides', async () => {
    const page = await open(`${story}/compare/bbc/republisher/`);
    await page.locator('.picker a[data-side="b"]', { hasText: 'Blog rewrite' }).click();
    await page.waitForURL(`**${story}/compare/bbc/blog/`);
    await page.locator('.picker__swap').click();
    await page.waitForURL(`**${story}/compare/bbc/blog/?lead=blog`);
    await expect(page.locator('.picker a[aria-current="page"]').allTextContents()).resolves.toEqual(['Blog rewrite', 'BBC News']);
    await page.close();
  });

  it('steps through changes with j and k, and switches version with ]', async () => {
    const page = await open(`${story}/compare/bbc/republisher/`);
    const changed = await page.$$eval('[data-change]', (rows) => rows.map((row) => row.id));
    expect(changed.length).toBeGreaterThan(2);
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(changed[0]);
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(changed[1]);
    await page.keyboard.press('k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(changed[0]);
    expect(new URL(page.url()).hash).toBe(`#${changed[0]}`);
    await page.keyboard.press(']');
    await page.waitForURL(`**${story}/compare/bbc/afp-based/`);
    await page.close();
  });

  it('hides style-only differences with one switch, without JavaScript, where changes are marked word by word', async () => {
    const page = await site.context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    // A far pair is shown as plain sentences: nothing is marked word by word, so there is nothing to hide.
    await page.goto(`${site.origin}${story}/compare/bbc/blog/`);
    await expect(page.locator('#hide-trivial').count()).resolves.toBe(0);
    await page.goto(`${site.origin}${story}/compare/bbc/republisher/`);
    await page.locator('#hide-trivial').check();
    const styles = await page
      .locator('.row .style-change')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).outlineStyle));
    expect(styles.every((style) => style === 'none')).toBe(true);
    await page.close();
  });

  it("shows a flag's label, kept once in the text, as a tooltip on hover and on keyboard focus", async () => {
    const page = await open(`${story}/compare/bbc/other-report/`);
    const flag = page.locator('.row .fact-flag').first();
    const label = flag.locator('.visually-hidden');
    const width = () => label.evaluate((element) => element.getBoundingClientRect().width);
    await expect(width()).resolves.toBeLessThanOrEqual(1);
    await flag.hover();
    await expect(width()).resolves.toBeGreaterThan(100);
    await page.mouse.move(0, 0);
    await expect(width()).resolves.toBeLessThanOrEqual(1);
    await flag.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(width()).resolves.toBeGreaterThan(100);
    await expect(label.textContent()).resolves.toMatch(/^Outlets disagree on this /);
    await page.close();
  });

  it('the change strip links to changed rows', async () => {
    const page = await open(`${story}/compare/bbc/blog/`);
    const hrefs = await page.$$eval('.strip a', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs.slice(0, 5)) await expect(page.locator(`${href}[data-change]`).count()).resolves.toBe(1);
    await page.close();
  });

  it('stacks the columns on a phone', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${site.origin}${story}/compare/bbc/blog/`);
    const [a, b] = await page
      .locator('.row')
      .first()
      .locator('.cell')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().top));
    expect(b!).toBeGreaterThan(a!);
    await phone.close();
  });
});

describe('alignment table', () => {
  it('has one row per group, one column per version, and marks single-outlet rows', async () => {
    const page = await open(`${story}/alignment/`);
    await expect(page.locator('table.alignment thead th').count()).resolves.toBe(6);
    const json = (await (await fetch(`${site.origin}/api/stories/rwanda-us-migrant-talks.json`)).json()) as { alignment: unknown[] };
    await expect(page.locator('table.alignment tbody tr').count()).resolves.toBe(json.alignment.length);
    const singles = await page.locator('tr.row--single').count();
    await expect(page.locator('.only-in').count()).resolves.toBe(singles);
    await page.locator('.picker a', { hasText: 'Blog rewrite' }).click();
    await page.waitForURL(`**${story}/alignment/?base=blog`);
    await page.locator('th.is-base', { hasText: 'Blog rewrite' }).waitFor();
    await page.close();
  });

  it('numbers rows in the order shown, keeps group ids as anchors and the "only in" note inside the row', async () => {
    const page = await open(`${story}/alignment/`);
    const rows = await page.$$eval('table.alignment tbody tr', (trs) =>
      trs.map((tr) => ({
        id: tr.id,
        number: tr.querySelector('th.num a')!.textContent,
        href: tr.querySelector('th.num a')!.getAttribute('href'),
      })),
    );
    expect(rows.map((row) => row.number)).toEqual(rows.map((_row, index) => String(index + 1)));
    expect(rows.every((row) => /^g-\d+$/.test(row.id) && row.href === `#${row.id}`)).toBe(true);
    expect(rows.map((row) => row.id)).not.toEqual(rows.map((_row, index) => `g-${index + 1}`));
    const notes = await page.$$eval('tr.row--single', (trs) =>
      trs.map((tr) => [tr.querySelector('td:not(.empty) > .only-in')?.textContent ?? '', tr.querySelector('th .only-in') === null]),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const [note, notInHead] of notes) {
      expect(note).toMatch(/only in /);
      expect(notInHead).toBe(true);
    }
    await page.close();
  });

  it('keeps the header row in view after jumping to a group, and shows cards on a phone', async () => {
    const desk = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await desk.newPage();
    await page.goto(`${site.origin}${story}/alignment/`);
    const id = await page.locator('table.alignment tbody tr').nth(15).getAttribute('id');
    await page.goto(`${site.origin}${story}/alignment/#${id}`);
    const boxes = await page.evaluate((target) => {
      const row = document.getElementById(target)!.getBoundingClientRect();
      const head = document.querySelector('table.alignment thead th')!.getBoundingClientRect();
      return { rowTop: row.top, headTop: head.top, headBottom: head.bottom };
    }, id!);
    expect(boxes.headTop).toBeGreaterThan(-2);
    expect(boxes.headBottom).toBeLessThanOrEqual(boxes.rowTop + 1);
    await desk.close();
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    await small.goto(`${site.origin}${story}/alignment/`);
    await expect(small.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    // Each card names its outlet; the seed's first row holds every version's opening sentence, the
    // base's first (an opener goes to the opening sentence's row: src/lib/align/README.md, "Rows").
    const first = small.locator('table.alignment tbody tr').first().locator('td .cell-who').first();
    await expect(first.textContent()).resolves.toBe('BBC News (base)');
    await expect(first.isVisible()).resolves.toBe(true);
    await phone.close();
  });
});
