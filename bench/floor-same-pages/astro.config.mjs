// @ts-check
import { defineConfig } from 'astro/config';

// The benchmark's second floor: a bare Astro site that writes the site's own built pages again,
// byte for byte, with no analysis, components or view models (src/site-files.ts).
export default defineConfig({
  site: 'https://floor.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './node_modules/.astro-bench-floor',
});
