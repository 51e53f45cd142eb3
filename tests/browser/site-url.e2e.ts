import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../hostile/build-site.ts';
import { htmlPages } from '../support/site-files.ts';
import { distDir, launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

// The site's address comes from SITE_URL (astro.config.mjs); unset, no page names any domain.

const siteUrl = 'https://news.example.org/';
let build: SiteBuild;
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  build = await buildSite('tests/fixtures/stories', 'site-url-', { SITE_URL: siteUrl });
  if (build.code !== 0) throw new Error(`build with SITE_URL failed:\n${build.log.slice(-2000)}`);
  ({ server, origin } = await serveStatic(build.outDir));
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (build) rmSync(build.outDir, { recursive: true, force: true });
});

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
    const reading = htmlPages(build.outDir).find((page) =>
      /^\/stories\/harbourton-pier-closure\/(?!facts|alignment)[^/]+\/$/.test(page.url),
    )!;
    const text = readFileSync(reading.file, 'utf8');
    expect(text).toContain(`<link rel="canonical" href="${new URL(reading.url, siteUrl).href}"`);
    expect(text).toContain(`— ${siteUrl}stories/harbourton-pier-closure/`);
    // The browser leaves an absolute citation as it is.
    const page = await browser.newPage();
    await page.goto(origin + reading.url);
    await expect(page.locator('[data-citation-text]').first().textContent()).resolves.toContain(`— ${siteUrl}stories/`);
    await page.close();
  });
});
