import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SITE_NOW } from './site-now';

const FIXTURES = join(process.cwd(), '.fixture-builds');

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
  // Inside the project: with an outDir elsewhere, Astro puts its prerender chunks in the
  // project's own .astro/ folder, and two fixture builds running at once overwrite each other's.
  mkdirSync(FIXTURES, { recursive: true });
  const root = mkdtempSync(join(FIXTURES, 'fixture-'));
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  cpSync('content', contentDir, { recursive: true });
  change(contentDir);
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_NOW: TEST_SITE_NOW,
      CONTENT_DIR: contentDir,
      BUILD_OUT_DIR: outDir,
      BUILD_CACHE_DIR: join(root, 'cache'),
      FORCE_COLOR: '0',
      ...env,
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, contentDir, outDir };
}
