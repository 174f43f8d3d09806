import site from '../../site.config';
import { absoluteUrl, basePathOf, entryPath, withBase, withoutBase, type EntryKind } from '../lib/routes';

/*
 * The route table bound to this site's address, for templates: every link a page prints
 * goes through `href`, so a site served under a sub-path links correctly everywhere.
 */

export const base = basePathOf(site.url);

/** A site path, such as "/search/", as the link a page prints. */
export const href = (path: string): string => withBase(path, base);

/** The link to an entry's page. */
export const entryHref = (kind: EntryKind, id: string): string => href(entryPath(kind, id));

/** A site path as an absolute address. */
export const absolute = (path: string): string => absoluteUrl(path, site.url);

/** The site path of the page being built, without the base. */
export const sitePath = (url: URL): string => withoutBase(url.pathname, base);
