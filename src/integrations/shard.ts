import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, PathWithRoute } from 'astro';
import { byStory, pageSlug } from './page-order.ts';
import { readWrittenRedirects, redirectFile, storiesRedirects, writeRedirectPages, writeWrittenRedirects } from './redirect-pages.ts';
import type { Redirect } from '../site/redirects.ts';
import { forgetOutput, pageKey, PageRestorer, requestedPage } from './restore-pages.ts';

/**
 * SAME_STORY_SHARD=i/n: a build writes the pages of its share of the stories, so n machines (a CI
 * matrix) build one site in parallel and their outputs merge by copying into one folder.
 *
 * The whole decision is made here, on the URL of each page Astro is about to write:
 * - a page whose route has a `[slug]` parameter belongs to that story, and a story belongs to shard
 *   `storyShard(slug, n)`;
 * - every other page (home, search, /api/stories.json, the schema, the search index and its shards)
 *   lists or serves the whole site and belongs to shard 1;
 * - the files every build writes alike (Astro's hashed assets in `_astro/`, the `public/` folder) are
 *   kept by shard 1 only.
 * So no file is written by two shards, and every shard still loads every story's analysis: given the same
 * analyses (the README's recipe analyses once and shares them), a page renders byte for byte as in a single build.
 */

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

const SHARD_VARIABLE = 'SAME_STORY_SHARD';

/** The shard named by SAME_STORY_SHARD ("2/3"), or undefined when unset or empty (the whole site). */
export function parseShard(value: string | undefined): Shard | undefined {
  const text = value?.trim();
  if (text === undefined || text === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count)
    throw new Error(
      `${SHARD_VARIABLE}="${value}" is not a shard: expected "i/n" with 1 ≤ i ≤ n, e.g. ${SHARD_VARIABLE}=1/3 (the first of three builds)`,
    );
  return { index, count };
}

/**
 * The shard (1..count) a story's pages are built on: the slug's SHA-256, read as a number, modulo
 * count. It depends on the slug and count alone, so adding or removing stories never moves another
 * story (a rule by position in the list would move every story after the new one), and the shards
 * are even in expectation. Changing count moves most stories: a CI matrix keeps it fixed.
 */
export function storyShard(slug: string, count: number): number {
  return (parseInt(createHash('sha256').update(slug).digest('hex').slice(0, 12), 16) % count) + 1;
}

/** The shard that writes a page: its story's, or shard 1 for a page that belongs to no one story. */
export function pageShard(page: PathWithRoute, count: number): number {
  let slug: string | undefined;
  try {
    slug = pageSlug(page);
  } catch (error) {
    throw new Error(`${SHARD_VARIABLE}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return slug === undefined ? 1 : storyShard(slug, count);
}

/** Removes the files under `dir` that sit at the same relative paths as the files under `like`. */
function removeCopiesOf(like: string, dir: string): void {
  for (const entry of readdirSync(like, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (!existsSync(target)) continue;
    if (entry.isDirectory()) {
      removeCopiesOf(path.join(like, entry.name), target);
      if (readdirSync(target, { withFileTypes: true }).length === 0) rmdirSync(target);
    } else rmSync(target, { force: true });
  }
}

/**
 * The Astro integration: orders the pages to prerender story by story (page-order.ts), keeps a
 * shard's own, copies the unchanged ones from the last build before any renders (restore-pages.ts),
 * writes the shard's stories' old URLs as plain redirect files once the pages are written
 * (redirect-pages.ts), and drops the site-wide files on shards after the first.
 */
export function shardIntegration(shard: Shard | undefined): AstroIntegration {
  let publicDir = '';
  let assetsDir = '';
  let cacheDir = '';
  let site: string | undefined;
  let base = '/';
  let restorer: PageRestorer | undefined;
  /** This build's stories' old URLs, written once the pages are (redirect-pages.ts). */
  let redirects: Redirect[] = [];
  return {
    name: 'same-story:shard',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        // Unchanged pages are kept where the last build left them (restore-pages.ts), so the output
        // folder is pruned rather than emptied. `astro build --force` renders every page.
        if (command === 'build' && config.experimental.incrementalBuild && !process.argv.includes('--force')) {
          restorer = new PageRestorer(fileURLToPath(config.cacheDir), fileURLToPath(config.outDir));
          updateConfig({ vite: { build: { emptyOutDir: false } } });
        } else if (command === 'build') forgetOutput(fileURLToPath(config.cacheDir));
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
        site = config.site;
        assetsDir = config.build.assets;
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const kept = restorer?.prune();
        if (kept) logger.info(`${kept} files of the last build kept in the output folder`);
        setPrerenderer((prerenderer) => {
          const allPaths = prerenderer.getStaticPaths.bind(prerenderer);
          const render = prerenderer.render.bind(prerenderer);
          const myPaths = async (): Promise<PathWithRoute[]> => {
            // The old URLs are written as files at the end (redirect-pages.ts), not rendered.
            const stories = storiesRedirects(cacheDir);
            const old = new Set(stories.flatMap((story) => story.redirects.map((redirect) => pageKey(redirect.from))));
            redirects = stories
              .filter((story) => shard === undefined || storyShard(story.slug, shard.count) === shard.index)
              .flatMap((story) => story.redirects);
            const all = byStory(await allPaths()).filter((page) => !old.has(pageKey(page.pathname)));
            if (shard === undefined) return all;
            const mine = all.filter((page) => pageShard(page, shard.count) === shard.index);
            logger.info(
              `shard ${shard.index}/${shard.count}: ${mine.length} of ${all.length} pages` +
                (shard.index === 1 ? ' (with the pages that list every story)' : ''),
            );
            return mine;
          };
          prerenderer.getStaticPaths = async () => {
            const pages = await myPaths();
            if (restorer) {
              const { kept, copied } = await restorer.restore(pages, new Set(redirects.map(redirectFile)));
              if (kept + copied > 0)
                logger.info(`${kept + copied} of ${pages.length} pages from the last build (${kept} kept in place, ${copied} copied)`);
            }
            return pages;
          };
          prerenderer.render = (request, options) => {
            restorer?.forget(requestedPage(request.url, base));
            return render(request, options);
          };
          return prerenderer;
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { written, digests, writtenFiles } = writeRedirectPages(
          outDir,
          redirects,
          site,
          restorer?.keptExtra,
          readWrittenRedirects(cacheDir),
        );
        // Before the page record: a record of kept pages always has the digests of the same build beside it.
        writeWrittenRedirects(cacheDir, { outDir, digests });
        const ms = (performance.now() - started).toFixed(0);
        logger.info(
          `${redirects.length} pages of old URLs (${redirects.length - written} kept from the last build, ${written} written) ` +
            `in ${ms} ms (src/integrations/redirect-pages.ts)`,
        );
        if (shard !== undefined && shard.index > 1) {
          rmSync(path.join(outDir, assetsDir), { recursive: true, force: true });
          if (existsSync(publicDir)) removeCopiesOf(publicDir, outDir);
          logger.info(`shard ${shard.index}/${shard.count}: ${assetsDir}/ and public/ files left to shard 1`);
        }
        restorer?.record(redirects.map(redirectFile), writtenFiles);
      },
    },
  };
}
