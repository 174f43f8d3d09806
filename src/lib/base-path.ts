/**
 * A site can be published under a sub-path, such as https://example.org/send-news/ (a
 * GitHub Pages project site). Every internal address is written from the site's root
 * ("/events/") and given the sub-path here, so templates and content never spell it.
 */

/** The sub-path of a site address, without a trailing slash: "" at a domain's root, "/send-news" below it. */
export function basePathOf(siteUrl: string): string {
  return new URL(siteUrl).pathname.replace(/\/+$/, '');
}

/** A root-relative path ("/events/") under the base; anything else (https:, #part, mailto:) is left alone. */
export function withBasePath(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || base === '') return path;
  return path === base || path.startsWith(`${base}/`) ? path : `${base}${path}`;
}

/** The site path of a served address: "/send-news/events/" is "/events/". */
export function withoutBasePath(base: string, pathname: string): string {
  if (base === '' || !(pathname === base || pathname.startsWith(`${base}/`))) return pathname;
  return pathname.slice(base.length) || '/';
}

/** The full address of a site path: "/events/" is https://example.org/send-news/events/. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(withBasePath(basePathOf(siteUrl), path), siteUrl).href;
}
