/*
 * The search page's behaviour. Pagefind's code and index are fetched only when someone
 * searches. Focus stays where the person is: the result count is announced through the
 * status region, and "Show more results" moves focus to the first new result.
 */
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
  search(
    query: string | null,
    options: { filters: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}

// Each result shown fetches its own fragment: five fill a phone screen and keep a first
// search inside its budget; "Show more results" fetches the next five.
const PAGE_SIZE = 5;
const MAX_SECTIONS = 3;
// The site may be served under a sub-path (SITE_URL); Pagefind's result addresses are
// relative to the built folder, so it is told the sub-path too.
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
const PAGEFIND_BUNDLE = `${BASE}/pagefind/pagefind.js`;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filtersPanel = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const resultsSection = document.querySelector<HTMLElement>('[data-search-results]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-list]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const pageTitle = document.title;

document.querySelector<HTMLElement>('[data-search-unavailable]')!.hidden = true;
form.hidden = false;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as Pagefind;
    // noWorker (an option of Pagefind 1.6's API, read in its pagefind.js) searches on the
    // page instead of in a Web Worker: the worker script is 12 KB more to fetch, and this
    // site's index is small enough that searching it does not hold up the page.
    await module.options({ excerptLength: 24, noWorker: true, baseUrl: `${BASE}/` });
    return module;
  })();
  return pagefind;
}

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

async function showMore(search: number, moveFocus: boolean): Promise<void> {
  const next = results.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (search !== current) return;
  const items = data.map(renderResult);
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= results.length;
  if (moveFocus) items[0]?.querySelector('a')?.focus();
}

async function run(state: SearchState): Promise<void> {
  const search = ++current;
  // The history list and tab show what was searched for.
  document.title = state.query ? pageTitle.replace(/^Search/, `Search results for “${state.query}”`) : pageTitle;
  if (!hasSearch(state)) {
    results = [];
    list.replaceChildren();
    resultsSection.hidden = true;
    status.textContent = '';
    return;
  }
  resultsSection.setAttribute('aria-busy', 'true');
  try {
    const found = await (await loadPagefind()).search(state.query || null, { filters: pagefindFilters(state) });
    if (search !== current) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore(search, false);
    if (search !== current) return;
    resultsSection.hidden = results.length === 0;
    status.textContent = resultCountMessage(results.length, state);
  } catch {
    if (search !== current) return;
    resultsSection.hidden = true;
    status.textContent =
      'Search is not working at the moment. Try again later, or browse the bulletins, events and requests to have your say.';
  } finally {
    resultsSection.removeAttribute('aria-busy');
  }
}

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
