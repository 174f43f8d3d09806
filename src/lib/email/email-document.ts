import juice from 'juice';
import { escapeHtml } from '../html-text';
import { UNDATED_NOTE } from '../wording';
import { nextStepHtml, type Contact } from '../next-step';
import { emailCss } from './email-style';
import { linearTables } from './linear-tables';

/*
 * A bulletin as one HTML email: the page's content in the page's heading order, in a
 * single column whose styles are written onto each element, so it reads the same in a
 * client that keeps <style>, one that strips it, and one that only shows plain HTML.
 * Every address it is given must already be absolute; emailLinkProblems checks that.
 */

export interface EmailLink {
  title: string;
  /** Absolute address; left out where the source gives none. */
  url?: string;
}

export interface EmailArticle {
  /** The article's heading, as in the bulletin. */
  title: string;
  /** Its "In short" summary, where the bulletin gives one. */
  summary?: string;
}

export interface EmailInput {
  /** BCP 47 language tag. */
  language: string;
  title: string;
  /** The bulletin's web page, absolute. */
  webUrl: string;
  /** "February 2026 issue, from …", as the page words it. */
  byline: string;
  summary: string;
  articles: EmailArticle[];
  /** The bulletin's body: sanitised HTML with absolute links (feedHtml). */
  bodyHtml: string;
  events: { title: string; url: string; when: string; place?: string }[];
  requests: { title: string; url: string; deadline: string; summary: string }[];
  undated: { title: string; description: string; link?: EmailLink }[];
  /** Whom to ask for anything the bulletin names without a link. */
  contacts: Contact[];
  footer: {
    siteName: string;
    organisation: { name: string; url: string };
    subscribeUrl: string;
    /** The mailing tool's unsubscribe placeholder; no line when unset. */
    unsubscribe?: string;
  };
}

/** Section headings, as the bulletin page words them. */
export const emailSections = {
  contents: 'In this bulletin',
  events: 'Events in this bulletin',
  requests: 'Requests to have your say',
  undated: 'Announced without a date',
} as const;

/** Right-to-left for languages written that way, so another council's language reads correctly. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
}

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

function contents(input: EmailInput): string {
  const articles = input.articles.map(
    (article) =>
      `<li>${escapeHtml(article.title)}${article.summary ? `<br><span class="meta">In short: ${escapeHtml(article.summary)}</span>` : ''}</li>`,
  );
  const sections: [boolean, string][] = [
    [input.events.length > 0, emailSections.events],
    [input.requests.length > 0, emailSections.requests],
    [input.undated.length > 0, emailSections.undated],
  ];
  const items = [...articles, ...sections.filter(([present]) => present).map(([, section]) => `<li>${escapeHtml(section)}</li>`)];
  return `<h2>${emailSections.contents}</h2><ol>${items.join('')}</ol>`;
}

function events(input: EmailInput): string {
  if (input.events.length === 0) return '';
  const items = input.events.map(
    (event) =>
      `<li><h3>${link(event.url, event.title)}</h3><p>${escapeHtml(event.when)}</p>${event.place ? `<p class="meta">${escapeHtml(event.place)}</p>` : ''}</li>`,
  );
  return `<h2>${emailSections.events}</h2><ul class="events">${items.join('')}</ul>`;
}

function requests(input: EmailInput): string {
  if (input.requests.length === 0) return '';
  const items = input.requests.map(
    (request) =>
      `<li><h3>${link(request.url, request.title)}</h3><p>${escapeHtml(request.deadline)}</p><p class="meta">${escapeHtml(request.summary)}</p></li>`,
  );
  return `<h2>${emailSections.requests}</h2><ul class="requests">${items.join('')}</ul>`;
}

function undated(input: EmailInput): string {
  if (input.undated.length === 0) return '';
  const items = input.undated.map(
    (item) =>
      `<li><h3>${escapeHtml(item.title)}</h3><p>${escapeHtml(item.description)}</p>${item.link ? `<p>${nextStepHtml(item.link, input.contacts)}</p>` : ''}</li>`,
  );
  return `<h2>${emailSections.undated}</h2><p>${UNDATED_NOTE}</p><ul class="undated">${items.join('')}</ul>`;
}

function footer({ footer }: EmailInput): string {
  const unsubscribe = footer.unsubscribe ? `<p>To stop getting these emails: ${escapeHtml(footer.unsubscribe)}</p>` : '';
  return (
    `<hr><div class="meta"><p>${escapeHtml(footer.siteName)}, from ${link(footer.organisation.url, footer.organisation.name)}.</p>` +
    `<p>${link(footer.subscribeUrl, 'Other ways to get these updates: news feeds and the events calendar')}</p>${unsubscribe}</div>`
  );
}

/** The finished email: a whole HTML document with its styles inlined. */
export function emailDocument(input: EmailInput): string {
  const direction = textDirection(input.language);
  const body =
    `<p>${link(input.webUrl, 'View this bulletin on the website')}</p>` +
    `<h1>${escapeHtml(input.title)}</h1><p class="meta">${escapeHtml(input.byline)}</p><p>${escapeHtml(input.summary)}</p>` +
    contents(input) +
    linearTables(input.bodyHtml) +
    events(input) +
    requests(input) +
    undated(input) +
    footer(input);
  const document =
    `<!doctype html><html lang="${escapeHtml(input.language)}" dir="${direction}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">' +
    `<title>${escapeHtml(input.title)}</title><style>${emailCss}</style></head>` +
    // A mail client shows the email inside its own page, with its own landmarks: the email
    // marks itself as one article, named, the way screen readers expect an email to be.
    `<body><div class="email" role="article" aria-roledescription="email" aria-label="${escapeHtml(input.title)}" ` +
    `lang="${escapeHtml(input.language)}" dir="${direction}">${body}</div></body></html>`;
  // The rules go onto the elements; only the dark scheme (a media query) stays in <style>.
  return juice(document, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: false, applyHeightAttributes: false });
}
