import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEventInput } from '../../src/lib/calendar';
import { lineProblems, londonWallClock, parseCalendar } from '../support/ical';

const siteUrl = 'https://send-news.example.org';
const now = new Date('2026-01-15T12:00:00Z');

const base: CalendarEventInput = {
  id: 'workshop-1',
  title: 'Banded descriptors review workshop 1: Communication and interaction (SCLN/Autism)',
  summary: 'Workshop 1 of 7 reviewing the current ‘Band’ descriptors, with 10–12 participants.',
  when: { date: '2026-01-21', partOfDay: 'morning' },
  venue: 'Council House',
  online: false,
  contacts: [],
};

function only(events: CalendarEventInput[], subscription?: Parameters<typeof buildCalendar>[1]['subscription']) {
  const text = buildCalendar(events, { siteUrl, now, subscription });
  return { text, ...parseCalendar(text) };
}

describe('buildCalendar', () => {
  it('writes an event with only a part of day as an all-day event and says the part of day', () => {
    const { events } = only([base]);
    const [event] = events;
    expect(event.start.isDate).toBe(true);
    expect(event.start.toString()).toBe('2026-01-21');
    expect(event.end?.toString()).toBe('2026-01-22');
    expect(event.summary).toBe(`${base.title} (morning)`);
    expect(event.description).toContain('Wednesday 21 January 2026, morning (the bulletin gives no exact time)');
    expect(event.location).toBe('Council House');
  });

  it('marks all-day events as free time (TRANSP:TRANSPARENT) so they do not block a working day, and timed ones as busy', () => {
    const { calendar } = only([base, { ...base, id: 'timed', when: { date: '2026-06-16', startTime: '10:00', endTime: '11:30' } }]);
    const transparency = calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('transp'));
    expect(transparency).toEqual(['TRANSPARENT', 'OPAQUE']);
  });

  it('gives a multi-day event an end the day after its last day (DTEND is exclusive)', () => {
    const { events } = only([{ ...base, when: { date: '2026-06-16', endDate: '2026-06-17' } }]);
    expect(events[0].start.toString()).toBe('2026-06-16');
    expect(events[0].end?.toString()).toBe('2026-06-18');
  });

  it('writes timed events as UTC instants that read back as the London times in summer and winter', () => {
    const { events } = only([
      { ...base, id: 'summer', when: { date: '2026-06-16', startTime: '10:00', endTime: '11:30' } },
      { ...base, id: 'winter', when: { date: '2026-01-28', startTime: '14:00', endTime: '15:00' } },
    ]);
    const [summer, winter] = events;
    expect(summer.start.isDate).toBe(false);
    expect(summer.start.toJSDate().toISOString()).toBe('2026-06-16T09:00:00.000Z');
    expect(londonWallClock(summer.start)).toEqual({ date: '2026-06-16', time: '10:00' });
    expect(londonWallClock(summer.end!)).toEqual({ date: '2026-06-16', time: '11:30' });
    expect(londonWallClock(winter.start)).toEqual({ date: '2026-01-28', time: '14:00' });
    expect(winter.summary).toBe(base.title);
  });

  it('says whom to email for a booking form without a link, or about a booking that names none', () => {
    const contacts = [{ name: 'Helen Ellis', email: 'Helen.Ellis@example.org' }];
    const [withForm] = only([{ ...base, contacts, booking: { text: 'Book a place', link: { title: 'Booking form' } } }]).events;
    expect(withForm.description).toContain(
      'How to book: Book a place. Booking form. The bulletin does not link to it. Email Helen Ellis (Helen.Ellis@example.org) to ask for it.',
    );
    const [withNothing] = only([{ ...base, contacts, booking: { text: 'Places to be confirmed' } }]).events;
    expect(withNothing.description).toContain('How to book: Places to be confirmed. Email Helen Ellis (Helen.Ellis@example.org) to ask about booking.');
  });

  it('never invents an end time', () => {
    const { events } = only([{ ...base, when: { date: '2026-06-16', startTime: '10:00' } }]);
    expect(events[0].end).toBeNull();
  });

  it('gives stable UIDs, a DTSTAMP of the build time and a link to the page', () => {
    const { events } = only([base]);
    expect(events[0].uid).toBe('workshop-1@send-news.example.org');
    expect(events[0].stamp.toJSDate().toISOString()).toBe(now.toISOString());
    expect(events[0].url).toBe('https://send-news.example.org/events/workshop-1/');
    expect(only([base]).events[0].uid).toBe(events[0].uid);
  });

  it('says "Online" for an online event and leaves the location out when the source gives none', () => {
    expect(only([{ ...base, online: true, venue: undefined }]).events[0].location).toBe('Online');
    expect(only([{ ...base, venue: undefined }]).events[0].location).toBeNull();
  });

  it('ends lines with CRLF and folds them at 75 octets, even with multi-byte characters', () => {
    const { text } = only([{ ...base, summary: '‘Band’ – '.repeat(40) }]);
    expect(lineProblems(text)).toEqual([]);
    expect(text).toMatch(/\r\n /);
  });

  it('names a subscribable calendar and asks apps to refresh it; a one-event file has no name', () => {
    const subscribed = only([base], { name: 'Events', description: 'All events', refreshSeconds: 86400 });
    expect(subscribed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Events');
    expect(subscribed.text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    const single = only([base]);
    expect(single.calendar.getFirstPropertyValue('x-wr-calname')).toBeNull();
    expect(single.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(single.calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  });
});
