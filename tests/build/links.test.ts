import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import site from '../../site.config';
import { extractLinks, linkProblems, type PageLinks } from '../../src/lib/link-check';
import { FIXTURE, LIVE, type BuiltSite } from '../support/dist';

/*
 * Every internal link and #fragment in the built sites resolves, and every external
 * address is well formed. The build already refuses broken links (src/integrations/
 * link-check.ts); this proves it on the real output and that the check had work to do.
 */

function linksOf(built: BuiltSite) {
  const files = new Set(built.files());
  const pages = new Map<string, PageLinks>(
    [...files].filter((file) => file.endsWith('.html')).map((file) => [file, extractLinks(readFileSync(join(built.root, file), 'utf8'))]),
  );
  return { files, pages, links: [...pages.values()].flatMap((page) => page.links.map((link) => link.value)) };
}

describe.each([LIVE, FIXTURE])('links in $name', (built) => {
  it('all resolve', () => {
    const { files, pages } = linksOf(built);
    expect(pages.size).toBeGreaterThan(20);
    expect(linkProblems({ origin: site.url, files, pages })).toEqual([]);
  });
});

describe('the link check covered every kind of link in the fixture site', () => {
  const { links } = linksOf(FIXTURE);

  it('internal pages, #fragments into articles and external addresses', () => {
    expect(links.filter((link) => link.startsWith('/')).length).toBeGreaterThan(200);
    expect(links).toContain('/bulletins/2026-01/');
    expect(links).toContain('/have-your-say/short-breaks-statement/');
    expect(links).toContain('#sensory-support-workshops');
    expect(links.filter((link) => link.startsWith('#') && link !== '#main').length).toBeGreaterThan(5);
    expect(links).toContain('https://example.org/local-offer');
    expect(links.filter((link) => link.startsWith('https://')).length).toBeGreaterThan(5);
  });
});
