import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { FIXTURE_CONTENT, FIXTURE_OUT, LIVE_CONTENT, LIVE_OUT } from './sites';

/** A built site on disk, read as a visitor would address it. */
export interface BuiltSite {
  /** Names the site in test titles and messages. */
  name: string;
  /** The built site. */
  root: string;
  /** The content folder it was built from. */
  contentDir: string;
  /** The built file for a site path: "/events/" is <root>/events/index.html. */
  file(sitePath: string): string;
  read(sitePath: string): string;
  page(sitePath: string): CheerioAPI;
  /** Every file the build wrote, as paths from the root with forward slashes ("events/index.html"). */
  files(): string[];
  /** Every page path the built sitemap lists. */
  sitemapPaths(): string[];
  /**
   * The pages a browser sweep visits: the sitemap, the 404 page (through a missing address,
   * as a visitor meets it) and a search with results.
   */
  pagesToVisit(): string[];
}

export function builtSite(name: string, root: string, contentDir: string): BuiltSite {
  const file = (sitePath: string) => join(root, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  const read = (sitePath: string) => {
    const path = file(sitePath);
    if (!existsSync(path)) throw new Error(`Expected the build of ${name} to write ${sitePath} (${path}), but it is not there.`);
    return readFileSync(path, 'utf8');
  };
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const sitemapPaths = () => {
    const paths = locs(read('/sitemap-index.xml')).flatMap((sitemap) => locs(read(sitemap)));
    if (paths.length === 0) throw new Error(`The sitemap of ${name} lists no pages.`);
    return paths;
  };
  return {
    name,
    root,
    contentDir,
    file,
    read,
    page: (sitePath) => load(read(sitePath)),
    files: () =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/')),
    sitemapPaths,
    pagesToVisit: () => [...sitemapPaths(), '/this-page-does-not-exist/', '/search/?q=workshop'],
  };
}

/** Built from tests/fixtures/site/: assert its strings, statuses and counts freely. */
export const FIXTURE = builtSite('the fixture site', FIXTURE_OUT, FIXTURE_CONTENT);

/** Built from content/: assert invariants only, never strings the next bulletin would change. */
export const LIVE = builtSite('the live site', LIVE_OUT, LIVE_CONTENT);

/** Text as a reader hears it: whitespace collapsed. */
export function text($: CheerioAPI, selector = 'main'): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
