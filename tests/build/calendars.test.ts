import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import site from '../../site.config';
import { FIXTURE, LIVE, type BuiltSite } from '../support/dist';
import { lineProblems, londonWallClock, parseCalendar } from '../support/ical';

/* The calendars are read back with ical.js and checked against the event pages of the same build. */

const host = new URL(site.url).host;

function eventIds(built: BuiltSite): string[] {
  return readdirSync(join(built.root, 'events'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(built.root, 'events', entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

describe.each([FIXTURE, LIVE])('the events calendar and per-event calendar files of $name', (built) => {
  const whole = () => parseCalendar(built.read('/events.ics'));

  it('hold every event once, with a stable UID, DTSTAMP and a link to its page', () => {
    const { events } = whole();
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((event) => event.uid).sort()).toEqual(eventIds(built).map((id) => `${id}@${host}`));
    for (const event of events) {
      expect(event.stamp.toJSDate().getTime()).not.toBeNaN();
      const id = event.uid.replace(`@${host}`, '');
      expect(event.url).toBe(new URL(`/events/${id}/`, site.url).href);
      const single = parseCalendar(built.read(`/events/${id}.ics`));
      expect(single.events.map((other) => other.uid)).toEqual([event.uid]);
      expect(single.events[0].start.toString()).toBe(event.start.toString());
    }
  });

  it('are valid RFC 5545 text: CRLF line ends, lines folded at 75 octets, VERSION and PRODID', () => {
    const files = ['/events.ics', ...eventIds(built).map((id) => `/events/${id}.ics`)];
    for (const file of files) {
      const text = built.read(file);
      expect(lineProblems(text), file).toEqual([]);
      const { calendar } = parseCalendar(text);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    }
    expect(whole().calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/Events/);
  });

  it('put each event on the day its page gives, at the time it gives or all day', () => {
    const byUid = new Map(whole().events.map((event) => [event.uid, event]));
    for (const id of eventIds(built)) {
      const $ = built.page(`/events/${id}/`);
      const when = $('.summary-list dd').first();
      const datetime = when.find('time').attr('datetime')!;
      const event = byUid.get(`${id}@${host}`)!;
      if (event.start.isDate) {
        expect(datetime, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(event.start.toString()).toBe(datetime);
      } else {
        expect(londonWallClock(event.start).date, id).toBe(datetime.slice(0, 10));
      }
      expect(event.end!.toString() > event.start.toString()).toBe(true);
      const partOfDay = /The bulletin says (morning|afternoon|evening)/.exec(when.text())?.[1];
      if (partOfDay) expect(event.summary).toMatch(new RegExp(`\\(${partOfDay}\\)$`));
      else expect(event.summary).toBe($('h1').text().trim());
    }
  });

  it('are linked from every event page as "Add to calendar"', () => {
    for (const id of eventIds(built)) {
      const link = built.page(`/events/${id}/`)('a[href$=".ics"]');
      expect(link.attr('href')).toBe(`/events/${id}.ics`);
      expect(link.text()).toMatch(/^Add to calendar/);
    }
  });
});

describe('timed and draft events of the fixture site', () => {
  const summer = { id: '2026-06-10-summer-transition-fair', date: '2026-06-10', start: '10:00', end: '11:30' };
  const winter = { id: '2026-01-15-send-information-evening', date: '2026-01-15', start: '17:30', end: '19:00' };
  const draft = '2026-02-20-draft-parent-workshop';

  it('round-trips content times to the same Europe/London times, in summer (BST) and winter (GMT)', () => {
    const { events } = parseCalendar(FIXTURE.read('/events.ics'));
    for (const timed of [summer, winter]) {
      const event = events.find((candidate) => candidate.uid === `${timed.id}@${host}`)!;
      expect(event.start.isDate).toBe(false);
      expect(londonWallClock(event.start)).toEqual({ date: timed.date, time: timed.start });
      expect(londonWallClock(event.end!)).toEqual({ date: timed.date, time: timed.end });
      const single = parseCalendar(FIXTURE.read(`/events/${timed.id}.ics`));
      expect(londonWallClock(single.events[0].start)).toEqual({ date: timed.date, time: timed.start });
    }
  });

  it("gives timed events' JSON-LD London offsets and a place only from the venue", () => {
    const $ = FIXTURE.page(`/events/${summer.id}/`);
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: `${summer.date}T${summer.start}:00+01:00`,
      endDate: `${summer.date}T${summer.end}:00+01:00`,
      location: { '@type': 'Place', name: 'Council House' },
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
  });

  it('leaves drafts out of calendars and feeds', () => {
    expect(existsSync(FIXTURE.file(`/events/${draft}.ics`))).toBe(false);
    for (const file of ['/events.ics', '/rss.xml', '/events/rss.xml']) {
      expect(FIXTURE.read(file), file).not.toContain(draft);
    }
    expect(FIXTURE.read('/events.ics')).toContain(summer.id);
  });
});
