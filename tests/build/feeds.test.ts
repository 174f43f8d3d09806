import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { FIXTURE } from '../support/dist';

/*
 * Every feed in dist/ is read by rss-parser, a real feed-reader library, and checked against
 * the pages the same build wrote: the fixture site's, which has every kind of entry and an
 * MDX bulletin.
 */

const DIST = FIXTURE.root;
const { page, read: readDist } = FIXTURE;

type Item = Parser.Item & { 'content:encoded'?: string; 'dc:creator'?: string };
type Feed = Parser.Output<Item> & { language?: string };

const parser = new Parser<Feed, Item>({ customFields: { feed: ['language'], item: ['dc:creator'] } });

const absolute = (path: string) => new URL(path, site.url).href;

/** Entry pages in a section: /events/<id>/ for every folder holding an index.html. */
function entryPages(section: string): string[] {
  return readdirSync(join(DIST, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(DIST, section, entry.name, 'index.html')))
    .map((entry) => `/${section}/${entry.name}/`)
    .sort();
}

function rssFilesIn(folder: string): string[] {
  return readdirSync(join(DIST, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('rss.xml'))
    .map((file) => `/${join(folder, file)}`.replace(/\/+/g, '/').replace(/^\/\.\//, '/'));
}

const areaPages = () => entryPages('areas-of-need');
const expectedFeeds = () => [
  '/rss.xml',
  '/bulletins/rss.xml',
  '/events/rss.xml',
  '/have-your-say/rss.xml',
  ...[...areaPages(), ...entryPages('for')].map((path) => `${path}rss.xml`),
];

const feeds = new Map<string, Feed>();
const raw = new Map<string, string>();

beforeAll(async () => {
  for (const path of expectedFeeds()) {
    const text = readDist(path);
    raw.set(path, text);
    feeds.set(path, await parser.parseString(text));
  }
});

const links = (feed: Feed) => feed.items.map((item) => item.link).sort();

describe('feeds', () => {
  it('exist for everything, each section, each area of need and each audience, and nowhere else', () => {
    const found = rssFilesIn('.').sort();
    expect(found).toEqual([...expectedFeeds()].sort());
    expect(areaPages().length).toBeGreaterThan(0);
  });

  it('are RSS 2.0 with a title, language and an atom:link to themselves, and no XSL stylesheet browsers warn about', () => {
    for (const [path, feed] of feeds) {
      const text = raw.get(path)!;
      expect(text).toMatch(/<rss version="2.0"/);
      expect(text).not.toContain('<?xml-stylesheet');
      expect(feed.title).toMatch(new RegExp(`^${site.name}: `));
      expect(feed.language).toBe(site.language.toLowerCase());
      const self = load(text, { xml: true })('rss > channel > atom\\:link[rel="self"]');
      expect(self.length, path).toBe(1);
      expect(self.attr('href'), path).toBe(absolute(path));
      expect(self.attr('type')).toBe('application/rss+xml');
    }
  });

  it('hold one item per published bulletin, event and request, in their own feeds', () => {
    expect(links(feeds.get('/bulletins/rss.xml')!)).toEqual(entryPages('bulletins').map(absolute));
    expect(links(feeds.get('/events/rss.xml')!)).toEqual(entryPages('events').map(absolute));
    expect(links(feeds.get('/have-your-say/rss.xml')!)).toEqual(entryPages('have-your-say').map(absolute));
    expect(links(feeds.get('/rss.xml')!)).toEqual(
      [...entryPages('bulletins'), ...entryPages('events'), ...entryPages('have-your-say')].map(absolute).sort(),
    );
  });

  it("hold exactly the events and requests an area of need's page lists", () => {
    for (const area of areaPages()) {
      const hrefs = page(area)('main a')
        .map((_, link) => page(area)(link).attr('href'))
        .get()
        .filter((href) => /^\/(events|have-your-say)\/[^/]+\/$/.test(href))
        .map(absolute);
      expect(links(feeds.get(`${area}rss.xml`)!)).toEqual([...new Set(hrefs)].sort());
    }
  });

  it('give each item a stable GUID (its permanent address), a date and a description', () => {
    for (const [path, feed] of feeds) {
      for (const item of feed.items) {
        expect(item.guid, path).toBe(item.link);
        expect(raw.get(path)).toContain(`<guid isPermaLink="true">${item.link}</guid>`);
        expect(Number.isNaN(Date.parse(item.pubDate ?? '')), `${item.link} pubDate`).toBe(false);
        expect(item.content?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it('date bulletins from their issue month, and events and requests from the bulletin that announced them', () => {
    const everything = feeds.get('/rss.xml')!;
    const dateOf = (link: string) => new Date(everything.items.find((item) => item.link === link)!.pubDate!).toISOString();
    for (const bulletinPath of entryPages('bulletins')) {
      const issue = page(bulletinPath)('article .meta time').attr('datetime')!;
      // The source bulletins give no publish day: the first of the month, London time (GMT in these months).
      expect(dateOf(absolute(bulletinPath)).slice(0, 10)).toBe(`${issue}-01`);
      const announced = [...entryPages('events'), ...entryPages('have-your-say')].filter(
        (path) => page(path)(`a[href="${bulletinPath}"]`).length > 0,
      );
      expect(announced.length).toBeGreaterThan(0);
      for (const path of announced) expect(dateOf(absolute(path))).toBe(dateOf(absolute(bulletinPath)));
    }
  });

  it('carry the same date and abbreviation markup as the pages', () => {
    const items = feeds.get('/bulletins/rss.xml')!.items;
    for (const bulletinPath of entryPages('bulletins')) {
      const $ = page(bulletinPath);
      const content = load(items.find((item) => item.link === absolute(bulletinPath))!['content:encoded']!);
      const times = (doc: typeof $, scope: string) =>
        doc(`${scope} time`).map((_, time) => `${doc(time).attr('datetime')} ${doc(time).text()}`).get().sort();
      expect(times(content, ':root').length).toBeGreaterThan(0);
      for (const time of times($, '.prose')) expect(times(content, ':root')).toContain(time);
      const explained = (doc: typeof $) =>
        new Set(doc('abbr').map((_, abbr) => `${doc(abbr).text().replace(/[’']s$/, '')}: ${doc(abbr).attr('title')}`).get());
      const onPage = explained($);
      expect(explained(content).size).toBeGreaterThan(0);
      for (const abbreviation of explained(content)) expect(onPage, abbreviation).toContain(abbreviation);
    }
  });

  it('carry every article of a bulletin in full, including the MDX timetable', () => {
    const items = feeds.get('/bulletins/rss.xml')!.items;
    for (const bulletinPath of entryPages('bulletins')) {
      const $ = page(bulletinPath);
      // Both explain abbreviations in brackets where first used, which need not be the same place.
      $('.expansion').remove();
      const content = load(items.find((item) => item.link === absolute(bulletinPath))!['content:encoded']!);
      content('.expansion').remove();
      const headings = $('.prose h2').map((_, heading) => $(heading).text().trim()).get();
      expect(headings.length).toBeGreaterThan(1);
      expect(content('h2').map((_, heading) => content(heading).text().trim()).get()).toEqual(headings);
      // Every paragraph of the bulletin body reaches the reader.
      const paragraphs = $('.prose > p').map((_, p) => $(p).text().replace(/\s+/g, ' ').trim()).get();
      const feedText = content.root().text().replace(/\s+/g, ' ');
      expect(paragraphs.length).toBeGreaterThan(5);
      for (const paragraph of paragraphs) expect(feedText).toContain(paragraph);
      if ($('.prose table').length > 0) {
        const rows = $('.prose table tbody tr').length;
        expect(content('table tbody tr').length).toBe(rows);
      }
    }
    const timetable = items.flatMap((item) => (item['content:encoded']?.includes('<table') ? [item] : []));
    expect(timetable.length).toBeGreaterThan(0);
  });

  it('carry sanitised HTML whose links all work outside the site', () => {
    for (const [path, feed] of feeds) {
      for (const item of feed.items) {
        const $ = load(item['content:encoded']!);
        // The one class a feed keeps marks an abbreviation's written-out expansion, as on the page.
        expect($('script, style, iframe, form, [style], [class]:not(span.expansion), [onclick]').length, `${path} ${item.link}`).toBe(0);
        for (const element of $('a[href], img[src]').toArray()) {
          const target = $(element).attr('href') ?? $(element).attr('src')!;
          expect(target, `${path} ${item.link}`).toMatch(/^(https?:|mailto:)/);
        }
      }
    }
  });

  it('point internal links at pages and calendar files that the build wrote', () => {
    const internal = new Set<string>();
    for (const feed of feeds.values()) {
      for (const item of feed.items) {
        const $ = load(item['content:encoded']!);
        $('a[href]').each((_, link) => {
          const href = $(link).attr('href')!;
          if (href.startsWith(site.url)) internal.add(new URL(href).pathname);
        });
      }
    }
    expect(internal.size).toBeGreaterThan(0);
    for (const path of internal) expect(() => readDist(path), path).not.toThrow();
  });

  it("name each bulletin's author as dc:creator", () => {
    for (const item of feeds.get('/bulletins/rss.xml')!.items) {
      const $ = page(new URL(item.link!).pathname);
      expect($('article .meta').text()).toContain(item['dc:creator']);
    }
  });
});

describe('feed autodiscovery', () => {
  const htmlPages = () =>
    readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind') && !file.startsWith('admin/'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);

  it('points every page at the everything feed, and section pages at their own feed first', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const alternates = page(path)('head link[rel="alternate"][type="application/rss+xml"]')
        .map((_, link) => page(path)(link).attr('href'))
        .get();
      expect(alternates, path).toContain('/rss.xml');
      for (const href of alternates) expect(existsSync(join(DIST, href)), `${path} → ${href}`).toBe(true);
      const section = ['/bulletins/', '/events/', '/have-your-say/'].find((prefix) => path.startsWith(prefix));
      if (section) expect(alternates[0], path).toBe(`${section}rss.xml`);
    }
    for (const area of areaPages()) {
      expect(page(area)('head link[rel="alternate"]').first().attr('href')).toBe(`${area}rss.xml`);
    }
  });
});
