import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A failed build leaves nothing behind. Astro writes its server bundle, with every
 * entry's content including drafts, to <outDir>/.prerender and only removes it when the
 * build succeeds; a half-written folder could also be published by a careless deploy.
 * Keep this last in the integrations list, so its build:done hook runs after every check.
 */
export default function cleanFailedBuild(): AstroIntegration {
  let outDir: string | undefined;
  let finished = false;
  const removeOutput = () => {
    // Never the project itself, whatever outDir is set to.
    if (!finished && outDir && resolve(outDir) !== resolve(process.cwd())) rmSync(outDir, { recursive: true, force: true });
  };
  return {
    name: 'clean-failed-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        process.once('exit', removeOutput);
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
