import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The yardstick: the Astro project anyone would write for the same Markdown. Glob
 * loaders with loose schemas, one page per bulletin, event and consultation that
 * renders <Content />, and an index. No layout, no lists, no validation. It reuses this
 * repository's node_modules, so both builds run the same Astro.
 *
 * With `search`, the same project also indexes its entry pages with Pagefind's Node API
 * when the build is done, as Pagefind's documentation shows: the least a searchable site
 * must do, printed beside the budget for reading it, not judged.
 */

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2),

  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.CONTENT_DIR;
const loose = z.looseObject({ title: z.string() });
const collection = (folder: string) =>
  defineCollection({ loader: glob({ base: \`\${contentDir}/\${folder}\`, pattern: '**/*.md' }), schema: loose });

export const collections = {
  bulletins: collection('bulletins'),
  events: collection('events'),
  consultations: collection('consultations'),
};
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const bulletins = await getCollection('bulletins');
---
<html lang="en"><head><meta charset="utf-8" /><title>Bulletins</title></head>
<body><h1>Bulletins</h1><ul>{bulletins.map((b) => <li><a href={\`/bulletins/\${b.id}/\`}>{b.data.title}</a></li>)}</ul></body></html>
`,
};

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({
  outDir: process.env.BUILD_OUT_DIR,
  cacheDir: process.env.BUILD_CACHE_DIR,
});
`;

const SEARCHABLE_CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
export default defineConfig({
  outDir: process.env.BUILD_OUT_DIR,
  cacheDir: process.env.BUILD_CACHE_DIR,
  integrations: [{
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { index } = await pagefind.createIndex({});
        await index.addDirectory({ path: fileURLToPath(dir) });
        await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        await pagefind.close();
      },
    },
  }],
});
`;

function entryPage(collection: string, search: boolean): string {
  return `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('${collection}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main${search ? ' data-pagefind-body' : ''}><h1>{entry.data.title}</h1><Content /></main></body></html>
`;
}

/** Writes the bare project into `dir` (emptied first) and returns it. */
export function writeBareProject(dir: string, repoNodeModules: string, options: { search: boolean } = { search: false }): string {
  rmSync(dir, { recursive: true, force: true });
  const files = {
    ...FILES,
    'astro.config.mjs': options.search ? SEARCHABLE_CONFIG : CONFIG,
    'src/pages/bulletins/[id].astro': entryPage('bulletins', options.search),
    'src/pages/events/[id].astro': entryPage('events', options.search),
    'src/pages/have-your-say/[id].astro': entryPage('consultations', options.search),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(repoNodeModules, join(dir, 'node_modules'), 'dir');
  return dir;
}
