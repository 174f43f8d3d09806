/*
 * The route table: the one place that knows where each page, entry, feed and calendar
 * lives. Pages, components, feeds, calendars, the sitemap and the link check all ask it,
 * so an address can never be written two ways.
 *
 * Paths here are site paths ("/events/x/"), as a built file sits in dist/. A site served
 * under a sub-path (https://example.org/send-news/) links with `href()`, which adds the
 * base path taken from the site's address.
 */

/** The kinds of entry that have a page of their own, and the section each lives in. */
const SECTIONS = {
  bulletin: 'bulletins',
  event: 'events',
  consultation: 'have-your-say',
  areaOfNeed: 'areas-of-need',
  audience: 'for',
} as const;

export type EntryKind = keyof typeof SECTIONS;

/** Content folders the entry kinds are written in, so a built page can be traced to its file. */
export const SOURCE_FOLDERS: Partial<Record<EntryKind, string>> = {
  bulletin: 'bulletins',
  event: 'events',
  consultation: 'consultations',
};

/** Pages that are not about one entry. */
export const pagePaths = {
  home: '/',
  bulletins: '/bulletins/',
  events: '/events/',
  pastEvents: '/events/#past',
  haveYourSay: '/have-your-say/',
  closedRequests: '/have-your-say/#closed',
  areasOfNeed: '/areas-of-need/',
  audiences: '/for/',
  youSaidWeDid: '/you-said-we-did/',
  anotherWay: '/another-way/',
  search: '/search/',
  subscribe: '/subscribe/',
  accessibility: '/accessibility/',
  readingPreferences: '/reading-preferences/',
  glossary: '/glossary/',
  cookies: '/cookies/',
  searchBundle: '/pagefind/pagefind.js',
  /** The site's words, for the search page's "did you mean". */
  searchWords: '/search-words.json',
} as const;

/** The page of one bulletin, event, request to have your say or area of need. */
export function entryPath(kind: EntryKind, id: string): string {
  return `/${SECTIONS[kind]}/${id}/`;
}

/** One event as a calendar file, for "Add to calendar". */
export function eventCalendarPath(id: string): string {
  return `/events/${id}.ics`;
}

/** A bulletin's email edition: the page that previews it for editors, or one of its two files. */
export function bulletinEmailPath(id: string, part: 'preview' | 'html' | 'text' = 'preview'): string {
  const file = { preview: '', html: 'email.html', text: 'email.txt' }[part];
  return `${entryPath('bulletin', id)}${part === 'preview' ? 'email/' : file}`;
}

/** Past events, one page a year. */
export function pastEventsPath(year: number | string): string {
  return `/events/past/${year}/`;
}

/** Requests that closed in one year. */
export function closedRequestsPath(year: number | string): string {
  return `/have-your-say/closed/${year}/`;
}

/** The feed of one area of need. */
export function areaFeedPath(id: string): string {
  return `${entryPath('areaOfNeed', id)}rss.xml`;
}

/** The feed of everything for one audience. */
export function audienceFeedPath(id: string): string {
  return `${entryPath('audience', id)}rss.xml`;
}

/** Which entry a site path is the page of, if any: the link check names its source file with this. */
export function entryOfPath(path: string): { kind: EntryKind; id: string } | undefined {
  const [, section, id, rest] = path.split('/');
  const kind = (Object.keys(SECTIONS) as EntryKind[]).find((candidate) => SECTIONS[candidate] === section);
  if (!kind || !id || (rest !== undefined && rest !== '' && rest !== 'index.html')) return undefined;
  return { kind, id };
}

/** The base path of a site address: "/" at the root of a domain, "/send-news/" under a sub-path. */
export function basePathOf(siteUrl: string): string {
  const { pathname } = new URL(siteUrl);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** A site path as a link on a site served at `base`. */
export function withBase(path: string, base: string): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/**
 * A link an editor wrote in content, under the base: editors write the site's own pages
 * from its root ("/events/"), as the address bar shows them. Other addresses (https:, #part,
 * mailto:) and links already under the base are left alone.
 */
export function contentLinkWithBase(link: string, base: string): string {
  if (base === '/' || !link.startsWith('/') || link.startsWith('//') || link.startsWith(base)) return link;
  return withBase(link, base);
}

/** A site path as an absolute address, for feeds, calendars, canonical links and email. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(withBase(path, basePathOf(siteUrl)), siteUrl).href;
}

/** A page's own path without the base, for deciding what a page is (its feeds, its menu item). */
export function withoutBase(pathname: string, base: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
