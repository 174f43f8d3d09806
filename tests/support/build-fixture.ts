import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionBuildEnv } from './build-env';
import { acquireBuildLock } from './build-lock';
import { TEST_SITE_NOW } from './site-now';

export interface FixtureBuild {
  ok: boolean;
  /** Everything the build printed, colour codes removed, for asserting on error messages. */
  output: string;
  /** The copied content folder the build read. */
  contentDir: string;
  /** Where the built site went. */
  outDir: string;
}

/**
 * Builds the site from a copy of content/ that `change` edits first, into a temporary
 * folder, so a test can prove what a broken or draft file does without touching dist/.
 */
export function buildWithContent(change: (contentDir: string) => void, env: Record<string, string> = {}): FixtureBuild {
  const root = mkdtempSync(join(tmpdir(), 'local-offer-fixture-'));
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  cpSync('content', contentDir, { recursive: true });
  change(contentDir);
  const release = acquireBuildLock();
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: productionBuildEnv({
      SITE_NOW: TEST_SITE_NOW,
      CONTENT_DIR: contentDir,
      BUILD_OUT_DIR: outDir,
      BUILD_CACHE_DIR: join(root, 'cache'),
      FORCE_COLOR: '0',
      ...env,
    }),
  });
  release();
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, contentDir, outDir };
}
