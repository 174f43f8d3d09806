import { resolveNow } from './lib/london-time.ts';

/*
 * Every environment variable the build reads, declared and checked in one place. Editors
 * and councils never need them; tests, the benchmark and deployments do.
 */
export const environment = {
  /** SITE_URL: where the site is published; overrides site.config.ts's url for a deployment. */
  siteUrl: process.env.SITE_URL || undefined,
  /** SITE_NOW: the moment the site is built as (ISO 8601), for previews and tests; the real time otherwise. */
  now: resolveNow(process.env.SITE_NOW),
  /** CONTENT_DIR: the content folder; tests and the benchmark point it at other content. */
  contentDir: process.env.CONTENT_DIR || './content',
  /** BUILD_OUT_DIR and BUILD_CACHE_DIR: where a build of other content writes, so it never clobbers dist/. */
  outDir: process.env.BUILD_OUT_DIR || './dist',
  cacheDir: process.env.BUILD_CACHE_DIR || './node_modules/.astro',
} as const;
