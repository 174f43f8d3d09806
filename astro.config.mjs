// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import site from './site.config.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  // HTML whitespace rules rather than JSX ones: a line break between inline elements
  // stays a space, so "from Helen Ellis,\n{role}" never renders as "Ellis,Director".
  compressHTML: true,
  integrations: [mdx()],
  build: { format: 'directory' },
});
