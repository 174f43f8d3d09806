import site from '../../site.config';
import { absoluteUrl, basePathOf, withBasePath, withoutBasePath } from '../lib/base-path';

/*
 * The site's own addresses, under the sub-path SITE_URL gives (src/lib/base-path.ts).
 * Templates write every internal link from the site's root and pass it through withBase.
 */

const base = basePathOf(site.url);

/** "/events/" as a link on the published site, such as "/send-news/events/". */
export function withBase(path: string): string {
  return withBasePath(base, path);
}

/** The site path of Astro.url.pathname, without the sub-path, for comparing with "/events/". */
export function sitePath(pathname: string): string {
  return withoutBasePath(base, pathname);
}

/** The full address of a site path, for canonical links, feeds and calendars. */
export function siteUrl(path: string): string {
  return absoluteUrl(site.url, path);
}
