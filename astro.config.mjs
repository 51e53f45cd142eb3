// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES } from './src/integrations/content-security-policy.ts';
import { parseShard, shardIntegration } from './src/integrations/shard.ts';

// SAME_STORY_CONTENT points the build at another stories folder (tests and the benchmark build
// fixture sites with it); each folder gets its own cache so their digests never mix.
const content = process.env.SAME_STORY_CONTENT;
// SAME_STORY_SHARD=i/n builds the i-th of n shares of the pages (src/integrations/shard.ts; README, "Building in shards").
const shard = parseShard(process.env.SAME_STORY_SHARD);
// SAME_STORY_CACHE_DIR gives a build a cache of its own, so two builds of one checkout can run at once.
// Each shard keeps its own cache by default: the incremental build drops from its cache the pages a build did not write.
const cacheDir =
  process.env.SAME_STORY_CACHE_DIR ??
  (content ? `./node_modules/.astro-${createHash('sha256').update(content).digest('hex').slice(0, 12)}` : './node_modules/.astro') +
    (shard ? `-shard-${shard.index}-of-${shard.count}` : '');

// SITE_URL is where the site is published (https://news.example.org/ or a sub-path): canonical links and
// copied citations are absolute on it. Unset, pages carry no canonical link and citations use the
// address the reader's browser shows, so no link ever points at a domain that is not the site's.
const siteUrl = process.env.SITE_URL?.trim() || undefined;
if (siteUrl !== undefined && !URL.canParse(siteUrl))
  throw new Error(`SITE_URL is not a URL: "${siteUrl}" (expected e.g. https://news.example.org/)`);

export default defineConfig({
  ...(siteUrl === undefined ? {} : { site: siteUrl }),
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir,
  integrations: [shardIntegration(shard)],
  // The site renders no Markdown through Astro (versions are read by the pipeline), and Shiki's
  // inline styles would only draw a warning against the CSP below.
  markdown: { syntaxHighlight: false },
  // A rebuild copies the pages of unchanged stories from the last build instead of rendering them
  // again: each story's pages carry its analysis digest as their cacheKey (src/site/stories.ts).
  // The price is a second copy of every page in the cache on each build; a one-off build whose
  // cache is thrown away (a CI job starting clean) can skip it with SAME_STORY_INCREMENTAL=0.
  experimental: { incrementalBuild: process.env.SAME_STORY_INCREMENTAL !== '0' },
  // The benchmark and tests write scratch projects inside the tree; the dev server must not restart for them.
  vite: { server: { watch: { ignored: ['**/bench/out/**', '**/reports/**', '**/dist/**', '**/.astro-*/**'] } } },
  // Content-Security-Policy as a <meta> tag on every page (src/integrations/content-security-policy.ts): Astro adds
  // the hashes of the scripts and styles it inlines (and of its own client-directive snippets), so inline code
  // runs only if the build wrote it.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
});
