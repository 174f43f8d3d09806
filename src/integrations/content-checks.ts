import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentFileProblems } from '../lib/content-files';
import { describeProblems } from '../lib/content-integrity';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Checks file names and YAML before Astro reads the content, in `astro build` and
 * `astro dev` alike, so an editor's mistake stops with the file named and the fix.
 */
export default function contentChecks(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': () => {
        const contentDir = relative(process.cwd(), options.contentDir);
        const files = filesUnder(options.contentDir).map((path) => ({
          path: relative(process.cwd(), path),
          text: readFileSync(path, 'utf8'),
        }));
        const problems = contentFileProblems(contentDir, files);
        if (problems.length > 0) throw new Error(describeProblems(problems));
      },
    },
  };
}
