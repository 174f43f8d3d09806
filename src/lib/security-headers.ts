import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/**
 * The Content Security Policy allows scripts from the site itself and, by hash, the
 * inline scripts the build produced, so an injected script cannot run. These pure
 * functions read _headers files and finish the policy from the built pages.
 */

export const HASHES_PLACEHOLDER = 'INLINE_SCRIPT_HASHES';

export interface HeaderRule {
  /** The address pattern the headers apply to, such as /* or /_astro/*. */
  path: string;
  headers: [name: string, value: string][];
}

/** Reads the _headers format: a path at the start of a line, then indented "Name: value" lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a rule must start with a path such as /*, not "${line}".`);
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!header || rules.length === 0) throw new Error(`_headers line ${index + 1}: expected an indented "Name: value" under a path, not "${line.trim()}".`);
    rules.at(-1)!.headers.push([header[1], header[2].trim()]);
  });
  return rules;
}

/**
 * Scripts a browser runs: no type, a JavaScript MIME type, or a module. Anything else
 * (JSON-LD and other data blocks) never runs, so CSP need not allow it; hashing those
 * would add one hash per event page to the policy on every page.
 */
function runsAsScript(type: string | undefined): boolean {
  const normalised = (type ?? '').trim().toLowerCase();
  return normalised === '' || normalised === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(normalised);
}

/**
 * An inline script element in built HTML. Astro writes well-formed markup and escapes
 * text, so a pattern finds them; a full HTML parse of every page cost far more.
 */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The CSP hash source of a script's text, as a browser works it out. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The CSP hash source of every inline script the browser would run, in one page. */
export function inlineScriptHashesOf(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (attribute(attributes, 'src') !== undefined || !runsAsScript(attribute(attributes, 'type'))) continue;
    if (text.trim() === '') continue;
    hashes.push(scriptHash(text));
  }
  return hashes;
}

/** The CSP hash source of every inline script the browser would run, in the pages. */
export function inlineScriptHashes(pages: string[]): string[] {
  return [...new Set(pages.flatMap(inlineScriptHashesOf))].sort();
}

/**
 * Inline scripts as a browser finds them, by a full parse. The pattern above also matches
 * "<script>" written inside an attribute, such as a page title with that text in its
 * og:title, which is only text; this settles such a page.
 */
function parsedInlineScriptHashesOf(html: string): string[] {
  const hashes: string[] = [];
  let text: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script' && attributes.src === undefined && runsAsScript(attributes.type)) text = '';
      },
      ontext(data) {
        if (text !== undefined) text += data;
      },
      onclosetag(name) {
        if (name !== 'script' || text === undefined) return;
        if (text.trim() !== '') hashes.push(scriptHash(text));
        text = undefined;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return hashes;
}

/** Whether a page has an inline script the policy would refuse to run. */
export function hasUnlistedInlineScript(html: string, allowed: readonly string[]): boolean {
  const unlisted = (hashes: string[]) => hashes.some((hash) => !allowed.includes(hash));
  // The quick pattern first; only a page it flags is parsed in full.
  return unlisted(inlineScriptHashesOf(html)) && unlisted(parsedInlineScriptHashesOf(html));
}

/** Puts the hashes in the policy (or nothing, when the site has no inline script). */
export function completePolicy(policy: string, hashes: string[]): string {
  return policy.replace(` ${HASHES_PLACEHOLDER}`, hashes.map((hash) => ` ${hash}`).join(''));
}

/** A _headers file with the hashes put in its Content-Security-Policy lines (its comments may name the placeholder too). */
export function completeHeaders(headers: string, hashes: string[]): string {
  return headers.replace(/^(\s+Content-Security-Policy:\s*)(.+)$/gim, (_line, name: string, policy: string) => name + completePolicy(policy, hashes));
}

/** Browsers ignore these in a <meta> policy, so they are only sent as a header. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

export function policyForMeta(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !HEADER_ONLY.includes(directive.split(/\s+/)[0]))
    .join('; ');
}

/** The Content-Security-Policy a _headers file gives every page (the /* rule). */
export function pagePolicyIn(headers: string): string {
  const policy = parseHeaders(headers)
    .find((rule) => rule.path === '/*')
    ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  if (!policy) throw new Error('public/_headers must give a Content-Security-Policy for /*.');
  return policy;
}
