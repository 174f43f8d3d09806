import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = join(process.cwd(), 'dist');

/** The built file for a site path: "/events/" reads dist/events/index.html. */
export function distFile(sitePath: string): string {
  const relative = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return join(DIST, relative);
}

export function readDist(sitePath: string): string {
  const file = distFile(sitePath);
  if (!existsSync(file)) throw new Error(`Expected the build to write ${sitePath} (${file}), but it is not there.`);
  return readFileSync(file, 'utf8');
}

export function page(sitePath: string): CheerioAPI {
  return load(readDist(sitePath));
}

/** Text as a reader hears it: whitespace collapsed. */
export function text($: CheerioAPI, selector = 'main'): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
