import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from './static-server.ts';

/** The built site under test: dist/, or SAME_STORY_DIST (a build elsewhere, e.g. `astro build --outDir`). */
export const distDir = path.resolve(process.env['SAME_STORY_DIST'] ?? path.resolve(import.meta.dirname, '../../dist'));

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags this machine needs (no sandbox as root, no background network); Lighthouse uses them too. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, with `chromiumFlags`. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: run "apt-get install -y chromium" (see README)`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/** Runs axe-core in the page (WCAG 2.x A and AA plus best practices) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  });
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('\n  ')}`,
    )
    .join('\n');
}

/** Every HTML page of the built site, as URL paths. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html')
        pages.push(`/${path.relative(distDir, dir).split(path.sep).join('/')}/`.replace(/^\/+\/?$|\/\/$/, '/'));
    }
  };
  walk(distDir);
  return pages.map((page) => page.replace(/\/+/g, '/')).sort();
}

export interface BuiltSite {
  /** `http://127.0.0.1:<port>`, serving dist/. */
  origin: string;
  browser: Browser;
  /** One context shared by the file's tests; make another for other options. */
  context: BrowserContext;
}

/** A new page in the site's shared context (or in `on`), at `path` on the site. */
export async function openPage(site: BuiltSite, path: string, on: BrowserContext = site.context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(site.origin + path);
  return page;
}

/**
 * Serves the built site on 127.0.0.1 and starts Chromium for the tests of one file, and tears both
 * down after them. The fields are filled in before the first test runs.
 */
export function useBuiltSite(contextOptions: BrowserContextOptions = {}, setup?: (site: BuiltSite) => Promise<void>): BuiltSite {
  const site = {} as BuiltSite;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serveStatic(distDir);
    server = served.server;
    site.origin = served.origin;
    site.browser = await launchBrowser();
    site.context = await site.browser.newContext(contextOptions);
    await setup?.(site);
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
