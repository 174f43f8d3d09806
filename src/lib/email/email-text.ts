import { convert } from 'html-to-text';

/*
 * The plain-text part, for clients and people that do not show HTML, and for mailing
 * tools such as GOV.UK Notify that send plain text. Made from the finished HTML email so
 * the two parts cannot say different things.
 */

/** RFC 5322's recommended line length. */
export const TEXT_LINE_LIMIT = 78;

const heading = { uppercase: false, trailingLineBreaks: 1 };

export function emailText(html: string): string {
  return convert(html, {
    wordwrap: TEXT_LINE_LIMIT,
    selectors: [
      { selector: 'h1', options: { ...heading, leadingLineBreaks: 1 } },
      { selector: 'h2', options: { ...heading, leadingLineBreaks: 3 } },
      { selector: 'h3', options: { ...heading, leadingLineBreaks: 2 } },
      { selector: 'h4', options: { ...heading, leadingLineBreaks: 2 } },
      // Link text, then the address written out, so every link can be copied from plain text.
      // An email link's filled-in subject is left off: the address is what a reader copies.
      {
        selector: 'a',
        options: {
          hideLinkHrefIfSameAsText: true,
          linkBrackets: ['<', '>'],
          // html-to-text has already taken "mailto:" off an email address when it calls this.
          pathRewrite: (path: string) => (/^[^/:?#]+@/.test(path) ? path.replace(/\?.*$/, '') : path),
        },
      },
      { selector: 'hr', options: { length: 20 } },
    ],
  });
}

/**
 * Lines longer than the limit. A web address longer than the limit on a line of its own
 * is allowed: broken across lines it would no longer work when copied.
 */
export function overlongLines(text: string, limit = TEXT_LINE_LIMIT): string[] {
  return text
    .split('\n')
    .filter((line) => line.length > limit && !/^\s*<?(https?:|mailto:)\S+>?$/.test(line));
}
