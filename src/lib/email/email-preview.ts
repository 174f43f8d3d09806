import { escapeHtml } from '../html-text';

/*
 * The preview page's iframe, kept out of the tab order (its links would sit between the
 * page's own; the same email is linked as a file above it). The email goes in as srcdoc, not loaded from email.html,
 * because every page is sent with frame-ancestors 'none' (nothing may frame the site) and
 * srcdoc needs no exception to that. Sandboxed, so nothing in it runs; its links open in
 * a new tab, since the sites they lead to refuse to be framed. Written out whole, every
 * character of the email escaped, so the page's own finishing of its text (dates and
 * abbreviations) can never reach inside the attribute.
 */
export function previewFrame(html: string, title: string): string {
  const document = html.replace(/<head>/i, '<head><base target="_blank">');
  return (
    `<iframe class="email-preview" title="${escapeHtml(title)}" srcdoc="${escapeHtml(document)}" ` +
    'sandbox="allow-popups allow-popups-to-escape-sandbox" tabindex="-1" loading="lazy"></iframe>'
  );
}
