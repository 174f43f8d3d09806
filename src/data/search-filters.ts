import {
  getAreasOfNeed,
  getAudiences,
  getBulletins,
  getConsultations,
  getEvents,
  type Bulletin,
  type Consultation,
  type SiteEvent,
  termLabels,
} from './content';
import { contentTypeLabel } from '../lib/feeds/feed-items';
import { searchFilterNames, searchFilterValues, type SearchFilterName, type SearchFilterValues } from '../lib/search-filters';

/** Search filter values for each kind of page, and every value in use for the search form. */

/** A bulletin is about whatever the events and requests it announces are about (its terms). */
export async function bulletinSearchFilters(bulletin: Bulletin): Promise<SearchFilterValues> {
  return searchFilterValues({ kind: 'bulletin', ...termLabels(bulletin.terms), date: bulletin.data.issue });
}

export async function eventSearchFilters(event: SiteEvent): Promise<SearchFilterValues> {
  return searchFilterValues({ kind: 'event', ...termLabels(event.terms), date: event.data.date });
}

/** A request belongs to the year it closes, or else the year it was announced. */
export async function consultationSearchFilters(consultation: Consultation): Promise<SearchFilterValues> {
  return searchFilterValues({
    kind: 'consultation',
    ...termLabels(consultation.terms),
    date: consultation.data.closes ?? consultation.bulletin.data.issue,
  });
}

/** Every filter value some page has, in a stable order, for the search form's checkboxes. */
export async function searchFilterOptions(): Promise<{ name: SearchFilterName; legend: string; values: string[] }[]> {
  const all = await Promise.all([
    ...(await getBulletins()).map(bulletinSearchFilters),
    ...(await getEvents()).map(eventSearchFilters),
    ...(await getConsultations()).map(consultationSearchFilters),
  ]);
  const inUse = (name: SearchFilterName) => new Set(all.flatMap((filters) => filters[name]));
  // Types, areas and audiences keep the order the site lists them in; years run newest first.
  const ordered: Record<SearchFilterName, string[]> = {
    type: Object.values(contentTypeLabel),
    area: (await getAreasOfNeed()).map((area) => area.data.label),
    audience: (await getAudiences()).map((audience) => audience.data.label),
    year: [...inUse('year')].sort().reverse(),
  };
  return (Object.keys(searchFilterNames) as SearchFilterName[]).map((name) => {
    const used = inUse(name);
    return { name, legend: searchFilterNames[name], values: ordered[name].filter((value) => used.has(value)) };
  });
}
