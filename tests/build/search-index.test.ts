import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind';
import { FIXTURE } from '../support/dist';

const DIST = FIXTURE.root;
const { page, read: readDist } = FIXTURE;

const htmlPages = () =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);

const entryPage = /^\/(bulletins|events|have-your-say)\/[^/]+\/$/;

describe('search index', () => {
  it('is written by the build', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('holds only bulletins, events and requests to have your say', () => {
    const entries = htmlPages().filter((path) => entryPage.test(path));
    const manifest = JSON.parse(readDist('/pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(manifest.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(entries.length);
  });

  it('indexes only the main content: data-pagefind-body once, on the article inside <main>', () => {
    for (const path of htmlPages()) {
      const $ = page(path);
      const bodies = $('[data-pagefind-body]');
      if (entryPage.test(path)) {
        expect(bodies.length, path).toBe(1);
        expect(bodies.is('main > article, main article'), path).toBe(true);
        expect(bodies.find('h1').length, path).toBe(1);
      } else {
        expect(bodies.length, path).toBe(0);
      }
    }
  });

  it('keeps the contents list out of bulletin results so sub-results come from the articles', () => {
    for (const path of htmlPages().filter((candidate) => candidate.startsWith('/bulletins/') && entryPage.test(candidate))) {
      const $ = page(path);
      expect($('nav.contents').attr('data-pagefind-ignore'), path).toBeDefined();
      const articleHeadings = $('.prose h2');
      expect(articleHeadings.length).toBeGreaterThan(1);
      articleHeadings.each((_, heading) => expect($(heading).attr('id'), $(heading).text()).toMatch(/^[a-z0-9-]+$/));
    }
  });

  it('keeps lists of other entries out of the index, so excerpts come from the matching text', () => {
    const lists = ['#other-sessions', '#related-events', '#events-in-this-bulletin', '#have-your-say-in-this-bulletin'];
    const seen = new Set<string>();
    for (const path of htmlPages().filter((candidate) => entryPage.test(candidate))) {
      const $ = page(path);
      for (const heading of lists) {
        const section = $(heading).closest('section');
        if (section.length === 0) continue;
        seen.add(heading);
        expect(section.closest('[data-pagefind-ignore]').length, `${path} ${heading}`).toBe(1);
      }
    }
    // The fixture has a series, a request with its events and bulletins announcing both.
    expect([...seen].sort()).toEqual([...lists].sort());
  });

  it('tags every indexed page with its content type and year, and events with their terms', () => {
    const typeFor = { bulletins: 'Bulletin', events: 'Event', 'have-your-say': 'Have your say' } as const;
    for (const path of htmlPages().filter((candidate) => entryPage.test(candidate))) {
      const $ = page(path);
      const values = (name: string) => $(`[data-pagefind-filter="${name}"]`).map((_, tag) => $(tag).text()).get();
      const section = path.split('/')[1] as keyof typeof typeFor;
      expect(values('type'), path).toEqual([typeFor[section]]);
      expect(values('year')[0], path).toMatch(/^20\d\d$/);
      if (section === 'events') {
        const shownAreas = $('.summary-list dt:contains("Area of need") + dd li').map((_, li) => $(li).text().trim()).get();
        expect(values('area'), path).toEqual(shownAreas);
        expect(values('year'), path).toEqual([$('.summary-list time').first().attr('datetime')!.slice(0, 4)]);
      }
      expect($('[data-pagefind-filter]').closest('[hidden]').length, path).toBeGreaterThan(0);
    }
  });

  it('fails loudly when there is nothing to index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pagefind-empty-'));
    await expect(indexSite(empty)).rejects.toThrow(/Pagefind failed/);
  });
});

