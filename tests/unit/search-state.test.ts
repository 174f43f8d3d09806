import { describe, expect, it } from 'vitest';
import {
  hasSearch,
  pagefindFilters,
  readSearchState,
  resultCountMessage,
  searchStateToQueryString,
} from '../../src/lib/search-state';
import { searchFilterValues } from '../../src/lib/search-filters';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('search state in the address', () => {
  it('reads the query and the ticked filters', () => {
    const state = read('?q=+banded+workshop+&type=Event&area=Sensory&area=Sensory&year=2026&unknown=x');
    expect(state.query).toBe('banded workshop');
    expect(state.filters).toEqual({ type: ['Event'], area: ['Sensory'], audience: [], year: ['2026'] });
  });

  it('writes a state back to the same address, in a fixed order', () => {
    const text = '?q=banded+workshop&type=Event&type=Bulletin&audience=Governors&year=2026';
    expect(searchStateToQueryString(read(text))).toBe(text);
    expect(searchStateToQueryString(read('?year=2026&q=x'))).toBe('?q=x&year=2026');
    expect(searchStateToQueryString(read(''))).toBe('');
  });

  it('knows when there is nothing to search for', () => {
    expect(hasSearch(read('?q=%20'))).toBe(false);
    expect(hasSearch(read('?type=Event'))).toBe(true);
  });
});

describe('pagefindFilters', () => {
  it('matches any ticked value within a group and every group that has one', () => {
    expect(pagefindFilters(read('?type=Event&type=Bulletin&year=2026'))).toEqual({
      type: { any: ['Event', 'Bulletin'] },
      year: { any: ['2026'] },
    });
    expect(pagefindFilters(read('?q=x'))).toEqual({});
  });
});

describe('resultCountMessage', () => {
  it('says how many results there are, for what, and what to try when there are none', () => {
    expect(resultCountMessage(1, read('?q=fund'))).toBe('1 result for “fund”.');
    expect(resultCountMessage(12, read('?q=fund&type=Event'))).toBe('12 results for “fund” with 1 filter.');
    expect(resultCountMessage(0, read('?q=fnud'))).toBe('No results for “fnud”. Check the spelling or try other words.');
    expect(resultCountMessage(0, read('?type=Event&year=2024'))).toBe('No results with 2 filters. Try removing a filter.');
  });
});

describe('searchFilterValues', () => {
  it('takes the year from a date or an issue month and removes repeated tags', () => {
    expect(
      searchFilterValues({ kind: 'consultation', areasOfNeed: ['Sensory', 'Sensory'], audiences: [], date: '2025-12' }),
    ).toEqual({ type: ['Have your say'], area: ['Sensory'], audience: [], year: ['2025'] });
    expect(searchFilterValues({ kind: 'event', areasOfNeed: [], audiences: ['Governors'], date: '2026-06-16' }).year).toEqual([
      '2026',
    ]);
  });
});
