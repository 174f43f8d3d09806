import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionBuildEnv } from './build-env';
import { acquireBuildLock } from './build-lock';
import { TEST_SITE_NOW } from './site-now';
import { FIXTURE_CONTENT } from './sites';

export interface BuildResult {
  ok: boolean;
  /** Everything the build printed, colour codes removed, for asserting on error messages. */
  output: string;
}

export interface FixtureBuild extends BuildResult {
  /** The copied content folder the build read. */
  contentDir: string;
  /** Where the built site went. */
  outDir: string;
}

/**
 * Runs `astro build` as production with the clock at TEST_SITE_NOW, taking turns with
 * other builds. `env` chooses the content and output folders (CONTENT_DIR, BUILD_OUT_DIR,
 * BUILD_CACHE_DIR); without them it builds content/ into dist/.
 */
export function buildSite(env: Record<string, string>): BuildResult {
  const release = acquireBuildLock();
  try {
    const result = spawnSync('astro', ['build'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: productionBuildEnv({ SITE_NOW: TEST_SITE_NOW, FORCE_COLOR: '0', ...env }),
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    return { ok: result.status === 0, output };
  } finally {
    release();
  }
}

/**
 * Builds the site from a copy of a content folder (the fixture site unless `from` names
 * another) that `change` edits first, into a temporary folder, so a test can prove what
 * a broken or draft file does without touching the shared builds.
 */
export function buildWithContent(
  change: (contentDir: string) => void,
  env: Record<string, string> = {},
  from: string = FIXTURE_CONTENT,
): FixtureBuild {
  const root = mkdtempSync(join(tmpdir(), 'local-offer-fixture-'));
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  cpSync(from, contentDir, { recursive: true });
  change(contentDir);
  const build = buildSite({ CONTENT_DIR: contentDir, BUILD_OUT_DIR: outDir, BUILD_CACHE_DIR: join(root, 'cache'), ...env });
  return { ...build, contentDir, outDir };
}
