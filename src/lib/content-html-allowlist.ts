import { Parser } from 'htmlparser2';

/*
 * The raw HTML an editor may write in Markdown, or as lower-case tags in MDX: an
 * allowlist, not a denylist, so anything the site's content does not need (<style>,
 * <form>, <input>, <iframe>, a style= or id= attribute...) stops the build with the fix,
 * instead of blanking, restyling or redirecting a page. Markdown itself covers almost
 * everything a bulletin needs; these are the few extras it cannot write.
 */

/** Attributes any allowed element may carry. */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/** Allowed elements, each with the attributes it may carry beyond the global ones. */
const ELEMENTS: Record<string, string[]> = {
  a: ['href'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['cite', 'datetime'],
  details: [],
  dfn: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** Attributes holding an address, and the schemes an address there may use (none: relative). */
const ADDRESS_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const LINK_SCHEMES = new Set(['https', 'http', 'mailto', 'tel']);

/** Why some elements editors reach for are left out, so the message can say what to do instead. */
const INSTEAD: Record<string, string> = {
  style: 'Styles come from the site, so every page stays readable in the reader\'s chosen colours and size. Remove it.',
  form: 'To collect answers, link to the form on the council\'s website or Microsoft Forms instead.',
  input: 'To collect answers, link to the form on the council\'s website or Microsoft Forms instead.',
  iframe: 'To share a video, form or map, link to it instead.',
  h1: 'The page title is the only level-1 heading: start headings in the text with ## instead.',
};

/** Browsers ignore whitespace and control characters inside a scheme, so "java\tscript:" still runs. */
export function addressScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/** "a" or "an", by the sound of the word's first letter, as the messages read it aloud. */
function article(word: string): string {
  return /^[aeiou]|^<[aeiou]/i.test(word) ? 'an' : 'a';
}

export function isAllowedElement(tagName: string): boolean {
  return Object.hasOwn(ELEMENTS, tagName.toLowerCase());
}

/**
 * What is wrong with one element an editor wrote, in words for the editor; empty when
 * it is allowed. Attribute values are as the browser would read them (entities decoded).
 */
export function contentElementProblems(tagName: string, attributes: Record<string, string>): string[] {
  const element = tagName.toLowerCase();
  if (!isAllowedElement(element)) {
    const instead = INSTEAD[element] ?? 'Write it in Markdown instead: see "What the text may contain" in docs/editing.md.';
    return [`${article(element)} <${element}> element, which the site does not allow. ${instead}`];
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const attribute = name.toLowerCase();
    if (attribute.startsWith('on')) {
      problems.push(`${article(name)} ${name} attribute on <${element}>. Attributes starting with "on" run code, so remove it.`);
      continue;
    }
    if (!GLOBAL_ATTRIBUTES.includes(attribute) && !ELEMENTS[element].includes(attribute)) {
      const allowed = [...ELEMENTS[element], ...GLOBAL_ATTRIBUTES];
      problems.push(`${article(name)} ${name} attribute on <${element}>, which the site does not allow. Remove it (<${element}> may have ${allowed.join(', ')}).`);
      continue;
    }
    if (element === 'img' && attribute === 'src') {
      problems.push(...imageAddressProblems(value));
    } else if (ADDRESS_ATTRIBUTES.has(attribute)) {
      problems.push(...linkAddressProblems(value, `${name} on <${element}>`));
    }
  }
  return problems;
}

/** What is wrong with the address of a link (Markdown or HTML); `where` says where it is written. */
export function linkAddressProblems(url: string, where: string): string[] {
  const scheme = addressScheme(url);
  if (scheme === 'javascript' || scheme === 'vbscript') {
    return [`a ${scheme}: address in ${where}. It runs code instead of opening a page. Use a full web address starting with https://.`];
  }
  if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
    return [`a ${scheme}: address in ${where}. Use a full web address starting with https://, or mailto: for an email address.`];
  }
  return [];
}

/**
 * Images must be files in the repository, beside the entry: the Content Security Policy
 * (img-src 'self') blocks images from other sites, and a file here cannot change or
 * vanish after the bulletin is published.
 */
export function imageAddressProblems(url: string): string[] {
  const compact = url.trim();
  if (addressScheme(compact) !== undefined || compact.startsWith('//')) {
    return [
      `an image from ${addressScheme(compact) === 'data' ? 'a data: address' : 'another website'} (${compact.slice(0, 60)}). Images must be files in the repository: save the image next to this file and write ![description](./image-name.png).`,
    ];
  }
  return [];
}

/**
 * Problems in one piece of raw HTML as Markdown passes it on (a tag, or a block of
 * tags and text). Each opening tag is checked; closing tags and comments are harmless.
 */
export function rawHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        problems.push(...contentElementProblems(name, attributes));
      },
      onprocessinginstruction(name) {
        problems.push(`"<${name}", which is not HTML the site allows. Remove it.`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return problems;
}
