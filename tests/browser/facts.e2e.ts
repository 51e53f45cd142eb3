import type { Page } from 'playwright-core';
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
    // A cell of a fact the outlet does not carry shows a dash and reads "not carried".
    const empty = page.locator('table.facts tbody td.empty').first();
    await expect(empty.evaluate((cell) => getComputedStyle(cell, '::before').content)).resolves.toMatch(/^"—"/);
    await expect(empty.ariaSnapshot()).resolves.toBe('- cell "not carried"');
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

  it('filters by kind without JavaScript: links to #show-… anchors, the choice shown and kept in the address', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    await expect(chosenFilter(page)).resolves.toEqual(['all (76)']);
    const all = await visibleRows(page);
    await page.locator('.filters a[data-show="date"]').click();
    expect(new URL(page.url()).hash).toBe('#show-date');
    const dates = await visibleRows(page);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThan(all.length);
    expect(dates.every((row) => row.kind.split(' ').includes('date'))).toBe(true);
    await expect(chosenFilter(page)).resolves.toEqual([expect.stringMatching(/^dates? \(\d+\)$/)]);
    await expect(page.locator('.filters a[data-show="date"] .filters__on').textContent()).resolves.toBe(' (shown)');
    // The choice survives a reload and is a link anyone can share: it is in the address.
    await page.reload();
    await expect(visibleRows(page)).resolves.toEqual(dates);
    await page.locator('.filters a[data-show="disagree"]').click();
    const disagreements = await visibleRows(page);
    expect(disagreements).toHaveLength(7);
    expect(disagreements.every((row) => row.disagree)).toBe(true);
    await expect(page.locator('details.facts-single').isVisible()).resolves.toBe(false);
    // Every kind's link filters to that kind (the CSS names each kind), folded facts included.
    await page.locator('.filters a[data-show="all"]').click();
    await page.locator('.facts-single > summary').click();
    for (const link of await page.locator('.filters a[data-show]').all()) {
      const kind = (await link.getAttribute('data-show'))!;
      if (kind === 'all' || kind === 'disagree') continue;
      await link.click();
      const rows = await visibleRows(page);
      const count = Number(/\((\d+)\)/.exec((await link.textContent())!)![1]);
      const others = rows.filter((row) => !row.kind.split(' ').includes(kind));
      expect({ kind, rows: rows.length, others }).toEqual({ kind, rows: count, others: [] });
    }
    // Back returns to the previous choice (the last two links are source, then claim).
    await page.goBack();
    expect(new URL(page.url()).hash).toBe('#show-source');
    await expect(chosenFilter(page)).resolves.toEqual([expect.stringMatching(/^sources? \(\d+\)$/)]);
    await noScript.close();
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
    await page.getByLabel(/Show facts/).check();
    const misspelt = page.locator('.cell--a del a.fact-mark--disagree', { hasText: 'Nduhungireh' }).first();
    await expect(misspelt.getAttribute('href')).resolves.toMatch(/\/facts\/#person-/);
    await expect(misspelt.evaluate((link) => link.closest('del')?.textContent)).resolves.toMatch(/^Nduhungireh/);
    await page.close();
  });

  it('puts ⚠ on the spelling one outlet gives, never on the one four give, and names outlets in the note', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const row = page.locator('tr#person-olivier-nduhungirehe');
    // Only the BBC's cell (Nduhungireh, one outlet against four) carries the mark.
    await expect(row.locator('td:has(.disagree) .cell-who').allTextContents()).resolves.toEqual(['BBC News']);
    await expect(row.locator('td:has(.disagree) a').textContent()).resolves.toBe('Olivier Nduhungireh');
    await expect(row.locator('.standing').textContent()).resolves.toBe('4 outlets against 1; ⚠ marks the one that differs');
    // The note names outlets, as the column heads do, not version ids.
    const note = (await row.locator('th .meta').first().textContent())!;
    expect(note).toContain('(BBC News)');
    expect(note).not.toMatch(/\((?:[a-z0-9-]+, )*(bbc|republisher|other-report)(?:, [a-z0-9-]+)*\)/);
    // A quote's speaker takes the majority's spelling, and the row says how the one outlet writes the name.
    const speakers = await page.locator('table.facts th .meta', { hasText: /^speaker: Olivier Nduh/ }).allTextContents();
    expect(speakers.filter((text) => text.includes('Nduhungireh;') || text.endsWith('Nduhungireh'))).toEqual([]);
    expect(speakers).toContain('speaker: Olivier Nduhungirehe; also written “Olivier Nduhungireh” (BBC News)');
    // In the reading view, the majority's spelling is marked as a fact, not as a disagreement; the BBC's misspelling is.
    await page.goto(`${site.origin}${story}/republisher/`);
    await page.getByLabel(/Show facts/).check();
    await expect(page.locator('.article a[data-f]', { hasText: 'Nduhungirehe' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.article a.fact-mark--disagree', { hasText: 'Nduhungirehe' }).count()).resolves.toBe(0);
    await page.goto(`${site.origin}${story}/bbc/`);
    await page.getByLabel(/Show facts/).check();
    await expect(page.locator('.article a.fact-mark--disagree', { hasText: 'Nduhungireh' }).count()).resolves.toBeGreaterThan(0);
    // The overview marks the variant, not the majority's.
    await page.goto(`${site.origin}${story}/`);
    const marked = await page.$$eval('.top-disagreements .variants li:has(.disagree) q', (quotes) =>
      quotes.map((quote) => quote.textContent),
    );
    expect(marked).toContain('Olivier Nduhungireh');
    expect(marked).not.toContain('Olivier Nduhungirehe');
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
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
    // Each outlet with its own date or none: only the AFP-based report's capture shows one.
    const lines = await page.$$eval('table.facts [data-citation-text]', (boxes) =>
      boxes.flatMap((box) => box.textContent!.trim().split('\n')),
    );
    const afp = lines.filter((line) => line.startsWith('AFP-based report'));
    expect(afp.length).toBeGreaterThan(0);
    expect(afp.every((line) => line.startsWith('AFP-based report (outlet not named) (5 May 2025): '))).toBe(true);
    const others = lines.filter((line) => !line.startsWith('AFP-based report'));
    expect(others.filter((line) => !/^[^“]+ \(no date shown\): “/.test(line))).toEqual([]);
    await box.locator('[data-copy-citation]').click();
    await box.locator('[data-citation-status]', { hasText: 'Citation copied.' }).waitFor({ timeout: 5000 });
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citation);
    await copying.close();
  });

  it('keeps the header row and the fact column in view after jumping to a fact', async () => {
    const desk = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await desk.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const rows = page.locator('table.facts:not(.facts-single table) tbody tr');
    const deep = await page.locator('.facts-wrap').first().locator('tbody tr').nth(20).getAttribute('id');
    await page.goto(`${site.origin}${story}/facts/#${deep}`);
    const boxes = await page.evaluate((id) => {
      const row = document.getElementById(id)!;
      const head = row.closest('table')!.querySelector('thead th')!;
      const first = row.querySelector('th')!;
      const box = (element: Element) => element.getBoundingClientRect().toJSON() as DOMRect;
      return { row: box(row), head: box(head), first: box(first), height: innerHeight };
    }, deep!);
    expect(boxes.head.top).toBeGreaterThan(-2);
    expect(boxes.head.bottom).toBeLessThanOrEqual(boxes.row.top + 1);
    expect(boxes.row.top).toBeLessThan(boxes.height);
    // Scrolled right, the fact column stays where it was.
    await page
      .locator('.facts-wrap')
      .first()
      .evaluate((wrap) => (wrap.scrollLeft = 400));
    const firstLeft = await page.evaluate((id) => document.getElementById(id)!.querySelector('th')!.getBoundingClientRect().left, deep!);
    expect(Math.abs(firstLeft - boxes.first.left)).toBeLessThan(1);
    expect(await rows.count()).toBeGreaterThan(0);
    await desk.close();
  });

  it('folds facts one outlet carries, lists each name once, and opens a folded fact reached by its link', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    const fold = page.locator('details.facts-single');
    await expect(fold.getAttribute('open')).resolves.toBeNull();
    const folded = await fold.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td:not(.empty)').length));
    expect(folded.length).toBeGreaterThan(10);
    expect(new Set(folded)).toEqual(new Set([1]));
    const labels = await page.$$eval('table.facts tbody tr .fact-label', (links) =>
      links.map((link) => link.textContent!.trim().toLowerCase()),
    );
    expect(labels.filter((label) => label === 'reuters')).toHaveLength(1);
    // The organisation folded into the source row keeps its anchor.
    await page.goto(`${site.origin}${story}/facts/#organization-reuters`);
    await expect(page.locator('#source-reuters').isVisible()).resolves.toBe(true);
    await expect(page.locator('#source-reuters').getAttribute('data-kind')).resolves.toBe('source organization');
    await page.close();
  });

  it('keeps the filter in ?show= with JavaScript: read on arrival, written on choice, marked aria-current, Back restores it', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}${story}/facts/?show=disagree`);
    await expect(page.locator('.filters a[aria-current="true"]').getAttribute('data-show')).resolves.toBe('disagree');
    await expect(chosenFilter(page)).resolves.toEqual(['disagreements only (7)']);
    await expect(visibleRows(page)).resolves.toHaveLength(7);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    // The links carry the query form, so a link opened in a new tab keeps the choice.
    await expect(page.locator('.filters a[data-show="date"]').getAttribute('href')).resolves.toMatch(/\/facts\/\?show=date$/);
    await page.locator('.filters a[data-show="date"]').click();
    expect(new URL(page.url()).search).toBe('?show=date');
    expect(new URL(page.url()).hash).toBe('');
    const dates = await visibleRows(page);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((row) => row.kind.split(' ').includes('date'))).toBe(true);
    await page.reload();
    await expect(page.locator('.filters a[aria-current="true"]').getAttribute('data-show')).resolves.toBe('date');
    await expect(visibleRows(page)).resolves.toEqual(dates);
    await page.goBack();
    await page.waitForURL(/\?show=disagree$/);
    await expect(page.locator('.filters a[aria-current="true"]').getAttribute('data-show')).resolves.toBe('disagree');
    await expect(visibleRows(page)).resolves.toHaveLength(7);
    await page.locator('.filters a[data-show="all"]').click();
    expect(new URL(page.url()).search).toBe('');
    await expect(visibleRows(page)).resolves.toHaveLength(await page.locator('table.facts:not(.facts-single table) tbody tr').count());
    // A #show-… link made without JavaScript opens filtered, in the query form.
    await page.goto(`${site.origin}${story}/facts/#show-place`);
    await page.waitForURL(/\/facts\/\?show=place$/);
    await expect(page.locator('.filters a[aria-current="true"]').getAttribute('data-show')).resolves.toBe('place');
    // A fact the filter hides, reached by its anchor: the filter goes back to all and the fact shows.
    const disagreeRow = await page.locator('table.facts tbody tr.fact--disagree:not([data-kind~="date"])').first().getAttribute('id');
    await page.goto(`${site.origin}${story}/facts/?show=date#${disagreeRow}`);
    await expect(page.locator(`#${disagreeRow}`).isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('.filters a[aria-current="true"]').getAttribute('data-show')).resolves.toBe('all');
    await page.close();
  });

  it('shows each fact as a card on a phone, every cell naming its outlet, nothing wider than the screen', async () => {
    const phone = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(`${site.origin}${story}/facts/`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    const cell = page.locator('table.facts tbody tr').first().locator('td:not(.empty)').first();
    await expect(cell.locator('.cell-who').textContent()).resolves.toBe('BBC News');
    await expect(cell.locator('.cell-who').isVisible()).resolves.toBe(true);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await phone.close();
  });

  it('downloads the fact table as CSV with one column per version', async () => {
    const response = await fetch(`${site.origin}/api/stories/rwanda-us-migrant-talks/facts.csv`);
    const header = (await response.text()).split('\r\n')[0];
    expect(header).toBe('id,kind,label,disagreement,bbc,republisher,afp-based,blog,other-report');
  });
});

/** The rows a reader sees (not filtered out, not in a closed fold): kind and whether they disagree. */
function visibleRows(page: Page): Promise<{ id: string; kind: string; disagree: boolean }[]> {
  return page.$$eval('table.facts tbody tr', (trs) =>
    trs
      .filter((tr) => tr.checkVisibility())
      .map((tr) => ({ id: tr.id, kind: tr.getAttribute('data-kind') ?? '', disagree: tr.classList.contains('fact--disagree') })),
  );
}

/** The filter links shown as chosen: ticked (the tick shows only on the chosen one). */
function chosenFilter(page: Page): Promise<string[]> {
  return page.$$eval('.filters a', (links) =>
    links
      .filter((link) => link.querySelector<HTMLElement>('.filters__tick')!.offsetParent !== null)
      .map((link) => {
        const copy = link.cloneNode(true) as HTMLElement;
        for (const extra of copy.querySelectorAll('.filters__tick, .filters__on')) extra.remove();
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      }),
  );
}
