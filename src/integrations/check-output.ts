import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitePathOf } from '../lib/link-check';
import { entryOfPath } from '../lib/routes';
import { sourceOfPage } from './source-of-page';
import { feedItemHtml, outputProblems } from '../lib/output-safety';

/** A bulletin page bigger than this is slow on a phone, and its feed item bigger still. */
const LARGE_PAGE_BYTES = 100 * 1024;

/**
 * Reads every finished page and feed back, and fails the build when one has an element,
 * attribute or address the site never writes (src/lib/output-safety.ts). It also warns
 * about bulletin pages too big for a phone.
 */
export default function checkOutput(options: { contentDir: string }): AstroIntegration {
  let origin: string | undefined;
  return {
    name: 'check-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const found: string[] = [];
        for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !/\.(html|xml)$/.test(entry.name)) continue;
          const file = join(entry.parentPath, entry.name);
          const sitePath = sitePathOf(relative(outDir, file));
          const text = readFileSync(file, 'utf8');
          const problems = entry.name.endsWith('.html')
            ? outputProblems(text, entry.name === 'email.html' ? 'email' : 'page', origin)
            : feedItemHtml(text).flatMap((html) => outputProblems(html, 'feed item', origin));
          if (problems.length > 0) {
            const source = sourceOfPage(options.contentDir, sitePath);
            found.push(`${source ? `${source} (the page ${sitePath})` : sitePath}\n${[...new Set(problems)].map((problem) => `    - ${problem}`).join('\n')}`);
          }
          if (entryOfPath(sitePath)?.kind === 'bulletin' && entry.name === 'index.html' && statSync(file).size > LARGE_PAGE_BYTES) {
            const source = sourceOfPage(options.contentDir, sitePath) ?? sitePath;
            logger.warn(
              `${source} makes a page of ${Math.round(statSync(file).size / 1024)} KB, over ${LARGE_PAGE_BYTES / 1024} KB: slow to open on a phone, and as big again in every feed. Move long documents to a linked file, or split the bulletin.`,
            );
          }
        }
        if (found.length === 0) return;
        throw new Error(
          `The built site has markup the site never writes, so it was not published. It most likely came from a content file's text or fields:\n  ${found.join('\n  ')}\nRemove the HTML or the odd characters from that file (see "What the text may contain" in docs/editing.md). If no content file is named, the site's own code wrote it: report it to whoever looks after the site.`,
        );
      },
    },
  };
}
