import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations, openPage, useBuiltSite } from './browser.ts';

// Issue 16: what a new reader meets first, and whether every page leads on.

const story = '/stories/rwanda-us-migrant-talks';
const site = useBuiltSite();

const open = (path: string): Promise<Page> => openPage(site, path);

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
    // And of a phone (it was a screen and a half down).
    await page.setViewportSize({ width: 390, height: 844 });
    const phoneTop = await page.locator('#disagreements').evaluate((element) => element.getBoundingClientRect().top + scrollY);
    expect(phoneTop).toBeLessThan(844);
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

describe('compare pages read plainly', () => {
  it('shows a far pair as plain sentences: almost nothing struck or underlined', async () => {
    const page = await open(`${story}/compare/bbc/other-report/`);
    const share = await page.evaluate(() => {
      const rows = document.querySelector('.rows')!;
      const all = (rows.textContent ?? '').length;
      const marked = [...rows.querySelectorAll('del, ins')].reduce((sum, element) => sum + (element.textContent ?? '').length, 0);
      return marked / all;
    });
    expect(share).toBeLessThan(0.02);
    await expect(page.locator('.rows mark.differs').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.rows .row-sentence--alone').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.legend').innerText()).resolves.not.toMatch(/struck/);
    await page.close();
  });

  it('opens every compare page with "where these two disagree", before the rows', async () => {
    for (const pair of ['bbc/other-report', 'bbc/republisher', 'afp-based/blog']) {
      const page = await open(`${story}/compare/${pair}/`);
      await expect(order(page, '#pair-disagree', '.rows')).resolves.toBe(-1);
      await expect(order(page, '#pair-disagree', '.picker')).resolves.toBe(-1);
      await page.close();
    }
  });

  it('folds long runs of unchanged rows in a near-copy, expandable', async () => {
    const page = await open(`${story}/compare/bbc/republisher/`);
    const fold = page.locator('.fold details').first();
    await expect(fold.locator('summary').innerText()).resolves.toMatch(/^\d+ unchanged rows/);
    const inside = fold.locator('.row').first();
    await expect(inside.isVisible()).resolves.toBe(false);
    await fold.locator('summary').click();
    await expect(inside.isVisible()).resolves.toBe(true);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.close();
  });
});

