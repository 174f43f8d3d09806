import { Parser } from 'htmlparser2';
import { withBase, withoutBase } from './routes';

/**
 * Link integrity for the built site: every internal link and #fragment must reach
 * something that exists, and every external address must be a well-formed URL. Pure
 * functions over the built files, so the build integration and the tests share them.
 */

export interface PageLinks {
  /** Every id on the page, the targets of #fragments. */
  ids: Set<string>;
  /** Addresses the page points at, with the attribute and element they came from. */
  links: { element: string; attribute: string; value: string }[];
}

/** The attributes that load or lead to another address. */
const LINKING_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  form: ['action'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
};

export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(attributes.id);
        // <a name="x"> is an older way to make a #fragment target.
        if (name === 'a' && attributes.name) ids.add(attributes.name);
        for (const attribute of LINKING_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) links.push({ element: name, attribute, value });
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, links };
}

/** The address a built file is served at: events/x/index.html is /events/x/. */
export function sitePathOf(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface BuiltSite {
  /** The public address of the site, so absolute links to it are checked as internal. */
  origin: string;
  /** The path the site is served under ("/" at the root of its domain), which its links start with. */
  base?: string;
  /** Every built file, relative to the output folder, for example events/index.html. */
  files: Set<string>;
  /** The links of every HTML page, keyed like `files`. */
  pages: Map<string, PageLinks>;
}

export interface LinkProblem {
  /** The page with the link, as an address on the site. */
  page: string;
  link: string;
  message: string;
}

/** The built HTML file an internal path is served from, if any; static hosts serve /x and /x/ from x/index.html. */
function targetFile(site: BuiltSite, pathname: string): string | undefined {
  const path = decodeURI(pathname).replace(/^\//, '');
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
  return candidates.find((candidate) => site.files.has(candidate));
}

function isWellFormedWebAddress(url: URL): boolean {
  // A host without a dot ("https://www") or with spaces is a typo, not a site.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname);
}

/** What one link resolves to: a problem to report, nothing to check, or a page and #fragment to find. */
type Resolved = { message: string } | { target: string; fragment: string } | undefined;

/**
 * A link written the same way resolves the same way from every page when it is absolute
 * ("https://…", "mailto:…") or starts at the site's root ("/search/"), which is what the
 * layout's navigation, lists and footers write: those are resolved once for the whole
 * site, not once on each of thousands of pages. A relative link depends on its page.
 */
function resolvesAlike(link: string): boolean {
  return (link.startsWith('/') && !link.startsWith('//')) || /^[a-z][a-z0-9+.-]*:/i.test(link);
}

function resolveLink(site: BuiltSite, origin: string, base: string, page: string, link: string): Resolved {
  if (link === '') return { message: 'The link is empty. Give it an address or remove it.' };
  let url: URL;
  try {
    // A webcal: link subscribes to a calendar at the same address over https.
    url = new URL(link.replace(/^webcal:/i, 'https:'), new URL(withBase(page, base), origin));
  } catch {
    return { message: 'This is not a well-formed address. Copy the full address from the browser address bar.' };
  }
  if (url.protocol === 'mailto:') {
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))
      ? undefined
      : { message: 'This email link has no valid email address. Check for typos, such as a missing @.' };
  }
  if (url.protocol === 'tel:') return undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { message: `Links must be web addresses (https://), email (mailto:) or phone (tel:), not ${url.protocol}` };
  }
  if (url.origin !== origin) {
    return !isWellFormedWebAddress(url) || /\s/.test(link)
      ? { message: 'This is not a well-formed web address. Copy the full address from the browser address bar.' }
      : undefined;
  }
  // A full address elsewhere on the same host (another site beside this one) is external;
  // a root-relative link outside the base was written for a site at the root.
  if (!url.pathname.startsWith(base) && /^[a-z][a-z0-9+.-]*:/i.test(link)) return undefined;
  if (!url.pathname.startsWith(base)) {
    return {
      message: `${url.pathname} is outside this site, which is published under ${base}. Write links to the site's own pages from its root, such as /events/: the build adds ${base.slice(0, -1)}.`,
    };
  }
  const target = targetFile(site, withoutBase(url.pathname, base));
  if (!target) {
    return {
      message: `Nothing on the site is at ${url.pathname}. Check the address against the page you meant; event and bulletin addresses are their file names, for example /events/2026-01-21-banded-descriptors-workshop-1/.`,
    };
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  return fragment === '' || fragment === 'top' ? undefined : { target, fragment };
}

export function linkProblems(site: BuiltSite): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const origin = new URL(site.origin).origin;
  const base = site.base ?? '/';
  const resolvedOnce = new Map<string, Resolved>();
  for (const [file, { links }] of site.pages) {
    const page = sitePathOf(file);
    for (const { value } of links) {
      const link = value.trim();
      let resolved: Resolved;
      if (resolvesAlike(link)) {
        if (!resolvedOnce.has(link)) resolvedOnce.set(link, resolveLink(site, origin, base, page, link));
        resolved = resolvedOnce.get(link);
      } else {
        resolved = resolveLink(site, origin, base, page, link);
      }
      if (!resolved) continue;
      if ('message' in resolved) {
        problems.push({ page, link: link === '' ? value : link, message: resolved.message });
      } else if (!site.pages.get(resolved.target)?.ids.has(resolved.fragment)) {
        problems.push({
          page,
          link,
          message: `${sitePathOf(resolved.target)} has no part called #${resolved.fragment}. A heading's # name is its text in lower case with hyphens for spaces, for example #save-the-date.`,
        });
      }
    }
  }
  return problems;
}

/** One error message for every broken link, grouped by page. */
export function describeLinkProblems(problems: LinkProblem[], sourceOf: (page: string) => string | undefined): string {
  const byPage = new Map<string, LinkProblem[]>();
  for (const problem of problems) byPage.set(problem.page, [...(byPage.get(problem.page) ?? []), problem]);
  const sections = [...byPage].map(([page, found]) => {
    const source = sourceOf(page);
    const heading = source ? `${source} (the page ${page})` : `The page ${page}`;
    return `${heading}\n${found.map((problem) => `  ${problem.link}: ${problem.message}`).join('\n')}`;
  });
  const count = problems.length === 1 ? 'a broken link' : `${problems.length} broken links`;
  return `The site has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again.\n\n${sections.join('\n\n')}`;
}
