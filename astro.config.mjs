// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import { contentDir } from './src/content-location.ts';
import contentChecks from './src/integrations/content-checks.ts';
import draftPreview from './src/integrations/draft-preview.ts';
import linkCheck from './src/integrations/link-check.ts';
import { rejectUnsafeHtml } from './src/integrations/reject-unsafe-html.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import webEditor from './src/integrations/web-editor.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  // HTML whitespace rules rather than JSX ones: a line break between inline elements
  // stays a space, so "from Helen Ellis,\n{role}" never renders as "Ellis,Director".
  compressHTML: true,
  // securityHeaders and linkCheck stay last: they read the finished pages, including
  // files and inline scripts that other integrations add when the build is done.
  integrations: [
    contentChecks({ contentDir }),
    draftPreview(),
    mdx(),
    sitemap(),
    pagefind(),
    webEditor({ contentDir }),
    securityHeaders(),
    linkCheck({ contentDir }),
  ],
  // Raw HTML is parsed into elements so the check below sees what a browser would.
  markdown: { processor: satteri({ features: { rawHtml: true }, hastPlugins: [rejectUnsafeHtml] }) },
  build: { format: 'directory' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry's generated asset module with this directive and the
        // bundler warns that it drops it, naming the editor's .mdx file although nothing in
        // the file causes it (withastro/astro#18087). Every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Builds of generated or broken content (tests, the benchmark) write elsewhere, so
  // they never clobber dist/ or share a content cache with the real site.
  outDir: process.env.BUILD_OUT_DIR ?? './dist',
  cacheDir: process.env.BUILD_CACHE_DIR ?? './node_modules/.astro',
});
