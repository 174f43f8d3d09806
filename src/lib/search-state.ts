import { searchFilterNames, type SearchFilterName } from './search-filters';

/*
 * What someone searched for, kept in the address (?q=…&type=…) so a search can be shared,
 * bookmarked and found again with the back button. Used in the browser by the search page.
 */

export interface SearchState {
  query: string;
  filters: Record<SearchFilterName, string[]>;
}

const filterNames = Object.keys(searchFilterNames) as SearchFilterName[];

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    filterNames.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))]]),
  ) as Record<SearchFilterName, string[]>;
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state: q first, then filters in a fixed order, empty ones left out. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of filterNames) for (const value of state.filters[name]) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function activeFilterCount(state: SearchState): number {
  return filterNames.reduce((count, name) => count + state.filters[name].length, 0);
}

/** There is something to search for: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || activeFilterCount(state) > 0;
}

/** Pagefind's filter option: any ticked value within a group, every group that has one. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    filterNames.filter((name) => state.filters[name].length > 0).map((name) => [name, { any: state.filters[name] }]),
  );
}

/** The sentence announced to screen readers and shown above the results. */
export function resultCountMessage(count: number, state: SearchState): string {
  const results = count === 1 ? '1 result' : `${count === 0 ? 'No' : count} results`;
  const filterCount = activeFilterCount(state);
  const about = state.query ? ` for “${state.query}”` : '';
  const filtered = filterCount === 0 ? '' : ` with ${filterCount === 1 ? '1 filter' : `${filterCount} filters`}`;
  const hint =
    count > 0 ? '' : filterCount > 0 ? ' Try removing a filter.' : ' Check the spelling or try other words.';
  return `${results}${about}${filtered}.${hint}`;
}
