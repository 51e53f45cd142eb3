import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite, type SiteBuild } from '../hostile/build-site.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

export interface FixtureSite {
  /** `http://127.0.0.1:<port>`, serving the build. */
  origin: string;
  browser: Browser;
  build: SiteBuild;
}

/**
 * Builds a fixture stories folder before a file's tests (as an editor's CI would), serves it and
 * starts Chromium; removes the build after them. The fields are filled in before the first test runs.
 */
export function useFixtureSite(content: string, prefix: string, env: NodeJS.ProcessEnv = {}): FixtureSite {
  const site = {} as FixtureSite;
  let server: Server | undefined;
  beforeAll(async () => {
    site.build = await buildSite(content, prefix, env);
    if (site.build.code !== 0) throw new Error(`${content} build failed:\n${site.build.log.slice(-2000)}`);
    const served = await serveStatic(site.build.outDir);
    server = served.server;
    site.origin = served.origin;
    site.browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
    if (site.build) rmSync(site.build.outDir, { recursive: true, force: true });
  });
  return site;
}
