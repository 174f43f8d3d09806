/*
 * The search page's behaviour. Pagefind's code and index start loading when someone is
 * about to search (the box gets focus, or the address has ?q=), so on a slow phone the
 * wait happens while they type. Focus stays where the person is: "Searching…" and then the
 * result count are announced through the status region, and "Show more results" moves
 * focus to the first new result. Abbreviations and their meanings find the same pages; a
 * search explains the glossary entries it names, and one that finds nothing suggests a
 * spelling from the site's own words and places to browse.
 */
import { audienceLine } from '../lib/audience-line';
import { alternativeQueries, glossaryMatches, suggestQuery, wordsNotFound, type GlossaryHint } from '../lib/search-help';
import {
  activeFilterCount,
  hasSearch,
  pagefindFilters,
  readSearchState,
  resultCountMessage,
  searchStateToQueryString,
  type SearchState,
} from '../lib/search-state';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { element: string; id: string; location: number };
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; detail?: string };
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Fetches the search engine and the index's table of contents now, not on Enter. */
  init(): Promise<void>;
  /** Fetches the index chunks a term needs, so Enter finds them already here. */
  preload(term: string, options?: { filters: Record<string, unknown> }): Promise<void>;
  search(
    query: string | null,
    options: { filters: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}

// Each result shown fetches its own fragment: five fill a phone screen and keep a first
// search inside its budget; "Show more results" fetches the next five.
const PAGE_SIZE = 5;
const MAX_SECTIONS = 3;
// A site served under a sub-path finds its index there, and results link there too.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const PAGEFIND_BUNDLE = `${BASE}pagefind/pagefind.js`;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filtersPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const resultsSection = document.querySelector<HTMLElement>('[data-search-results]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-list]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const help = document.querySelector<HTMLElement>('[data-search-help]')!;
const suggestion = document.querySelector<HTMLElement>('[data-search-suggestion]')!;
const suggestionLink = suggestion.querySelector<HTMLAnchorElement>('a')!;
const glossaryBox = document.querySelector<HTMLElement>('[data-search-glossary-matches]')!;
const glossaryList = glossaryBox.querySelector<HTMLUListElement>('ul')!;
const pageTitle = document.title;

interface GlossaryEntry extends GlossaryHint {
  href: string;
}
const glossary: GlossaryEntry[] = [...document.querySelectorAll<HTMLElement>('[data-search-glossary] > [data-name]')].map(
  ({ dataset }) => ({
    name: dataset.name!,
    expansion: dataset.expansion,
    alsoWritten: dataset.alsoWritten?.split('|') ?? [],
    href: dataset.href!,
  }),
);

// Browsers without the scripting media feature show the message until now.
document.querySelector<HTMLElement>('[data-search-unavailable]')!.hidden = true;
form.hidden = false;

/**
 * Pagefind fetches its files one after another: its script, then its entry file, then the
 * search engine and the index's table of contents. On a slow phone that chain takes
 * seconds, so the script and the engine, the two largest, are asked for at once.
 */
function hintSearchFiles(): void {
  const language = document.documentElement.lang.toLowerCase();
  const hints = [
    { rel: 'modulepreload', href: PAGEFIND_BUNDLE },
    { rel: 'preload', href: `${BASE}pagefind/wasm.${language}.pagefind`, as: 'fetch' },
  ];
  for (const hint of hints) {
    const link = element('link');
    link.rel = hint.rel;
    link.href = hint.href;
    if (hint.as) {
      link.as = hint.as;
      // Pagefind fetches it in CORS mode; a preload in another mode would not be reused.
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  }
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) hintSearchFiles();
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as Pagefind;
    // noWorker (an option of Pagefind 1.6's API, read in its pagefind.js) searches on the
    // page instead of in a Web Worker: the worker script is 12 KB more to fetch, and this
    // site's index is small enough that searching it does not hold up the page.
    await module.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })();
  return pagefind;
}

let words: Promise<string[]> | undefined;
/** The site's words, most used first; none when they cannot be fetched, so search still works. */
function loadSiteWords(): Promise<string[]> {
  words ??= fetch(`${BASE}search-words.json`).then(
    (response) => (response.ok ? (response.json() as Promise<string[]>) : []),
    () => [],
  );
  return words;
}

const startLoading = () => void loadPagefind().catch(() => undefined);
input.addEventListener('focus', startLoading, { once: true });
// Fetch the index for what is being typed while it is typed.
input.addEventListener('input', () => {
  const term = input.value.trim();
  if (term.length >= 2) void loadPagefind().then((module) => module.preload(term)).catch(() => undefined);
});

let current = 0;
let results: { data(): Promise<ResultData> }[] = [];
let shown = 0;

