/**
 * Raw HTML an editor could paste into Markdown that would run script in a reader's
 * browser. The site rejects it rather than quietly cleaning it, so the editor knows
 * exactly what was wrong and nothing on the page changes without them seeing it.
 */

/** Elements that run script, load another page inside this one, or change how every link and script on the page resolves. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link']);

/** Attributes that navigate somewhere, where a data: address can carry a page of its own. */
const NAVIGATING_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'xlinkhref']);

/** Browsers ignore whitespace and control characters inside a scheme, so "java\tscript:" still runs. */
function scheme(value: string): string {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1] ?? '';
}

export type AttributeValue = string | number | boolean | null | undefined | (string | number)[];

/**
 * What is unsafe about one element, in words for the editor; empty when it is safe.
 * Attribute names may be in any case (hast writes onClick, HTML onclick).
 */
export function unsafeHtmlProblems(tagName: string, attributes: Record<string, AttributeValue>): string[] {
  const element = tagName.toLowerCase();
  const problems: string[] = [];
  if (FORBIDDEN_ELEMENTS.has(element)) {
    problems.push(
      `a <${element}> element. The site does not allow it, because it can run code or load another site into the page. Remove it; to share a video, form or map, link to it instead.`,
    );
  }
  for (const [name, raw] of Object.entries(attributes)) {
    const attribute = name.toLowerCase().replace(/[^a-z]/g, '');
    if (attribute.startsWith('on')) {
      problems.push(`an ${name} attribute on <${element}>. Attributes starting with "on" run code, so remove it.`);
      continue;
    }
    const value = Array.isArray(raw) ? raw.join(' ') : String(raw ?? '');
    const found = scheme(value);
    if (found === 'javascript' || found === 'vbscript' || (found === 'data' && NAVIGATING_ATTRIBUTES.has(attribute))) {
      problems.push(
        `a ${found}: address in ${name} on <${element}>. It runs code instead of opening a page. Use a full web address starting with https://.`,
      );
    }
  }
  return problems;
}

/** One error message for a file with unsafe HTML. */
export function describeUnsafeHtml(file: string, problems: string[]): string {
  return `${file} contains HTML that could run code in a reader's browser:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nMarkdown links like [text](https://example.org) and headings need no HTML.`;
}
