import { execFileSync } from 'node:child_process';
import { productionBuildEnv } from './build-env';
import { clearBuildLock } from './build-lock';
import { TEST_SITE_NOW } from './site-now';

/** Builds the real site into dist/ once per test run, with a fixed clock. */
export default function buildOnce(): void {
  clearBuildLock();
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('astro', ['build', '--silent'], {
    stdio: 'inherit',
    env: productionBuildEnv({ SITE_NOW: TEST_SITE_NOW }),
  });
}
