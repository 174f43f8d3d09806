import { writeFileSync } from 'node:fs';
import { generateArchive } from '../../tools/bench/generate-archive';
import { buildSite } from './build-fixture';
import { clearBuildLock } from './build-lock';
import { ARCHIVE_BUILD_LOG, ARCHIVE_CACHE, ARCHIVE_OPTIONS, ARCHIVE_OUT, FIXTURE_CACHE, FIXTURE_CONTENT, FIXTURE_OUT } from './sites';

function mustBuild(name: string, env: Record<string, string>): string {
  const build = buildSite(env);
  if (!build.ok) throw new Error(`Building ${name} failed, so no build or browser test can run:\n${build.output}`);
  return build.output;
}

/**
 * Vitest's globalSetup: builds the live site into dist/, and the fixture site and a
 * generated archive under node_modules/.test-sites/, once per run and one after the other
 * (Astro writes the project's .astro/ folder during a build, so two cannot run at once).
 * Build and browser test files read these builds (tests/support/dist.ts); only tests that
 * need content of their own (broken files, drafts, new entries) build again, with
 * buildWithContent. SKIP_BUILD=1 reuses the last builds: for unit tests, and for
 * re-running one file.
 */
export default function buildSites(): void {
  clearBuildLock();
  if (process.env.SKIP_BUILD === '1') return;
  mustBuild('the live site (content/)', {});
  mustBuild('the fixture site (tests/fixtures/site/)', { CONTENT_DIR: FIXTURE_CONTENT, BUILD_OUT_DIR: FIXTURE_OUT, BUILD_CACHE_DIR: FIXTURE_CACHE });
  generateArchive(ARCHIVE_OPTIONS);
  const output = mustBuild('the generated archive', { CONTENT_DIR: ARCHIVE_OPTIONS.outDir, BUILD_OUT_DIR: ARCHIVE_OUT, BUILD_CACHE_DIR: ARCHIVE_CACHE });
  writeFileSync(ARCHIVE_BUILD_LOG, output);
}
