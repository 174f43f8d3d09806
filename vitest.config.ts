/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests import src/content.config.ts (which needs
// astro:content) and check the real schemas against good and bad frontmatter.
// One run covers all three layers. The global setup builds the live site and the fixture
// site once each with a fixed SITE_NOW (skipped for `npm run test:unit`), and every build
// and browser test file reads those two builds (docs/testing.md).
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-sites.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Two cores: browser tests share one Chromium, so keep files from fighting over it.
    maxWorkers: 2,
    // No test file mocks modules or changes globals, so a worker is reused from file to file
    // rather than started afresh for each of some eighty files.
    isolate: false,
  },
});
