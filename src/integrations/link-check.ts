import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeLinkProblems, extractLinks, linkProblems, type PageLinks } from '../lib/link-check';

/** Pages made from one content file, so a broken link is reported against the file an editor can open. */
const SOURCE_FOLDERS: Record<string, string> = { bulletins: 'bulletins', events: 'events', 'have-your-say': 'consultations' };

/**
 * Fails the build when a built page links to something that does not exist. Keep it
 * last in the integrations list, so it sees files other integrations add at the end.
 */
export default function linkCheck(options: { contentDir: string }): AstroIntegration {
  let origin = 'https://example.invalid';
  let base = '';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site;
        base = config.base.replace(/\/+$/, '');
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
        const sourceOf = (page: string) => {
          const [, section, id] = page.split('/');
          const folder = SOURCE_FOLDERS[section];
          if (!folder || !id) return undefined;
          const source = ['.md', '.mdx']
            .map((extension) => join(options.contentDir, folder, `${id}${extension}`))
            .find((path) => existsSync(path));
          return source && relative(process.cwd(), source);
        };
        throw new Error(describeLinkProblems(problems, sourceOf));
      },
    },
  };
}
