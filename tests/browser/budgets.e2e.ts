import { describe, expect, it } from 'vitest';
import { pageWeights, type PageWeight } from '../support/page-weight.ts';
import { htmlPages, pageType } from '../support/site-files.ts';
import { distDir } from './browser.ts';

// Page-weight budgets, read off the built files (gzip sizes, not timings, so they cannot flake):
// every page with everything it may load is at most 100 kB; a page that is not the search page runs
// at most 15 kB of JavaScript on load (search code there loads only when the reader starts searching).

const TOTAL_BUDGET = 100_000;
const JS_BUDGET = 15_000;

const weights = pageWeights(
  distDir,
  htmlPages(distDir).filter((page) => page.url.endsWith('/')),
);

function heaviestByType(): Map<string, PageWeight> {
  const byType = new Map<string, PageWeight>();
  for (const weight of weights) {
    const type = pageType(weight.url);
    const current = byType.get(type);
    if (!current || weight.total > current.total) byType.set(type, weight);
  }
  return byType;
}

describe('page-weight budgets', () => {
  it('cover every page type', () => {
    console.info(
      ['page type (heaviest page)  html  css  js-on-load  js-later  total  (gzip bytes)']
        .concat(
          [...heaviestByType()].map(
            ([type, weight]) =>
              `${type.padEnd(15)} ${weight.url}  ${weight.html}  ${weight.css}  ${weight.eagerJs}  ${weight.lazyJs}  ${weight.total}`,
          ),
        )
        .join('\n'),
    );
    expect([...heaviestByType().keys()]).toEqual(expect.arrayContaining(['home', 'story', 'reading', 'compare', 'alignment']));
  });

  it(`no page loads more than ${TOTAL_BUDGET / 1000} kB gzip in total (HTML, CSS, JavaScript now and later)`, () => {
    const over = weights.filter((weight) => weight.total > TOTAL_BUDGET).map((weight) => `${weight.url}: ${weight.total} B`);
    expect(over).toEqual([]);
  });

  it(`pages other than the search page run at most ${JS_BUDGET / 1000} kB gzip of JavaScript on load`, () => {
    const over = weights
      .filter((weight) => pageType(weight.url) !== 'search' && weight.eagerJs > JS_BUDGET)
      .map((weight) => `${weight.url}: ${weight.eagerJs} B`);
    expect(over).toEqual([]);
  });
});
