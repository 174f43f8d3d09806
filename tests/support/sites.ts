import { join } from 'node:path';

/*
 * The two sites the build and browser tests read, both built once per run by
 * tests/support/build-sites.ts (Vitest's globalSetup) with the clock at TEST_SITE_NOW.
 *
 * - The fixture site, from tests/fixtures/site/: small invented content that covers every
 *   page type and edge case. Tests may assert its titles, statuses, orders and counts.
 * - The live site, from content/: what editors publish. Tests of it check invariants
 *   only (it builds, every page passes the checks, the source bulletins' facts are
 *   faithful), so adding next month's bulletin never changes a test's expectations.
 */

export const FIXTURE_CONTENT = join(process.cwd(), 'tests/fixtures/site');
export const LIVE_CONTENT = join(process.cwd(), 'content');

/** Inside node_modules so it is never committed; apart from dist/ so `npm run build` and the tests do not overwrite each other's fixture. */
export const FIXTURE_OUT = join(process.cwd(), 'node_modules/.test-sites/fixture');
export const FIXTURE_CACHE = join(process.cwd(), 'node_modules/.test-sites/fixture-cache');
export const LIVE_OUT = join(process.cwd(), 'dist');
