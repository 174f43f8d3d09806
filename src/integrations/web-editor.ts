import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dump, load } from 'js-yaml';
import { adminPage } from '../lib/admin-page';
import { cmsConfig } from '../lib/cms-config';
import { contentSchemas } from '../lib/content-schemas';
import { plainReference } from '../lib/plain-reference';

/**
 * The web editor at /admin/: Decap CMS, served from the project's own copy (no outside
 * script), with a config generated from the content schemas at every build and, under
 * `astro dev`, at every request. It is not an Astro page, so it is in no sitemap, feed or
 * search index.
 */

/** Decap's browser bundle: the main file, the chunks it loads on demand, and its WebAssembly. */
function editorFiles(): { folder: string; files: string[] } {
  const folder = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  const files = readdirSync(folder).filter((name) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name));
  return { folder, files };
}

function termIds(contentDir: string, file: string): string[] {
  const path = join(contentDir, file);
  if (!existsSync(path)) return [];
  return ((load(readFileSync(path, 'utf8')) as { id: string }[] | null) ?? []).map((term) => term.id);
}

/** The config the web editor reads, generated from the schemas and the content's term lists. */
export function editorConfig(contentDir: string, localBackend: string): string {
  return dump(
    {
      ...cmsConfig(contentSchemas(plainReference), {
        termIds: { areasOfNeed: termIds(contentDir, 'areas-of-need.yaml'), audiences: termIds(contentDir, 'audiences.yaml') },
        // Set by GitHub Actions on every run, so the published editor commits to its own repository.
        repo: process.env.GITHUB_REPOSITORY ?? 'OWNER/REPOSITORY',
        branch: process.env.CMS_BRANCH ?? 'main',
      }),
      local_backend: { url: localBackend },
    },
    { lineWidth: -1, noRefs: true },
  );
}

/** Every file under /admin/, by name: the page, the config and Decap's bundle. */
export function editorAssets(contentDir: string, localBackend: string): Map<string, { type: string; body: () => string | Buffer }> {
  const { folder, files } = editorFiles();
  const assets = new Map<string, { type: string; body: () => string | Buffer }>([
    ['index.html', { type: 'text/html; charset=utf-8', body: () => adminPage(localBackend) }],
    ['config.yml', { type: 'text/yaml; charset=utf-8', body: () => editorConfig(contentDir, localBackend) }],
  ]);
  for (const file of files) {
    assets.set(file, {
      type: file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
      body: () => readFileSync(join(folder, file)),
    });
  }
  return assets;
}

/** The asset a request under /admin/ asks for, if any. */
export function editorAssetFor(assets: ReturnType<typeof editorAssets>, pathname: string) {
  if (pathname === '/admin') return assets.get('index.html');
  if (!pathname.startsWith('/admin/')) return undefined;
  return assets.get(pathname.slice('/admin/'.length) || 'index.html');
}

export default function webEditor(options: { contentDir: string }): AstroIntegration {
  const contentDir = resolve(options.contentDir);
  // An editor's computer runs the local editing server (npm run editor) on port 8081.
  const localBackend = `http://localhost:${process.env.DECAP_SERVER_PORT ?? '8081'}/api/v1`;
  return {
    name: 'web-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const assets = editorAssets(contentDir, localBackend);
        server.middlewares.use((request, response, next) => {
          const asset = editorAssetFor(assets, new URL(request.url ?? '/', 'http://preview').pathname);
          if (!asset) return next();
          response.setHeader('Content-Type', asset.type);
          response.end(asset.body());
        });
      },
      'astro:build:done': ({ dir }) => {
        const adminDir = join(fileURLToPath(dir), 'admin');
        mkdirSync(adminDir, { recursive: true });
        for (const [file, asset] of editorAssets(contentDir, localBackend)) writeFileSync(join(adminDir, file), asset.body());
      },
    },
  };
}