describe('fact marks', () => {
  it('are off by default, out of the tab order, and a remembered switch turns them on', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${story}/bbc/`);
    const mark = page.locator('.article a[data-f]').first();
    await expect(mark.getAttribute('tabindex')).resolves.toBe('-1');
    await expect(mark.evaluate((element) => getComputedStyle(element).textDecorationLine)).resolves.toBe('none');
    await expect(page.locator('.legend__facts').first().isVisible()).resolves.toBe(false);
    await page.getByLabel(/Show facts/).check();
    await expect(mark.getAttribute('tabindex')).resolves.toBeNull();
    await expect(mark.evaluate((element) => getComputedStyle(element).textDecorationLine)).resolves.toBe('underline');
    // Remembered on the next page.
    await page.goto(`${site.origin}${story}/compare/bbc/republisher/`);
    await expect(page.getByLabel(/Show facts/).isChecked()).resolves.toBe(true);
    await expect(page.locator('.rows a[data-f]').first().getAttribute('tabindex')).resolves.toBeNull();
    await context.close();
  });

  it('leave the page plain without JavaScript: no switch that cannot work, no mark underlined or in the tab order', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${story}/bbc/`);
    await expect(page.getByLabel(/Show facts/).isVisible()).resolves.toBe(false);
    const marks = await page.locator('.article a[data-f]').evaluateAll((elements) =>
      elements.map((element) => {
        // Out of the tab order and no link: no href, and focus() does not take it.
        (element as HTMLElement).focus();
        const focusable = document.activeElement === element;
        return [getComputedStyle(element).textDecorationLine, focusable || element.hasAttribute('href')] as const;
      }),
    );
    expect(marks.length).toBeGreaterThan(10);
    expect(marks.filter(([line, reachable]) => line !== 'none' || reachable)).toEqual([]);
    await context.close();
  });

  it('pass axe when switched on, in the dark colour scheme and on a phone (reading view and a near-copy comparison)', async () => {
    for (const options of [{ colorScheme: 'dark' as const }, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }]) {
      const context = await site.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${site.origin}${story}/other-report/`);
      await page.getByLabel(/Show facts/).check();
      await expect(page.locator('.article a[data-f]').first().getAttribute('tabindex')).resolves.toBeNull();
      for (const path of [`${story}/other-report/`, `${story}/compare/bbc/republisher/`]) {
        await page.goto(site.origin + path);
        const violations = await axeViolations(page);
        expect(violations, `${JSON.stringify(options)} ${path}\n${formatViolations(violations)}`).toEqual([]);
      }
      await context.close();
    }
  });

  it('leave style-only changes a mark of their own, and each legend lists only marks its page shows', async () => {
    const page = await open(`${story}/compare/bbc/republisher/`);
    const styles = await page
      .locator('.rows .style-change')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).outlineStyle));
    expect(styles.every((style) => style === 'dashed')).toBe(true);
    const samples = await page
      .locator('.legend > li > :is(ins, del, span, mark)')
      .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).map((element) => element.className));
    expect(samples.length).toBeGreaterThan(1);
    for (const sample of samples) {
      const cls = sample.split(' ')[0]!;
      if (cls === 'legend__flag') continue;
      await expect(page.locator(`.rows .${cls}`).count(), cls).resolves.toBeGreaterThan(0);
    }
    // The alignment table's legend, likewise: each sample it lists is a mark the table shows.
    await page.goto(`${site.origin}${story}/alignment/`);
    const legend = await page.locator('main .legend > li').allInnerTexts();
    expect(legend).toEqual([
      'underlined: not in the base version',
      'dashed box: differs from the base in style only',
      '◆ a sentence only one outlet carries',
    ]);
    await expect(page.locator('table.alignment ins.chg').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('table.alignment .style-change').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('table.alignment .only-in').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('keyboard', () => {
  it('keeps focus inside an open citation box, and Tab never lands on the page body', async () => {
    const page = await open(`${story}/bbc/`);
    const anchor = page.locator('#s-3 + .sentence-anchor');
    await anchor.focus();
    await expect(anchor.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy citation');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('citation__also');
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toMatch(/^Sentence 3/);
    await expect(anchor.getAttribute('aria-expanded')).resolves.toBe('false');
    // Through the whole page from the top: every stop is an element of the page, and visibly focused.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.goto(`${site.origin}${story}/bbc/`);
    let stops = 0;
    for (;;) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return 'body';
        const style = getComputedStyle(element);
        return style.outlineStyle !== 'none' || style.boxShadow !== 'none' ? 'ok' : `unmarked ${element.tagName}.${element.className}`;
      });
      if (stop === 'body') break;
      expect(stop, `Tab ${++stops}`).toBe('ok');
      await page.evaluate(() => ((globalThis as unknown as { last: Element | null }).last = document.activeElement));
    }
    // Focus left the page only after its last stop (for the browser's own controls), not in the middle.
    expect(stops).toBeGreaterThan(40);
    const laterStops = await page.evaluate(() => {
      const last = (globalThis as unknown as { last: Element }).last;
      return [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary')].filter(
        (element) =>
          last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && element.checkVisibility() && element.tabIndex >= 0,
      ).length;
    });
    expect(laterStops).toBe(0);
    await page.close();
  });
});

describe('visible focus', () => {
  const pages = [
    '/',
    '/search/',
    `${story}/`,
    `${story}/bbc/`,
    `${story}/compare/bbc/other-report/`,
    `${story}/alignment/`,
    `${story}/facts/`,
  ];
  it(`marks every keyboard stop on every page type with a focus ring (${pages.length} pages)`, async () => {
    for (const path of pages) {
      const page = await open(path);
      // A first Tab puts the page in keyboard mode, so focusing from script shows :focus-visible as a Tab would.
      await page.keyboard.press('Tab');
      const report = await page.evaluate(() => {
        const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
        const unmarked: string[] = [];
        let checked = 0;
        for (const element of stops) {
          if (element.tabIndex < 0 || !element.checkVisibility() || (element as HTMLButtonElement).disabled) continue;
          element.focus();
          if (document.activeElement !== element) continue;
          checked++;
          const style = getComputedStyle(element);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          if (!element.matches(':focus-visible') || !(ring || style.boxShadow !== 'none'))
            unmarked.push(`${element.tagName.toLowerCase()}.${element.className} ${element.textContent?.trim().slice(0, 30)}`);
        }
        return { checked, unmarked };
      });
      expect(report.checked, path).toBeGreaterThan(3);
      expect(report.unmarked, path).toEqual([]);
      await page.close();
    }
  });
});

describe('no dead ends', () => {
  it('leads from a reading view to every comparison, the alignment and a sentence in other versions', async () => {
    const page = await open(`${story}/bbc/`);
    const compare = await page.locator('.version-nav a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(compare).toEqual(
      expect.arrayContaining([`${story}/compare/bbc/republisher/`, `${story}/compare/bbc/other-report/`, `${story}/alignment/`]),
    );
    await page.locator('#s-1 + .sentence-anchor').focus();
    await page.locator('#s-1 ~ .citation a.citation__also').first().click();
    await page.waitForURL(/\/alignment\/#g-\d+$/);
    const row = page.locator(':target');
    await expect(row.locator('.sentence-anchor').count()).resolves.toBeGreaterThan(1);
    await page.close();
  });

  it('offers "Compare with" every other version on every row of the overview’s versions table', async () => {
    const page = await open(`${story}/`);
    const rows = await page
      .locator('table.versions tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td:last-child a')].map((link) => link.getAttribute('href'))));
    const ids = ['bbc', 'republisher', 'afp-based', 'blog', 'other-report'];
    expect(rows).toHaveLength(ids.length);
    rows.forEach((links, index) => {
      const others = ids.filter((id) => id !== ids[index]);
      expect(links).toHaveLength(others.length);
      for (const [position, other] of others.entries()) expect(links[position]).toMatch(new RegExp(`/compare/.*\\b${other}\\b`));
      for (const link of links) expect(link).toContain(ids[index]);
    });
    await page.close();
  });

  it('makes the overview figures look like links', async () => {
    const page = await open(`${story}/`);
    const decoration = await page
      .locator('.matrix__cell a')
      .first()
      .evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(decoration).toBe('underline');
    await page.close();
  });
});

describe('reading view', () => {
  it('folds everything removed before the article into one row, in plain words', async () => {
    const page = await open(`${story}/bbc/`);
    const first = page.locator('.article > *').first();
    await expect(first.locator('summary').innerText()).resolves.toBe('8 items removed before the article');
    await expect(page.locator('.article > details').count()).resolves.toBeLessThanOrEqual(3);
    await expect(first.locator('li .removed-group__what').first().textContent()).resolves.toMatch(/^removed: headline · \d+ words/);
    // The lede is on the first phone screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const top = await page.locator('#s-1').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    // Paragraphs restored where sentences had run together; no jargon, no glyph the page does not show.
    await expect(page.locator('.article .para').count()).resolves.toBeGreaterThan(3);
    const sidebar = await page.locator('.sidebar').innerText();
    expect(sidebar).not.toMatch(/✂|\(0 characters\)/);
    await page.close();
  });
});
