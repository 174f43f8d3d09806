import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Pagefind writes its ready-made search interfaces beside the index. The search page has
 * its own (src/client/search-page.ts), so they are not published: unused scripts on the
 * site's own origin are scripts that injected markup could load past the policy.
 */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

function removeUnusedUi(outputPath: string): void {
  for (const name of readdirSync(outputPath)) {
    if (UNUSED_UI.test(name)) rmSync(join(outputPath, name));
  }
}

/**
 * Builds the search index from the finished HTML, so search finds exactly what the pages
 * say. Any problem Pagefind reports stops the build: a site whose search silently broke
 * would look fine until a family tried to use it.
 */
export async function indexSite(siteDir: string): Promise<{ pageCount: number }> {
  const fail = (step: string, errors: string[]) =>
    new Error(`Search index: Pagefind failed while ${step}:\n  - ${errors.join('\n  - ')}`);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw fail('starting', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw fail(`reading ${siteDir}`, added.errors);
    if (added.page_count === 0) {
      throw fail(`reading ${siteDir}`, ['it found no pages to index. Pages need data-pagefind-body on their main content.']);
    }
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw fail('writing the index', written.errors);
    removeUnusedUi(outputPath);
    return { pageCount: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pageCount } = await indexSite(fileURLToPath(dir));
        logger.info(`Indexed ${pageCount} pages for search.`);
      },
    },
  };
}
