import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';

/*
 * Images that do not shift the page and do not cost data before they are seen: each
 * <img> has width and height, loads lazily, and gives sizes with any srcset (which is
 * what astro:assets' <Image> and <Picture> write).
 */
export function checkImages(outDir: string, paths: string[]): { total: number; problems: string[] } {
  let total = 0;
  const problems: string[] = [];
  for (const path of paths) {
    const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
    if (!html.includes('<img')) continue;
    const $ = load(html);
    $('img').each((_, element) => {
      total++;
      const image = $(element);
      const name = `${path} <img src="${image.attr('src')}">`;
      if (!image.attr('width') || !image.attr('height')) problems.push(`${name} has no width and height`);
      if (image.attr('loading') !== 'lazy') problems.push(`${name} is not loading="lazy"`);
      if (image.attr('srcset') && !image.attr('sizes')) problems.push(`${name} has srcset without sizes`);
    });
  }
  return { total, problems };
}
