import { mkdirSync, writeFileSync } from 'node:fs';
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

/** Writes each redirect's page under `outDir` (`<from>index.html`); returns the files, relative to it. */
export function writeRedirectPages(outDir: string, redirects: readonly Redirect[], site: string | undefined): string[] {
  const policy = policyWithoutInlineCode();
  const made = new Set<string>();
  return redirects.map((redirect) => {
    const file = `${redirect.from.slice(1)}index.html`;
    const dir = path.join(outDir, path.dirname(file));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(outDir, file), redirectPage(redirect, site, policy));
    return file;
  });
}
