import { defineConfig } from 'vitest/config';

// One run covers all three layers. The global setup builds dist/ once with a fixed
// SITE_NOW (skipped for `npm run test:unit`), so build and browser tests read the same site.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-once.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Two cores: browser tests share one Chromium, so keep files from fighting over it.
    maxWorkers: 2,
  },
});