describe('the search page', () => {
  it('has a labelled search box in a GET form that keeps the query in ?q=', () => {
    const $ = page('/search/');
    const form = $('form[role="search"]');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe('/search/');
    const input = form.find('input[name="q"]');
    expect($(`label[for="${input.attr('id')}"]`).text().trim().length).toBeGreaterThan(5);
  });

  it('offers filters for content type, area of need, audience and year, each in a labelled group', () => {
    const $ = page('/search/');
    const groups = $('fieldset').map((_, fieldset) => ({
      legend: $(fieldset).find('legend').text().trim(),
      names: [...new Set($(fieldset).find('input[type="checkbox"]').map((_, box) => $(box).attr('name')).get())],
      labelled: $(fieldset)
        .find('input[type="checkbox"]')
        .toArray()
        .every((box) => $(`label[for="${$(box).attr('id')}"]`).text().trim() !== ''),
    })).get();
    expect(groups.map((group) => group.names)).toEqual([['type'], ['area'], ['audience'], ['year']]);
    for (const group of groups) {
      expect(group.legend).not.toBe('');
      expect(group.labelled).toBe(true);
    }
  });

  it('says without JavaScript that search needs it, and links to the archives', () => {
    const $ = page('/search/');
    const message = $('[data-search-unavailable]');
    expect(message.attr('hidden')).toBeUndefined();
    expect(message.text()).toMatch(/needs JavaScript/);
    const links = message.find('a').map((_, link) => $(link).attr('href')).get();
    expect(links).toEqual(expect.arrayContaining(['/bulletins/', '/events/', '/have-your-say/']));
    expect($('form[role="search"]').attr('hidden')).toBeDefined();
  });

  it('carries the glossary for the search script as attributes only: nothing shown, read out or indexed', () => {
    const $ = page('/search/');
    const data = $('[data-search-glossary]');
    expect(data.attr('hidden')).toBeDefined();
    expect(data.text().trim()).toBe('');
    const entries = data.children('[data-name]').map((_, entry) => $(entry).data()).get() as Record<string, string>[];
    const senco = entries.find((entry) => entry.name === 'SENCO');
    expect(senco).toMatchObject({ expansion: 'special educational needs coordinator', href: '/glossary/#senco' });
    // A term has no expansion, and is found by the other ways the bulletins write it.
    const term = entries.find((entry) => entry.name === 'banded descriptors');
    expect(term).toMatchObject({ href: '/glossary/#banded-descriptors' });
    expect(term?.expansion).toBeUndefined();
    expect(String(term?.alsoWritten).split('|')).toContain('band descriptors');
  });

  it('publishes the words of the indexed pages for "did you mean", most used first', () => {
    const words = JSON.parse(readDist('/search-words.json')) as string[];
    expect(words.every((word) => /^\p{Ll}{4,}$/u.test(word))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
    expect(words).toEqual(expect.arrayContaining(['autism', 'workshop', 'coordinator']));
    // Addresses and markup are not words a page shows.
    expect(words).not.toContain('https');
    expect(words).not.toContain('workshoptimetable');
    // Nor are the names of the collections an entry refers to.
    expect(words).not.toContain('areasofneed');
    // Many pages say "workshop"; only the glossary's meaning of SENCO says "coordinator".
    expect(words.indexOf('workshop')).toBeLessThan(words.indexOf('coordinator'));
    // A draft bulletin's words are not published.
    expect(words).not.toContain('finished');
  });

  it('does not load Pagefind until someone searches', () => {
    const html = readDist('/search/');
    expect(html).not.toContain('/pagefind/');
    const scripts = page('/search/')('script[src]').map((_, script) => page('/search/')(script).attr('src')).get();
    expect(scripts).toHaveLength(1);
    const code = readFileSync(join(DIST, scripts[0]), 'utf8');
    expect(code).toMatch(/import\(/);
    expect(code).toContain('pagefind/pagefind.js');
  });

  it('keeps search code off content pages', () => {
    for (const path of ['/', '/bulletins/2026-01/', '/events/']) {
      expect(readDist(path), path).not.toContain('pagefind.js');
      const searchScript = page('/search/')('script[src]').attr('src')!;
      expect(readDist(path), path).not.toContain(searchScript);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('list the search and subscribe pages, and point crawlers at the sitemap', () => {
    const sitemap = readdirSync(DIST)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(DIST, file), 'utf8'))
      .join('');
    expect(sitemap).toContain('/search/</loc>');
    expect(sitemap).toContain('/subscribe/</loc>');
    expect(readDist('/robots.txt')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  });
});
