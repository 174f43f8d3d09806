import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/dist';
import { parseCalendar } from '../support/ical';
import { xmlErrors } from '../support/strict-xml';

const DIST = FIXTURE.root;

/*
 * Every feed, sitemap and calendar the site publishes, read by strict parsers: a feed
 * reader or calendar app that meets one invalid character may drop the whole feed.
 * tests/build/hostile-content.test.ts does the same over hostile content.
 */

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1));

describe('feeds and calendars parse with real parsers', () => {
  const xml = files.filter((file) => file.endsWith('.xml'));
  const calendars = files.filter((file) => file.endsWith('.ics'));

  it('finds the outputs', () => {
    expect(xml).toEqual(expect.arrayContaining(['rss.xml', 'bulletins/rss.xml', 'sitemap-index.xml']));
    expect(calendars).toContain('events.ics');
  });

  it.each(xml)('%s is well-formed XML 1.0', (file) => {
    expect(xmlErrors(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
  });

  it.each(calendars)('%s parses with ical.js', (file) => {
    expect(parseCalendar(readFileSync(join(DIST, file), 'utf8')).events.length).toBeGreaterThan(0);
  });

  it('the strict parser rejects a control character, which lenient feed readers let through', () => {
    expect(xmlErrors('<rss><title>Pasted from Word\u000B</title></rss>')).toEqual([expect.stringContaining('disallowed character')]);
  });
});
