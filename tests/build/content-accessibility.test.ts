import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { FIXTURE, LIVE } from '../support/dist';

/*
 * Content accessibility, read from the built pages: abbreviations explained, dates in
 * <time>, tables with captions and header cells, link text that makes sense on its own,
 * summaries shown, and the script budget for reading preferences. Every page of both sites.
 */

describe.each([LIVE, FIXTURE])('$name', (built) => {
  const { page } = built;
  const readDist = built.read;

  const pages = [...built.sitemapPaths(), '/404.html'];
  const entries = load(readFileSync(join(built.contentDir, 'glossary.yaml'), 'utf8')) as { id: string; term?: string; expansion?: string | null }[];
  /** Abbreviations, not terms. */
  const glossary = entries.filter((entry) => !entry.term);
  /** The abbreviations the bulletins expand: one whose meaning they never give is left as written. */
  const expanded = glossary.flatMap(({ id, expansion }) => (expansion ? [{ id, expansion }] : []));
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

  /** Where the site deliberately adds no brackets: names of links and controls, headings, table headers. */
  const NAME_LIKE = 'a, button, label, legend, summary, h1, h2, h3, h4, h5, h6, th, caption, dt';

  describe('abbreviations are explained where first used on each page', () => {
    test('the glossary has the abbreviations the bulletins use', () => {
      const ids = glossary.map((term) => term.id);
      for (const id of ['SEND', 'SEMH', 'SLCN', 'SCLN', 'EHCP', 'SENAR', 'DBV', 'EPS', 'AP', 'OAG', 'ICB', 'BCC', 'BPCF', 'LA', 'RAG', 'EOI', 'DfE']) {
        expect(ids).toContain(id);
      }
    });

    test.each(pages)('%s', (path) => {
      const $ = page(path);
      const problems: string[] = [];
      const mainText = clean($('main').text()).toLowerCase();
      for (const { id, expansion } of expanded) {
        const word = new RegExp(`(?<![\\p{L}\\p{N}])${id}(?![\\p{L}\\p{N}])`, 'u');
        // Text nodes in document order, to find the first use.
        const uses = $('main *')
          .contents()
          .toArray()
          .filter((node) => node.type === 'text' && word.test((node as unknown as { data: string }).data));
        if (uses.length === 0) continue;
        const first = $(uses[0]).parent();
        if (!first.is(`abbr[title^="${expansion}"]`)) problems.push(`first ${id} is not in <abbr title="${expansion}">`);
        const inText = uses.some((node) => $(node).closest(NAME_LIKE).length === 0);
        if (inText && !mainText.includes(expansion.toLowerCase())) problems.push(`${id} is used but "${expansion}" is not written out`);
      }
      expect(problems).toEqual([]);
    });

    test('every abbreviation on the site is in the glossary', () => {
      // WCAG conformance levels are names, not abbreviations.
      const notAbbreviations = new Set(['AA', 'AAA']);
      const known = new Set(glossary.map((term) => term.id));
      const missing = new Set<string>();
      for (const path of pages) {
        const $ = page(path);
        // Text node by text node: elements' text runs together where the HTML has no space between them.
        const mainText = $('main *').contents().toArray().filter((node) => node.type === 'text').map((node) => $(node).text()).join(' ');
        const words = clean(mainText).match(/(?<![\p{L}\p{N}])[A-Z][A-Za-z]*[A-Z](?=s?(?![\p{L}\p{N}]))/gu) ?? [];
        for (const word of words) if (!known.has(word) && !notAbbreviations.has(word)) missing.add(`${word} (${path})`);
      }
      expect([...missing]).toEqual([]);
    });

    test('the glossary page lists every abbreviation', () => {
      const $ = page('/glossary/');
      const listed = $('.glossary dt > abbr').toArray().map((element) => $(element).text());
      expect(listed.sort()).toEqual(glossary.map((term) => term.id).sort());
    });
  });

  const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
  const DATE_LIKE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{4}\\b|\\b${MONTH}\\s+\\d{1,2}\\b`);

  describe('every date is in a <time> element', () => {
    test.each(pages)('%s', (path) => {
      const $ = page(path);
      const body = $('body').clone();
      body.find('time, script, style').remove();
      const text = clean(body.text());
      expect(text.match(DATE_LIKE)?.[0]).toBeUndefined();
      $('time').each((_, element) => {
        const datetime = $(element).attr('datetime') ?? '';
        expect(datetime, clean($(element).text())).toMatch(/^(\d{4}-\d{2}(-\d{2}(T[\d:.]+Z)?)?)$/);
      });
    });
  });

  describe('tables, links and summaries', () => {
    test.each(pages)('%s: tables have captions and header cells', (path) => {
      const $ = page(path);
      $('table').each((_, table) => {
        expect(clean($(table).find('caption').text())).not.toBe('');
        expect($(table).find('th').length).toBeGreaterThan(0);
        $(table).find('th').each((__, th) => expect(['col', 'row', 'colgroup', 'rowgroup']).toContain($(th).attr('scope')));
      });
    });

    test.each(pages)('%s: link text makes sense out of context', (path) => {
      const $ = page(path);
      const destinations = new Map<string, string>();
      const problems: string[] = [];
      $('a[href]').each((_, link) => {
        const name = clean($(link).attr('aria-label') ?? $(link).text());
        const href = $(link).attr('href')!;
        if (!name) problems.push(`link to ${href} has no text`);
        if (/^(click )?here$|^(read )?more$|^this( link| page)?$|^link$|^find out more$/i.test(name)) problems.push(`"${name}" (${href})`);
        // Two links with the same words must go to the same place, or a list of links is ambiguous.
        const seen = destinations.get(name.toLowerCase());
        if (seen && seen !== href) problems.push(`"${name}" goes to both ${seen} and ${href}`);
        destinations.set(name.toLowerCase(), href);
      });
      expect(problems).toEqual([]);
    });

    const entryPages = pages.filter((path) => /^\/(bulletins|have-your-say)\/[^/]+\/$/.test(path));

    test('there are bulletin and consultation pages to check', () => {
      expect(entryPages.length).toBeGreaterThanOrEqual(4);
    });

    test.each(entryPages)('%s shows its plain-English summary near the top', (path) => {
      const $ = page(path);
      const summary = clean($('meta[name="description"]').attr('content') ?? '');
      expect(summary.length).toBeGreaterThanOrEqual(20);
      // The lead paragraph is the summary, with abbreviations explained, before the details.
      const lead = clean($('main .lead').first().text());
      const withoutExpansions = lead.replace(/ \([^)]*\)/g, '');
      expect(summary.replace(/ \([^)]*\)/g, '')).toBe(withoutExpansions);
    });
  });

  describe('reading preferences and privacy', () => {
    function scriptBytes($: CheerioAPI): number {
      let total = 0;
      $('script').each((_, script) => {
        const src = $(script).attr('src');
        const code = src ? readFileSync(built.file(src)) : Buffer.from($(script).text());
        total += gzipSync(code, { level: 9 }).length;
      });
      return total;
    }

    test.each(pages.filter((path) => !['/reading-preferences/', '/search/'].includes(path)))(
      '%s ships at most 1 KB of compressed script',
      (path) => {
        expect(scriptBytes(page(path))).toBeLessThanOrEqual(1024);
      },
    );

    test('every page applies saved preferences from <head>, before the body is parsed', () => {
      for (const path of pages) {
        const html = readDist(path);
        const head = html.slice(0, html.indexOf('</head>'));
        expect(head, path).toContain('localStorage.getItem("reading-preferences")');
      }
    });

    test('nothing sets a cookie, and the cookies page names what is stored', () => {
      for (const path of pages) expect(readDist(path), path).not.toMatch(/document\.cookie|Set-Cookie/i);
      const cookies = clean(page('/cookies/')('main').text());
      expect(cookies).toContain('does not use cookies');
      expect(cookies).toContain('reading-preferences');
    });

    test('the reading preferences form is real HTML: fieldsets, legends and labelled radio buttons', () => {
      const $ = page('/reading-preferences/');
      const legends = $('form fieldset > legend').toArray().map((legend) => clean($(legend).text()));
      expect(legends).toEqual(['Colours', 'Text size', 'Space between lines', 'Space between letters and words']);
      $('form input[type="radio"]').each((_, input) => {
        expect($(`label[for="${$(input).attr('id')}"]`).length).toBe(1);
      });
      expect($('form input[name="scheme"]').toArray().map((input) => $(input).attr('value'))).toEqual([
        'device',
        'light',
        'dark',
        'high-contrast',
        'cream',
      ]);
    });

    test('the footer links to reading preferences, the glossary and the cookies page', () => {
      const $ = page('/');
      const hrefs = $('footer a').toArray().map((link) => $(link).attr('href'));
      expect(hrefs).toEqual(expect.arrayContaining(['/reading-preferences/', '/glossary/', '/cookies/', '/accessibility/']));
    });
  });
});
