// @ts-check
import { defineConfig } from 'astro/config';

// The benchmark's floor: a bare Astro site with the main site's URL shape and nothing else.
export default defineConfig({
  site: 'https://floor.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './node_modules/.astro-bench-floor',
});
