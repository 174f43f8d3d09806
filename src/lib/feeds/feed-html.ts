import sanitizeHtml from 'sanitize-html';

/*
 * HTML for feed readers and calendar apps. They show it outside the site: without our
 * stylesheet, on another address. So links must be absolute, and only plain, safe
 * markup survives (no scripts, styles, classes or ARIA that only made sense on the page).
 */

const allowedTags = [
  'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'strong', 'em', 'b', 'i', 'abbr', 'code', 'pre', 'blockquote', 'time', 'img',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // The finishing step's written-out expansion of an abbreviation, kept as the page has it.
  'span',
];

/** Resolves a link against the page it came from; leaves it alone if it cannot be parsed. */
function absolute(value: string, pageUrl: string): string {
  try {
    return new URL(value, pageUrl).href;
  } catch {
    return value;
  }
}

/** Sanitised HTML with every link and image made absolute, relative to `pageUrl`. */
export function feedHtml(html: string, pageUrl: string | URL): string {
  const base = String(pageUrl);
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: {
      a: ['href'],
      img: ['src', 'alt'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      time: ['datetime'],
      abbr: ['title'],
      span: ['class'],
    },
    allowedClasses: { span: ['expansion'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.href ? { ...attribs, href: absolute(attribs.href, base) } : attribs,
      }),
      // Other spans only styled the page (visually hidden text, say): their text stays, the span goes.
      span: (tagName, attribs) => (attribs.class === 'expansion' ? { tagName, attribs } : { tagName: 'unwrap', attribs: {} }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: attribs.src ? { ...attribs, src: absolute(attribs.src, base) } : attribs,
      }),
    },
    // An empty caption announces nothing and looks like a stray gap in a reader.
    exclusiveFilter: (frame) => frame.tag === 'caption' && frame.text.trim() === '',
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
