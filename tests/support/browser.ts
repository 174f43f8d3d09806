import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { DIST, distFile } from './dist';

/** Debian's Chromium, which .ci/run installs; no downloaded browsers. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export const WIDTHS = [320, 768, 1280] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** Every page path the built sitemap lists, as paths on whatever host serves dist/. */
export function sitemapPaths(): string[] {
  const index = readFileSync(`${DIST}/sitemap-index.xml`, 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const paths = sitemaps.flatMap((sitemap) =>
    [...readFileSync(distFile(sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname),
  );
  if (paths.length === 0) throw new Error('dist/sitemap-index.xml lists no pages. Run npm run build first.');
  return paths;
}

/**
 * The pages the browser suite visits: the sitemap, the 404 page (through a missing
 * address, as a visitor meets it) and, once the site has search, a search with results.
 */
export function pagesToVisit(): string[] {
  const paths = sitemapPaths();
  paths.push('/this-page-does-not-exist/');
  if (existsSync(distFile('/search/'))) paths.push('/search/?q=banded+descriptors');
  return paths;
}
