// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  // HTML whitespace rules rather than JSX ones: a line break between inline elements
  // stays a space, so "from Helen Ellis,\n{role}" never renders as "Ellis,Director".
  compressHTML: true,
  integrations: [mdx(), sitemap(), pagefind()],
  build: { format: 'directory' },
  // Builds of generated or broken content (tests, the benchmark) write elsewhere, so
  // they never clobber dist/ or share a content cache with the real site.
  outDir: process.env.BUILD_OUT_DIR ?? './dist',
  cacheDir: process.env.BUILD_CACHE_DIR ?? './node_modules/.astro',
});
