import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { GeneratedPage } from './generate-archive.ts';
import { fileForPath } from '../serve/static-server.ts';

/*
 * "No JavaScript needed to read": every generated page's own words must already be in
 * the HTML the server sends, inside <main>, not added later by a script.
 */

/** Text compared the way a reader sees it: typographic quotes and dashes, spacing and case ignored. */
export function comparable(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A page's visible text less the expansions the site adds after an abbreviation's first
 * use ("AP (alternative provision)"): they are extra words, not missing ones, so a
 * generated sentence is still found whole.
 */
export function withoutExpansions(text: string, expansions: readonly string[]): string {
  return expansions.reduce((rest, expansion) => rest.replace(expansion, ' '), text);
}

export interface Unreadable {
  path: string;
  missing: string[];
}

/** Pages whose raw HTML lacks some of their own text (or that were not built at all). */
export function pagesUnreadableWithoutJavaScript(outDir: string, pages: GeneratedPage[]): Unreadable[] {
  const problems: Unreadable[] = [];
  for (const { path, probes } of pages) {
    const file = fileForPath(outDir, path);
    if (!file) {
      problems.push({ path, missing: ['the page itself'] });
      continue;
    }
    const $ = load(readFileSync(file, 'utf8'));
    // Expansions the site adds to a first abbreviation ("SLCN (speech, language and
    // communication needs)") are extra words, not missing ones.
    $('main script, main template, main noscript, main .expansion').remove();
    const main = comparable($('main').text());
    const missing = probes.filter((probe) => !main.includes(comparable(probe)));
    if (missing.length > 0) problems.push({ path, missing });
  }
  return problems;
}
