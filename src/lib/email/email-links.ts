import { extractLinks } from '../link-check';

/*
 * A link in an email is opened from an inbox, not from the site, so it must carry its
 * whole address: https, or mailto. Links to the site itself use the site's configured
 * address; a build for local testing (http://localhost) is honestly http, and the build
 * says so rather than pretending otherwise.
 */

export function emailLinkProblems(html: string, siteUrl: string): string[] {
  const site = new URL(siteUrl).origin;
  return extractLinks(html).links.flatMap(({ value }) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return [`${value}: not a whole address (an email needs https://… or mailto:…)`];
    }
    if (url.protocol === 'https:' || url.protocol === 'mailto:' || url.origin === site) return [];
    return [`${value}: an email link must be https:// or mailto:`];
  });
}
