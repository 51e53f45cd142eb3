import { defineConfig } from 'vitest/config';

// Browser tests run against the built site (dist/): `npm run build` first. One fork, so a single
// Chromium serves every file in turn on this 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
