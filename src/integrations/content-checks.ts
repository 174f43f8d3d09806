import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentFileProblems } from '../lib/content-files';
import { describeProblems } from '../lib/content-integrity';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function problemsIn(contentDir: string): string | undefined {
  const files = filesUnder(contentDir).map((path) => ({
    path: relative(process.cwd(), path),
    text: readFileSync(path, 'utf8'),
  }));
  const problems = contentFileProblems(relative(process.cwd(), contentDir), files);
  return problems.length > 0 ? describeProblems(problems) : undefined;
}

/**
 * Checks file names and YAML before Astro reads the content, so an editor's mistake
 * stops `astro build` (and the start of `astro dev`) with the file named and the fix.
 * While `astro dev` runs, each save is checked again: problems are printed, and shown in
 * the browser's error overlay, so an editor looking at the page sees what to fix.
 */
export default function contentChecks(options: { contentDir: string }): AstroIntegration {
  const contentDir = resolve(options.contentDir);
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': () => {
        const problems = problemsIn(contentDir);
        if (problems) throw new Error(problems);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir)) return;
          const problems = problemsIn(contentDir);
          if (!problems) return;
          logger.error(problems);
          server.environments.client.hot.send({ type: 'error', err: { message: problems, stack: '', plugin: 'content-checks' } });
        });
      },
    },
  };
}
