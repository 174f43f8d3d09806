import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import site from '../../site.config';
import { extractLinks, linkProblems, type PageLinks } from '../../src/lib/link-check';
import { DIST } from '../support/dist';

/*
 * Every internal link and #fragment in the built site resolves, and every external
 * address is well formed. The build already refuses broken links (src/integrations/
 * link-check.ts); this proves it on the real output and that the check had work to do.
 */

const files = new Set(
  readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split('\\').join('/')),
);
const pages = new Map<string, PageLinks>(
  [...files].filter((file) => file.endsWith('.html')).map((file) => [file, extractLinks(readFileSync(join(DIST, file), 'utf8'))]),
);
const links = [...pages.values()].flatMap((page) => page.links.map((link) => link.value));

describe('links in the built site', () => {
  it('all resolve', () => {
    expect(linkProblems({ origin: site.url, files, pages })).toEqual([]);
  });

  it('include internal pages, #fragments into articles and external addresses, so the check covered each kind', () => {
    expect(links.filter((link) => link.startsWith('/')).length).toBeGreaterThan(200);
    expect(links).toContain('/bulletins/2026-02/');
    expect(links.filter((link) => link.startsWith('#') && link !== '#main').length).toBeGreaterThan(5);
    expect(links.filter((link) => link.startsWith('https://')).length).toBeGreaterThan(5);
  });
});
