import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redirectPage } from '../components/html/redirect-page.ts';
import { readAnalysisHead, readStoriesIndex } from '../loader/analysis-files.ts';
import { storyRedirects, type Redirect } from '../site/redirects.ts';
import { policyWithoutInlineCode } from './content-security-policy.ts';

/**
 * The old URLs of the stories a build writes (src/site/redirects.ts), written as plain files rather
 * than rendered by Astro: each is a fixed page of a few hundred bytes, and Astro's page pipeline took
 * 1.4 ms for each of them (20,000 at 1,000 stories of six versions: a fifth of the rendering). Their
 * routes still list them, so `astro dev` serves them; a build leaves them out of the pages it renders
 * (src/integrations/shard.ts) and writes these files once the pages are written.
 *
 * The stories are the loader's last run (`readStoriesIndex`), each read from its analysis's head.
 */
export function storiesRedirects(cacheDir: string): { slug: string; redirects: Redirect[] }[] {
  const stories = readStoriesIndex(cacheDir);
  if (stories === undefined) throw new Error(`no story list in ${cacheDir}: the stories loader did not run before the pages`);
  return stories.map((story) => ({ slug: story.slug, redirects: storyRedirects(readAnalysisHead(story.file)) }));
}

/** A redirect's file, relative to the output folder. */
export function redirectFile(redirect: Redirect): string {
  return `${redirect.from.slice(1)}index.html`;
}

/**
 * Writes each redirect's page under `outDir`; a file in `kept` (left by the last build, as it left it:
 * src/integrations/restore-pages.ts) is written only when its bytes differ. Returns how many were written.
 */
export function writeRedirectPages(
  outDir: string,
  redirects: readonly Redirect[],
  site: string | undefined,
  kept: ReadonlySet<string> = new Set(),
): number {
  const policy = policyWithoutInlineCode();
  const made = new Set<string>();
  let written = 0;
  for (const redirect of redirects) {
    const file = redirectFile(redirect);
    const page = redirectPage(redirect, site, policy);
    if (kept.has(file) && readFileSync(path.join(outDir, file), 'utf8') === page) continue;
    const dir = path.join(outDir, path.dirname(file));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(outDir, file), page);
    written++;
  }
  return written;
}
