import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { basePathOf } from '../lib/routes';
import { sourceOfPage } from './source-of-page';
import { describeLinkProblems, extractLinks, linkProblems, type PageLinks } from '../lib/link-check';


/**
 * Fails the build when a built page links to something that does not exist. Keep it
 * last in the integrations list, so it sees files other integrations add at the end.
 */
export default function linkCheck(options: { contentDir: string }): AstroIntegration {
  let origin = 'https://example.invalid';
  let base = '/';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site;
        base = basePathOf(new URL(config.base, 'https://example.invalid').href);
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const files = new Set(
          readdirSync(outDir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/')),
        );
        const pages = new Map<string, PageLinks>();
        for (const file of files) {
          if (file.endsWith('.html')) pages.set(file, extractLinks(readFileSync(join(outDir, file), 'utf8')));
        }
        const problems = linkProblems({ origin, base, files, pages });
        if (problems.length === 0) return;
        throw new Error(describeLinkProblems(problems, (page) => sourceOfPage(options.contentDir, page)));
      },
    },
  };
}
