import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import site from '../../site.config';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';
import { DIST, page, readDist } from '../support/dist';
import { lineProblems, londonWallClock, parseCalendar } from '../support/ical';
import { readdirSync } from 'node:fs';

/* The calendars in dist/ are read back with ical.js and checked against the event pages. */

const host = new URL(site.url).host;

function eventIds(root = DIST): string[] {
  return readdirSync(join(root, 'events'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'events', entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

describe('the events calendar and per-event calendar files', () => {
  const whole = () => parseCalendar(readDist('/events.ics'));

  it('hold every event once, with a stable UID, DTSTAMP and a link to its page', () => {
    const { events } = whole();
    expect(events.map((event) => event.uid).sort()).toEqual(eventIds().map((id) => `${id}@${host}`));
    for (const event of events) {
      expect(event.stamp.toJSDate().getTime()).not.toBeNaN();
      const id = event.uid.replace(`@${host}`, '');
      expect(event.url).toBe(new URL(`/events/${id}/`, site.url).href);
      const single = parseCalendar(readDist(`/events/${id}.ics`));
      expect(single.events.map((other) => other.uid)).toEqual([event.uid]);
      expect(single.events[0].start.toString()).toBe(event.start.toString());
    }
  });

  it('are valid RFC 5545 text: CRLF line ends, lines folded at 75 octets, VERSION and PRODID', () => {
    const files = ['/events.ics', ...eventIds().map((id) => `/events/${id}.ics`)];
    for (const file of files) {
      const text = readDist(file);
      expect(lineProblems(text), file).toEqual([]);
      const { calendar } = parseCalendar(text);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    }
    expect(parseCalendar(readDist('/events.ics')).calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/Events/);
  });

  it('put each event on the day its page gives, all-day where the page gives no time', () => {
    const byUid = new Map(whole().events.map((event) => [event.uid, event]));
    for (const id of eventIds()) {
      const $ = page(`/events/${id}/`);
      const when = $('.summary-list dd').first();
      const datetime = when.find('time').attr('datetime')!;
      const event = byUid.get(`${id}@${host}`)!;
      expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.start.isDate, id).toBe(true);
      expect(event.start.toString()).toBe(datetime);
      expect(event.end!.toString() > event.start.toString()).toBe(true);
      const partOfDay = /The bulletin says (morning|afternoon|evening)/.exec(when.text())?.[1];
      if (partOfDay) expect(event.summary).toMatch(new RegExp(`\\(${partOfDay}\\)$`));
      else expect(event.summary).toBe($('h1').text().trim());
    }
  });

  it('are linked from every event page as "Add to calendar"', () => {
    for (const id of eventIds()) {
      const link = page(`/events/${id}/`)('a[href$=".ics"]');
      expect(link.attr('href')).toBe(`/events/${id}.ics`);
      expect(link.text()).toMatch(/^Add to calendar/);
    }
  });
});

describe('timed and draft events (fixture build)', () => {
  let build: FixtureBuild;
  const summer = { id: '2026-06-10-timed-summer', date: '2026-06-10', start: '10:00', end: '11:30' };
  const winter = { id: '2026-01-28-timed-winter', date: '2026-01-28', start: '14:00', end: '15:00' };

  beforeAll(() => {
    build = buildWithContent((content) => {
      const event = (fields: string) =>
        `---\ntitle: Test event\nsummary: A test event with times given by the source bulletin.\nbulletin: "2025-12"\n${fields}\n---\n\nBody.\n`;
      for (const timed of [summer, winter]) {
        writeFileSync(
          join(content, 'events', `${timed.id}.md`),
          event(`date: ${timed.date}\nstartTime: "${timed.start}"\nendTime: "${timed.end}"\nvenue: Council House`),
        );
      }
      writeFileSync(join(content, 'events', '2026-02-20-draft.md'), event('date: 2026-02-20\ndraft: true'));
    });
  }, 120_000);

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('round-trips content times to the same Europe/London times, in summer (BST) and winter (GMT)', () => {
    const { events } = parseCalendar(readFileSync(join(build.outDir, 'events.ics'), 'utf8'));
    for (const timed of [summer, winter]) {
      const event = events.find((candidate) => candidate.uid === `${timed.id}@${host}`)!;
      expect(event.start.isDate).toBe(false);
      expect(londonWallClock(event.start)).toEqual({ date: timed.date, time: timed.start });
      expect(londonWallClock(event.end!)).toEqual({ date: timed.date, time: timed.end });
      const single = parseCalendar(readFileSync(join(build.outDir, 'events', `${timed.id}.ics`), 'utf8'));
      expect(londonWallClock(single.events[0].start)).toEqual({ date: timed.date, time: timed.start });
    }
  });

  it("gives timed events' JSON-LD London offsets and a place only from the venue", () => {
    const $ = load(readFileSync(join(build.outDir, 'events', summer.id, 'index.html'), 'utf8'));
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
    expect(existsSync(join(build.outDir, 'events', '2026-02-20-draft.ics'))).toBe(false);
    for (const file of ['events.ics', 'rss.xml', join('events', 'rss.xml')]) {
      expect(readFileSync(join(build.outDir, file), 'utf8'), file).not.toContain('2026-02-20-draft');
    }
    expect(readFileSync(join(build.outDir, 'events.ics'), 'utf8')).toContain(summer.id);
  });
});
