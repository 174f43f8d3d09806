import { buildSite } from './build-fixture';
import { clearBuildLock } from './build-lock';
import { FIXTURE_CACHE, FIXTURE_CONTENT, FIXTURE_OUT } from './sites';

function mustBuild(name: string, env: Record<string, string>): void {
  const build = buildSite(env);
  if (!build.ok) throw new Error(`Building ${name} failed, so no build or browser test can run:\n${build.output}`);
}

/**
 * Vitest's globalSetup: builds the live site into dist/ and the fixture site into
 * node_modules/.test-sites/fixture/ once per run, one after the other (Astro writes the
 * project's .astro/ folder during a build, so two cannot run at once). Every build and
 * browser test file reads these two builds; only tests that need content of their own
 * (broken files, generated archives) build again, with buildWithContent.
 * SKIP_BUILD=1 reuses the last builds: for unit tests, and for re-running one file.
 */
export default function buildSites(): void {
  clearBuildLock();
  if (process.env.SKIP_BUILD === '1') return;
  mustBuild('the live site (content/)', {});
  mustBuild('the fixture site (tests/fixtures/site/)', { CONTENT_DIR: FIXTURE_CONTENT, BUILD_OUT_DIR: FIXTURE_OUT, BUILD_CACHE_DIR: FIXTURE_CACHE });
}
