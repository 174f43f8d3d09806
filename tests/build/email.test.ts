import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { simpleParser } from 'mailparser';
import { describe, expect, test } from 'vitest';
import site from '../../site.config';
import { EMAIL_SIZE_LIMIT } from '../../src/lib/email/email-size';
import { overlongLines } from '../../src/lib/email/email-text';
import { LIVE } from '../support/dist';

const DIST = LIVE.root;
const page = LIVE.page;
const readDist = LIVE.read;

/*
 * The email edition of every bulletin the build published. Invariants only: they hold
 * for whatever bulletins content/ has, so next month's bulletin needs no change here.
 */

const published = readdirSync(join(DIST, 'bulletins'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(DIST, 'bulletins', entry.name, 'index.html')))
  .map((entry) => entry.name);

/** Text as read, without the page's abbreviation expansions and screen-reader-only extras. */
function headingTexts($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .map((_, element) => {
      const copy = $(element).clone();
      copy.find('.expansion, .visually-hidden').remove();
      return `${(element as { tagName: string }).tagName} ${copy.text().replace(/\s+/g, ' ').trim()}`;
    })
    .get();
}

/** The web page's article headings, the ones each email must carry. */
function articleHeadings(id: string): string[] {
  return headingTexts(page(`/bulletins/${id}/`), 'article .prose h2').map((heading) => heading.slice('h2 '.length));
}

/** Every file under content/, and the site config, as one text: where external addresses may come from. */
const sources = [
  ...readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')),
  readFileSync('site.config.ts', 'utf8'),
].join('\n');

function linksOf(html: string): string[] {
  const $ = load(html);
  return $('a[href]').map((_, element) => $(element).attr('href')!).get();
}

/** What is wrong with a link in an email, if anything. */
function linkProblem(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'is not absolute';
  }
  if (url.protocol === 'mailto:') return sources.includes(url.pathname) ? undefined : 'is an email address no source gives';
  if (url.origin === new URL(site.url).origin) {
    const path = decodeURI(url.pathname);
    const file = path.endsWith('/') ? `${path}index.html` : path;
    return existsSync(join(DIST, file)) ? undefined : 'is not a built page or feed';
  }
  if (url.protocol !== 'https:') return 'is not https';
  return sources.includes(href) ? undefined : 'is an address no source gives';
}

describe('the email edition', () => {
  test('there are bulletins to check', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  test.each(published)('%s has its email, plain text and preview page', (id) => {
    for (const path of ['email.html', 'email.txt', 'email/index.html']) {
      expect(existsSync(join(DIST, 'bulletins', id, path)), path).toBe(true);
    }
  });

  test('only published bulletins have an email', () => {
    const emails = readdirSync(join(DIST, 'bulletins')).filter((name) => existsSync(join(DIST, 'bulletins', name, 'email.html')));
    expect(emails.sort()).toEqual([...published].sort());
  });

  test.each(published)('%s: the email has the page’s title and its h1 and h2 in the page’s order', (id) => {
    const email = load(readDist(`/bulletins/${id}/email.html`));
    const web = page(`/bulletins/${id}/`);
    expect(email('title').text()).toBe(web('article h1').text().replace(/\s+/g, ' ').trim());
    expect(email('html').attr('lang')).toBe(site.language);
    expect(email('html').attr('dir')).toMatch(/^(ltr|rtl)$/);
    expect(headingTexts(email, 'h1, h2')).toEqual(headingTexts(web, 'article h1, article h2'));
    expect(email('script, form, iframe, img, link[rel=stylesheet]')).toHaveLength(0);
  });

  test.each(published)('%s: the email opens with a link to the bulletin on the website', (id) => {
    const first = load(readDist(`/bulletins/${id}/email.html`))('body a').first();
    expect(first.text()).toBe('View this bulletin on the website');
    expect(first.attr('href')).toBe(new URL(`/bulletins/${id}/`, site.url).href);
  });

  test.each(published)('%s: every link is absolute and leads to a built page, a feed or an address a source gives', (id) => {
    const problems = linksOf(readDist(`/bulletins/${id}/email.html`))
      .map((href) => [href, linkProblem(href)])
      .filter(([, problem]) => problem);
    expect(problems).toEqual([]);
  });

  test.each(published)('%s: the email is under Gmail’s clipping size', (id) => {
    expect(Buffer.byteLength(readDist(`/bulletins/${id}/email.html`))).toBeLessThan(EMAIL_SIZE_LIMIT);
  });

  test.each(published)('%s: the plain text has every article heading and link address, in lines of 78 characters', (id) => {
    const text = readDist(`/bulletins/${id}/email.txt`);
    const flat = text.replace(/\s+/g, ' ');
    for (const heading of articleHeadings(id)) expect(flat).toContain(heading);
    for (const href of linksOf(readDist(`/bulletins/${id}/email.html`))) {
      // An email link's address, without the subject the HTML part fills in.
      expect(text).toContain(href.replace(/^mailto:([^?]*).*$/, '$1'));
    }
    expect(overlongLines(text)).toEqual([]);
  });

  test.each(published)('%s: the preview page frames the email, links both files and stays out of search', (id) => {
    const preview = page(`/bulletins/${id}/email/`);
    const frame = preview('iframe');
    expect(frame).toHaveLength(1);
    expect(frame.attr('title')).toBeTruthy();
    expect(frame.attr('sandbox')).not.toMatch(/allow-scripts|allow-same-origin/);
    expect(load(frame.attr('srcdoc')!)('h1').text()).toBe(load(readDist(`/bulletins/${id}/email.html`))('h1').text());
    const hrefs = preview('main a').map((_: number, element: Parameters<typeof preview>[0]) => preview(element).attr('href')).get();
    expect(hrefs).toEqual(expect.arrayContaining([`/bulletins/${id}/email.html`, `/bulletins/${id}/email.txt`]));
    expect(preview('meta[name=robots]').attr('content')).toBe('noindex');
    expect(preview('[data-pagefind-body]')).toHaveLength(0);
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain(`/bulletins/${id}/email`);
  });
});

describe('npm run email', () => {
  const out = mkdtempSync(join(tmpdir(), 'local-offer-eml-'));

  test.each(published)('%s: writes an .eml that a mail parser reads back with both parts', async (id) => {
    const file = join(out, `${id}.eml`);
    execFileSync('node', ['tools/email.ts', id, '--out', file], { encoding: 'utf8' });
    const mail = await simpleParser(readFileSync(file));
    const html = readDist(`/bulletins/${id}/email.html`);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.subject).toBe(load(html)('title').text());
    expect(mail.from?.value).toEqual([{ name: site.email.from!.name, address: site.email.from!.address }]);
    expect(mail.text?.trim()).toBe(readDist(`/bulletins/${id}/email.txt`).trim());
    expect(mail.html).toBe(html);
    expect(linksOf(mail.html || '').filter((href) => linkProblem(href))).toEqual([]);
  });

  test('sends nothing without SMTP settings, even when given an address', () => {
    const { SMTP_HOST: _unused, ...env } = process.env;
    const result = spawnSync('node', ['tools/email.ts', published[0], '--out', join(out, 'x.eml'), '--to', 'someone@example.org'], {
      encoding: 'utf8',
      env,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Not sent: to send, set SMTP_HOST/);
  });

  test('explains what to do when a bulletin has no email', () => {
    const result = spawnSync('node', ['tools/email.ts', '1999-01', '--out', join(out, 'y.eml')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no email for bulletin "1999-01".*Run npm run build first/s);
  });
});
