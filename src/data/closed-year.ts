import { closingYear } from '../lib/archive-years';
import type { Consultation, SiteEvent } from './content';

/** Files each closed request to have your say under the year it closed. */
export function closedYearOf(events: readonly SiteEvent[]): (consultation: Consultation) => string {
  const dates = new Map(events.map((event) => [event.id, event.data.date]));
  return (consultation) => {
    const eventDates = consultation.data.events.flatMap((reference) => dates.get(reference.id) ?? []);
    // A closed request always has a closing date or events; the bulletin's year is a last resort.
    return closingYear(consultation.data.closes, eventDates) ?? consultation.data.bulletin.id.slice(0, 4);
  };
}
