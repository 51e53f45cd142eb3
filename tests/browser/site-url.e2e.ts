import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/site-files.ts';
import { distDir } from './browser.ts';
import { useFixtureSite } from './fixture-site.ts';

// The site's address comes from SITE_URL (astro.config.mjs); unset, no page names any domain.

const siteUrl = 'https://news.example.org/';
const site = useFixtureSite('tests/fixtures/stories', 'site-url-', { SITE_URL: siteUrl });

describe('SITE_URL', () => {
  it('is unset in the default build: no canonical link and no made-up domain in any page', () => {
    if (process.env['SITE_URL']) return;
    for (const page of htmlPages(distDir)) {
      const text = readFileSync(page.file, 'utf8');
      expect(text, page.url).not.toContain('same-story.example');
      expect(text, page.url).not.toContain('rel="canonical"');
    }
  });

  it('makes canonical links and citations absolute on the configured address', async () => {
    const reading = htmlPages(site.build.outDir).find((page) =>
      /^\/stories\/harbourton-pier-closure\/(?!facts|alignment)[^/]+\/$/.test(page.url),
    )!;
    const text = readFileSync(reading.file, 'utf8');
    expect(text).toContain(`<link rel="canonical" href="${new URL(reading.url, siteUrl).href}"`);
    expect(text).toContain(`— ${siteUrl}stories/harbourton-pier-closure/`);
    // The browser leaves an absolute citation as it is.
    const page = await site.browser.newPage();
    await page.goto(site.origin + reading.url);
    await expect(page.locator('[data-citation-text]').first().textContent()).resolves.toContain(`— ${siteUrl}stories/`);
    await page.close();
  });
});