function formState(): SearchState {
  return readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function showInForm(state: SearchState): void {
  input.value = state.query;
  for (const checkbox of checkboxes) {
    const name = checkbox.name as keyof SearchState['filters'];
    checkbox.checked = state.filters[name]?.includes(checkbox.value) ?? false;
  }
  if (activeFilterCount(state) > 0) filtersPanel.open = true;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

/** Pagefind escapes excerpts before adding <mark>, so they are safe as HTML. */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p');
  paragraph.innerHTML = `…${html}…`;
  return paragraph;
}

/** The bulletin articles that match best, in the order they appear in the bulletin. */
function matchingSections(data: ResultData): SubResult[] {
  return data.sub_results
    .filter((section) => section.anchor && section.anchor.element !== 'h1')
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, MAX_SECTIONS)
    .sort((a, b) => a.anchor!.location - b.anchor!.location);
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = element('li');
  const heading = element('h3', 'card-title');
  const link = element('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const type = data.filters.type?.[0];
  if (type) {
    const meta = element('p', 'meta');
    meta.textContent = data.meta.detail ? `${type}: ${data.meta.detail}` : type;
    item.append(meta);
  }
  const forWhom = audienceLine(data.filters.audience ?? []);
  if (forWhom) {
    const audience = element('p', 'audience');
    audience.textContent = forWhom;
    item.append(audience);
  }
  // A bulletin holds many articles: link straight to the ones that match.
  const sections = type === 'Bulletin' ? matchingSections(data) : [];
  if (sections.length === 0) {
    item.append(excerpt(data.excerpt));
    return item;
  }
  const sectionList = element('ul');
  for (const section of sections) {
    const entry = element('li');
    const sectionLink = element('a');
    sectionLink.href = section.url;
    sectionLink.textContent = section.title;
    entry.append(sectionLink, excerpt(section.excerpt));
    sectionList.append(entry);
  }
  item.append(sectionList);
  return item;
}

/** Shows the next page of results; returns what it showed. */
async function showMore(search: number, moveFocus: boolean): Promise<ResultData[]> {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (search !== current) return [];
  const items = data.map(renderResult);
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= results.length;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
  return data;
}

async function run(state: SearchState): Promise<void> {
  const search = ++current;
  // The history list and tab show what was searched for.
  document.title = state.query ? pageTitle.replace(/^Search/, `Search results for “${state.query}”`) : pageTitle;
  help.hidden = true;
  suggestion.hidden = true;
  showGlossaryMatches(state.query);
  if (!hasSearch(state)) {
    results = [];
    list.replaceChildren();
    resultsSection.hidden = true;
    status.textContent = '';
    return;
  }
  resultsSection.setAttribute('aria-busy', 'true');
  // Said at once, so a slow connection never looks like a search that did nothing.
  status.textContent = 'Searching…';
  try {
    const found = await findAll(state);
    if (search !== current) return;
    results = found;
    shown = 0;
    list.replaceChildren();
    const first = await showMore(search, false);
    if (search !== current) return;
    resultsSection.hidden = results.length === 0;
    status.textContent = resultCountMessage(results.length, state);
    help.hidden = results.length > 0;
    const excerpts = first.flatMap((data) => [data.excerpt, ...data.sub_results.map((section) => section.excerpt)]);
    if (state.query && wordsNotFound(state.query, excerpts).length > 0) await suggestSpelling(state, search);
  } catch {
    if (search !== current) return;
    resultsSection.hidden = true;
    status.textContent =
      'Search is not working at the moment. Try again later, or browse the bulletins, events and requests to have your say.';
  } finally {
    resultsSection.removeAttribute('aria-busy');
  }
}

/** The query as asked, then as its abbreviations or their meanings, merged: the query as asked ranks first. */
async function findAll(state: SearchState): Promise<{ id: string; data(): Promise<ResultData> }[]> {
  const engine = await loadPagefind();
  const options = { filters: pagefindFilters(state) };
  const queries = [state.query || null, ...(state.query ? alternativeQueries(state.query, glossary) : [])];
  const found = await Promise.all(queries.map((query) => engine.search(query, options)));
  const seen = new Set<string>();
  return found.flatMap((one) => one.results).filter((result) => !seen.has(result.id) && Boolean(seen.add(result.id)));
}

/** What the glossary says about the words searched for, whether or not anything was found. */
function showGlossaryMatches(query: string): void {
  const matches = query ? glossaryMatches(query, glossary) : [];
  glossaryList.replaceChildren(
    ...matches.map((entry) => {
      const item = element('li');
      const link = element('a');
      link.href = entry.href;
      link.textContent = entry.name;
      item.append(link, entry.expansion ? `: ${entry.expansion}` : ' (explained in the glossary)');
      return item;
    }),
  );
  glossaryBox.hidden = matches.length === 0;
}

/** A spelling the site uses, if one is close. */
async function suggestSpelling(state: SearchState, search: number): Promise<void> {
  const better = suggestQuery(state.query, await loadSiteWords());
  if (search !== current || !better) return;
  suggestionLink.textContent = better;
  suggestionLink.href = `${location.pathname}${searchStateToQueryString({ ...state, query: better })}`;
  suggestion.hidden = false;
}

suggestionLink.addEventListener('click', (event) => {
  event.preventDefault();
  const state = readSearchState(new URL(suggestionLink.href).searchParams);
  showInForm(state);
  update(state, 'push');
});

function update(state: SearchState, history: 'push' | 'replace'): void {
  const address = `${location.pathname}${searchStateToQueryString(state)}`;
  if (address !== `${location.pathname}${location.search}`) {
    if (history === 'push') window.history.pushState(null, '', address);
    else window.history.replaceState(null, '', address);
  }
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update(formState(), 'push');
});

for (const checkbox of checkboxes) {
  checkbox.addEventListener('change', () => update(formState(), 'replace'));
}

form.querySelector('[data-search-clear-filters]')!.addEventListener('click', () => {
  for (const checkbox of checkboxes) checkbox.checked = false;
  update(formState(), 'replace');
});

more.addEventListener('click', () => void showMore(current, true));

window.addEventListener('popstate', () => {
  const state = readSearchState(new URLSearchParams(location.search));
  showInForm(state);
  void run(state);
});

const initial = readSearchState(new URLSearchParams(location.search));
showInForm(initial);
if (hasSearch(initial)) void run(initial);
// Focused before this script arrived (the form shows as soon as the page does).
else if (document.activeElement === input) startLoading();
