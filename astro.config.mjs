// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';

// SAME_STORY_CONTENT points the build at another stories folder (tests and the benchmark build
// fixture sites with it); each folder gets its own cache so their digests never mix.
const content = process.env.SAME_STORY_CONTENT;
const cacheDir = content ? `./node_modules/.astro-${createHash('sha256').update(content).digest('hex').slice(0, 12)}` : './node_modules/.astro';

export default defineConfig({
  site: 'https://same-story.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir,
});
