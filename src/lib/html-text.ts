/**
 * Rewrites the text of an HTML fragment, leaving tags, comments and attributes alone.
 * Built pages are well-formed (Astro escapes text), so splitting on tags is enough and
 * keeps the build free of a full HTML parser. Each text run comes with the elements it
 * sits inside, so a rewrite can skip links, code or existing <time> elements.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is not text to rewrite at all. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'svg', 'math', 'template', 'code', 'pre', 'kbd', 'samp']);

export interface TextContext {
  /** How many of each element the text is inside, by lower-case tag name. */
  inside(tag: string): boolean;
}

/** A comment, a tag (its closing slash, name and self-closing slash captured), or other markup such as a doctype. */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>|<[^>]*>/g;

export function rewriteText(html: string, rewrite: (text: string, context: TextContext) => string): string {
  const open = new Map<string, number>();
  const context: TextContext = { inside: (tag) => (open.get(tag) ?? 0) > 0 };
  // Kept as a count, not worked out from `open` for each text run: this runs over every
  // page of the site, and that lookup was most of its cost.
  let rawDepth = 0;
  let result = '';
  let textStart = 0;
  const flushText = (end: number) => {
    const text = html.slice(textStart, end);
    result += rawDepth > 0 || text.trim() === '' ? text : rewrite(text, context);
  };
  for (const match of html.matchAll(MARKUP)) {
    flushText(match.index);
    result += match[0];
    textStart = match.index + match[0].length;
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    const depth = open.get(name) ?? 0;
    const next = Math.max(0, depth + (closing ? -1 : 1));
    open.set(name, next);
    if (RAW.has(name)) rawDepth += next - depth;
  }
  flushText(html.length);
  return result;
}

/** Escapes text for use inside HTML built by hand, in content or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Enough entity decoding to compare text a reader sees. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}
