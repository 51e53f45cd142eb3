// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://same-story.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
