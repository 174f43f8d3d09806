import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPTS } from '../../src/lib/inline-scripts';
import { completeHeaders, completePolicy, HASHES_PLACEHOLDER, hasUnlistedInlineScript, inlineScriptHashes, parseHeaders, policyForMeta, scriptHash } from '../../src/lib/security-headers';

const template = readFileSync('public/_headers', 'utf8');
const rules = parseHeaders(template);
const forAll = new Map(rules.find((rule) => rule.path === '/*')!.headers);
const policy = forAll.get('Content-Security-Policy')!;
const directives = new Map(policy.split(';').map((part) => {
  const [name, ...sources] = part.trim().split(/\s+/);
  return [name, sources] as const;
}));

describe('public/_headers', () => {
  it('parses as a _headers file: paths, then indented headers', () => {
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/_astro/*']);
  });

  it('sends the usual security headers to every page', () => {
    expect(forAll.get('X-Content-Type-Options')).toBe('nosniff');
    expect(forAll.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(forAll.get('Strict-Transport-Security')).toMatch(/max-age=\d{7,}/);
    expect(forAll.get('Permissions-Policy')).toContain('camera=()');
  });

  it('has a policy that allows only the site\'s own scripts, hashed inline scripts and Pagefind\'s WebAssembly', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", HASHES_PLACEHOLDER]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });

  it('allows styles and images only from the site, upgrades any http address, and keeps its files to itself', () => {
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'"]);
    expect(directives.has('upgrade-insecure-requests')).toBe(true);
    expect(forAll.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
  });

  it('forbids framing by another site, in the header where browsers honour it', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(forAll.get('X-Frame-Options')).toBe('DENY');
    expect(policyForMeta(policy)).not.toContain('frame-ancestors');
    expect(policyForMeta(policy)).toContain("script-src 'self'");
  });

  it('rejects a header line outside a path', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
    expect(() => parseHeaders('/*\n  not a header\n')).toThrow(/line 2/);
  });
});

describe('inline script hashes', () => {
  it('hash each inline script as a browser does, and ignore scripts with src', () => {
    // The hash Chromium itself reports for this script when it blocks it.
    expect(inlineScriptHashes(['<script>document.title = "ran"</script><script src="/a.js"></script>'])).toEqual([
      "'sha256-i8NQMUzpim5Tk3+GzgA/+tCZSay6b48zbjIG0IpKqww='",
    ]);
  });

  it('leave out data blocks such as JSON-LD, which never run: one per event page would bloat every page', () => {
    const page = '<script type="application/ld+json">{"@type":"Event"}</script><script type="module">go()</script>';
    expect(inlineScriptHashes([page])).toEqual([
      `'sha256-${createHash('sha256').update('go()').digest('base64')}'`,
    ]);
  });

  it('go into the policy in place of the placeholder', () => {
    expect(completePolicy("script-src 'self' INLINE_SCRIPT_HASHES; style-src 'self'", ["'sha256-a'", "'sha256-b'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
    expect(completePolicy("script-src 'self' INLINE_SCRIPT_HASHES; x", [])).toBe("script-src 'self'; x");
  });

  it('go into the policy lines of a _headers file, not into comments that name the placeholder', () => {
    const headers = `# The build replaces ${HASHES_PLACEHOLDER} with hashes.\n/*\n  Content-Security-Policy: script-src 'self' ${HASHES_PLACEHOLDER}\n`;
    expect(completeHeaders(headers, ["'sha256-a'"])).toBe(`# The build replaces ${HASHES_PLACEHOLDER} with hashes.\n/*\n  Content-Security-Policy: script-src 'self' 'sha256-a'\n`);
    expect(completeHeaders(template, ["'sha256-a'"])).not.toMatch(new RegExp(`Content-Security-Policy:.*${HASHES_PLACEHOLDER}`));
  });

  it('find a page whose inline script is not one the site lists, and pass the ones it lists', () => {
    const allowed = INLINE_SCRIPTS.map(scriptHash);
    const listed = `<head><script>${INLINE_SCRIPTS[0]}</script><script type="application/ld+json">{}</script><script type="module" src="/a.js"></script></head>`;
    expect(hasUnlistedInlineScript(listed, allowed)).toBe(false);
    expect(hasUnlistedInlineScript(`${listed}<script>alert(1)</script>`, allowed)).toBe(true);
    expect(hasUnlistedInlineScript('<script type="module">go()</script>', allowed)).toBe(true);
    // A title with "<script>" in it reaches attributes such as og:title as text, not as a script.
    expect(hasUnlistedInlineScript(`${listed}<meta property="og:title" content="Talk <script>alert(1)</script>">`, allowed)).toBe(false);
  });
});
