import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, parseHeaders, policyForMeta } from '../../src/lib/security-headers';
import { FIXTURE } from '../support/dist';
import { contentsOf } from '../support/output-files';

const DIST = FIXTURE.root;

// A bulletin's email.html is an email for mail clients, not a page of the site: a policy
// <meta> means nothing there. Served from the site it gets the _headers policy, and
// tests/build/safe-output checks it has no script, handler or frame. The web editor at
// /admin/ is not a page of the site either: it has its own policy, below.
const ADMIN = join(DIST, 'admin');
const pages = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && entry.name !== 'email.html' && entry.parentPath !== ADMIN)
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
const policy = new Map(parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8')).find((rule) => rule.path === '/*')!.headers).get(
  'Content-Security-Policy',
)!;

describe('the built security policy', () => {
  it('dist/_headers names every inline script the site has, by hash, and nothing is left to fill in', () => {
    expect(policy).not.toContain('INLINE_SCRIPT_HASHES');
    for (const hash of inlineScriptHashes(pages)) expect(policy).toContain(hash);
  });

  it('every page carries the same policy in a <meta> before anything else in <head> but the charset', () => {
    const meta = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policyForMeta(policy)}">`;
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(page).toContain(meta);
  });

  it('the web editor has its own policy, and no other page allows what it needs', () => {
    const admin = readFileSync(join(ADMIN, 'index.html'), 'utf8');
    expect(admin).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'unsafe-eval'/);
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(policy).not.toContain("'unsafe-eval'");
    for (const page of pages) expect(page).not.toMatch(/script-src[^;"]*'unsafe-eval'/);
  });

  it('the web editor is in no sitemap, search index or feed', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
    const outputs = files.filter((file) => /^sitemap.*\.xml$|(^|\/)rss\.xml$|^pagefind\/fragment\//.test(file));
    expect(outputs.filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(10);
    for (const file of outputs) {
      expect(contentsOf(join(DIST, file)), file).not.toContain('/admin');
    }
  });

  it("needs no inline styles, so style-src can be 'self' alone", () => {
    expect(policy).toMatch(/style-src 'self';/);
    for (const html of pages) {
      // An email preview holds the email as the text of its frame's srcdoc, not as the page's markup.
      const page = html.replace(/\ssrcdoc="[^"]*"/g, '');
      expect(page).not.toMatch(/<style[\s>]/);
      expect(page).not.toMatch(/\sstyle=/);
    }
  });

  it("publishes only the Pagefind files the search page uses, and a favicon every page names", () => {
    const published = readdirSync(join(DIST, 'pagefind'));
    expect(published).toContain('pagefind.js');
    expect(published.filter((name) => /ui|highlight/.test(name))).toEqual([]);
    expect(readFileSync(join(DIST, 'favicon.svg'), 'utf8')).toMatch(/^<svg /);
    for (const page of pages) expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  });
});
