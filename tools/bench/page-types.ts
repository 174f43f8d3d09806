import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The kinds of page the benchmark reports on, each recognised by its address. */
export const PAGE_TYPES = [
  { name: 'home', pattern: /^\/$/ },
  { name: 'bulletin', pattern: /^\/bulletins\/[^/]+\/$/ },
  { name: 'bulletin archive', pattern: /^\/bulletins\/$/ },
  { name: 'event', pattern: /^\/events\/[^/]+\/$/ },
  { name: 'events list', pattern: /^\/events\/$/ },
  { name: 'past events of a year', pattern: /^\/events\/past\/\d{4}\/$/ },
  { name: 'consultation', pattern: /^\/have-your-say\/[^/]+\/$/ },
  { name: 'have-your-say list', pattern: /^\/have-your-say\/$/ },
  { name: 'closed in a year', pattern: /^\/have-your-say\/closed\/\d{4}\/$/ },
  { name: 'area of need', pattern: /^\/areas-of-need\/[^/]+\/$/ },
  { name: 'search', pattern: /^\/search\/$/ },
] as const;

export type PageTypeName = (typeof PAGE_TYPES)[number]['name'];

/** Pages that carry one entry's own text, as opposed to lists and search. */
export const CONTENT_PAGE_TYPES: PageTypeName[] = ['bulletin', 'event', 'consultation'];

export interface PageTypeStats {
  name: PageTypeName;
  pages: number;
  /** The page of this type with the largest HTML: the worst case a visitor meets. */
  largest?: string;
  medianHtmlGzip: number;
  largestHtmlGzip: number;
}

/** Every built HTML page as a site address: dist/events/index.html is /events/. */
export function sitePaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const folder = relative(outDir, entry.parentPath).split(sep).join('/');
      return folder === '' ? '/' : `/${folder}/`;
    });
}

export function pageTypeStats(outDir: string): PageTypeStats[] {
  const paths = sitePaths(outDir);
  return PAGE_TYPES.map(({ name, pattern }) => {
    const sizes = paths
      .filter((path) => pattern.test(path))
      .map((path) => ({ path, gzip: gzipSync(readFileSync(join(outDir, path, 'index.html')), { level: 6 }).length }))
      .sort((a, b) => a.gzip - b.gzip);
    return {
      name,
      pages: sizes.length,
      largest: sizes.at(-1)?.path,
      medianHtmlGzip: sizes[Math.floor(sizes.length / 2)]?.gzip ?? 0,
      largestHtmlGzip: sizes.at(-1)?.gzip ?? 0,
    };
  });
}
