import { Parser } from 'htmlparser2';
import { addressScheme, isAllowedElement } from './content-html-allowlist';

/*
 * The last line of defence: every finished page, and the HTML inside every feed item, is
 * read back and checked against what the site's own templates and allowed content write.
 * Whatever slipped past the checks on the source (a rewrite that broke an attribute, a
 * component that printed a field as markup) then stops the build instead of reaching a
 * reader. Pure functions, so the build integration and the tests share them.
 */

/** Elements the templates write, beyond the ones editors may write (content-html-allowlist.ts). */
const TEMPLATE_ELEMENTS = new Set([
  'html', 'head', 'body', 'title', 'meta', 'link', 'script', 'noscript',
  'header', 'footer', 'main', 'nav', 'article', 'section', 'aside', 'div', 'h1',
  'form', 'fieldset', 'legend', 'label', 'input', 'button',
]);

/** Elements a feed item may carry: what a page's main text has, and nothing that runs, loads or submits. */
const NOT_IN_FEED_ITEMS = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'script', 'noscript', 'form', 'fieldset', 'legend', 'label', 'button']);

/** Attributes any element in the output may have; data-* and aria-* are allowed too. */
const OUTPUT_ATTRIBUTES = new Set([
  'class', 'id', 'title', 'lang', 'dir', 'role', 'tabindex', 'hidden',
  'href', 'src', 'alt', 'width', 'height', 'type', 'name', 'value', 'checked', 'disabled', 'for',
  'rel', 'content', 'charset', 'http-equiv', 'property', 'scope', 'colspan', 'rowspan', 'datetime',
  'action', 'method', 'autocomplete', 'enterkeyhint', 'start', 'reversed', 'open', 'cite',
  'target', 'async', 'defer', 'crossorigin', 'integrity', 'media', 'sizes', 'loading', 'decoding', 'inputmode', 'placeholder',
]);

/** Attributes whose value is an address. */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'action', 'cite']);

/** Schemes the site links to: the web, email, phone and calendar subscriptions. */
const OUTPUT_SCHEMES = new Set(['https', 'http', 'mailto', 'tel', 'webcal']);

/** The only http-equiv a page sends: its Content Security Policy, for hosts without headers. */
const ALLOWED_HTTP_EQUIV = new Set(['content-security-policy']);

/** Elements an email may carry: a whole document styled by its own <style>, and nothing that runs, loads or submits. */
const NOT_IN_EMAILS = new Set(['link', 'script', 'noscript', 'form', 'fieldset', 'legend', 'label', 'input', 'button']);

export type OutputKind = 'page' | 'feed item' | 'email';

/** Feeds give the site's own images and links as full addresses, which is not loading from elsewhere. */
function isOwnAddress(value: string, origin: string | undefined): boolean {
  if (!origin) return false;
  try {
    return new URL(value.trim(), origin).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

function attributeProblems(element: string, attributes: Record<string, string>, origin: string | undefined): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on') || (!OUTPUT_ATTRIBUTES.has(name) && !/^(data|aria)-[a-z0-9-]+$/.test(name))) {
      problems.push(`a ${name}="${value.slice(0, 40)}" attribute on <${element}>`);
      continue;
    }
    if (ADDRESS_ATTRIBUTES.has(name)) {
      const scheme = addressScheme(value);
      if (scheme !== undefined && !OUTPUT_SCHEMES.has(scheme)) problems.push(`a ${scheme}: address in ${name} on <${element}>`);
      else if (['src', 'action'].includes(name) && (scheme !== undefined || value.trim().startsWith('//')) && !isOwnAddress(value, origin)) {
        problems.push(`<${element} ${name}="${value.slice(0, 60)}"> loads from another site`);
      }
    }
  }
  if (element === 'meta' && attributes['http-equiv'] !== undefined && !ALLOWED_HTTP_EQUIV.has(attributes['http-equiv'].toLowerCase())) {
    problems.push(`a <meta http-equiv="${attributes['http-equiv']}">, which can redirect or reconfigure the page`);
  }
  if (element === 'input' && !['text', 'search', 'checkbox', 'radio', 'submit', 'hidden', undefined].includes(attributes.type?.toLowerCase())) {
    problems.push(`an <input type="${attributes.type}">`);
  }
  return problems;
}

/**
 * What a page or feed item has that the site never writes, in words; empty when it is
 * safe. Inline scripts are checked against the policy's hashes elsewhere
 * (src/integrations/security-headers.ts); here a script may only be a same-site file,
 * or JSON-LD data. `origin` is the site's own address, such as https://example.org.
 */
export function outputProblems(html: string, kind: OutputKind, origin?: string): string[] {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // A bulletin's email preview: the email drawn in a sandbox that runs no script, from
        // its own text (srcdoc) rather than an address, and checked as an email.
        if (name === 'iframe' && kind === 'page') {
          const { srcdoc, sandbox, ...others } = attributes;
          if (srcdoc === undefined || sandbox === undefined || /allow-scripts/.test(sandbox)) problems.push('an <iframe> that is not a sandboxed preview');
          problems.push(...attributeProblems(name, others, origin), ...outputProblems(srcdoc ?? '', 'email', origin));
          return;
        }
        // The preview opens the email's links outside its frame with <base target>, never a base address.
        const emailBase = kind === 'email' && name === 'base' && attributes.href === undefined;
        const emailStyle = kind === 'email' && name === 'style';
        const known =
          emailStyle ||
          emailBase ||
          isAllowedElement(name) ||
          (TEMPLATE_ELEMENTS.has(name) &&
            !(kind === 'feed item' && NOT_IN_FEED_ITEMS.has(name)) &&
            !(kind === 'email' && NOT_IN_EMAILS.has(name)));
        if (!known) {
          problems.push(`a <${name}> element`);
          return;
        }
        // An email is styled inline, as mail clients need; nothing else may carry style="".
        const { style: _style, ...checked } = attributes;
        problems.push(...attributeProblems(name, kind === 'email' ? checked : attributes, origin));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return [...new Set(problems)];
}

/** The HTML each item of an RSS feed carries in its description and content:encoded. */
export function feedItemHtml(xml: string): string[] {
  const items: string[] = [];
  let inside: string | undefined;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'description' || name === 'content:encoded') {
          inside = name;
          text = '';
        }
      },
      ontext(data) {
        if (inside) text += data;
      },
      onclosetag(name) {
        if (name === inside) {
          items.push(text);
          inside = undefined;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  return items;
}
