import { hash } from 'node:crypto';
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
 * The stories are the loader's last run (`readStoriesIndex`), with the versions the index keeps for
 * each (an index from before it kept them: each story's head).
 */
export function storiesRedirects(cacheDir: string): { slug: string; redirects: Redirect[] }[] {
  const stories = readStoriesIndex(cacheDir);
  if (stories === undefined) throw new Error(`no story list in ${cacheDir}: the stories loader did not run before the pages`);
  return stories.map((story) => ({
    slug: story.slug,
    redirects: storyRedirects({ slug: story.slug, versions: story.versions ?? readAnalysisHead(story.file).versions }),
  }));
}

/** A redirect's file, relative to the output folder. */
export function redirectFile(redirect: Redirect): string {
  return `${redirect.from.slice(1)}index.html`;
}

/** Each redirect file a build left in its output folder, with a digest of its bytes. */
export interface WrittenRedirects {
  outDir: string;
  digests: Record<string, string>;
}

/** The record's file in the build's cache folder. */
const RECORD_FILE = 'same-story-redirects.json';

/**
 * Writes each redirect's page under `outDir`, and returns the digest of every page. A file in `kept` (left by
 * the last build, as it left it: src/integrations/restore-pages.ts) is written only when its bytes differ: when
 * `last` (the last build's digests into this folder) has its digest, the digests are compared, so a rebuild
 * reads none of the 20,000 files of 1,000 stories; else the file is read. `writtenFiles` names the files written.
 */
export function writeRedirectPages(
  outDir: string,
  redirects: readonly Redirect[],
  site: string | undefined,
  kept: ReadonlySet<string> = new Set(),
  last: WrittenRedirects | undefined = undefined,
): { written: number; digests: Record<string, string>; writtenFiles: string[] } {
  const policy = policyWithoutInlineCode();
  const lastDigests = last?.outDir === outDir ? last.digests : {};
  const digests: Record<string, string> = {};
  const made = new Set<string>();
  const writtenFiles: string[] = [];
  for (const redirect of redirects) {
    const file = redirectFile(redirect);
    const page = redirectPage(redirect, site, policy);
    const digest = hash('sha1', page, 'base64');
    digests[file] = digest;
    if (kept.has(file)) {
      const lastDigest = lastDigests[file];
      if (lastDigest === undefined ? readFileSync(path.join(outDir, file), 'utf8') === page : lastDigest === digest) continue;
    }
    const dir = path.join(outDir, path.dirname(file));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(outDir, file), page);
    writtenFiles.push(file);
  }
  return { written: writtenFiles.length, digests, writtenFiles };
}

/** The digests of the redirect files the last build wrote, or undefined when it left none (or the record is unreadable). */
export function readWrittenRedirects(cacheDir: string): WrittenRedirects | undefined {
  try {
    const record = JSON.parse(readFileSync(path.join(cacheDir, RECORD_FILE), 'utf8')) as Partial<WrittenRedirects> | null;
    return typeof record?.outDir === 'string' && typeof record.digests === 'object' && record.digests !== null
      ? (record as WrittenRedirects)
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeWrittenRedirects(cacheDir: string, record: WrittenRedirects): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, RECORD_FILE), JSON.stringify(record));
}
