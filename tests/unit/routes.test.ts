import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  basePathOf,
  entryOfPath,
  entryPath,
  eventCalendarPath,
  withBase,
  withoutBase,
} from '../../src/lib/routes';

describe('the route table', () => {
  it('gives each kind of entry its section', () => {
    expect(entryPath('bulletin', '2026-02')).toBe('/bulletins/2026-02/');
    expect(entryPath('event', 'x')).toBe('/events/x/');
    expect(entryPath('consultation', 'y')).toBe('/have-your-say/y/');
    expect(entryPath('areaOfNeed', 'semh')).toBe('/areas-of-need/semh/');
    expect(eventCalendarPath('x')).toBe('/events/x.ics');
  });

  it('finds the entry a page belongs to, and nothing for list or year pages', () => {
    expect(entryOfPath('/have-your-say/y/')).toEqual({ kind: 'consultation', id: 'y' });
    expect(entryOfPath('/events/x/index.html')).toEqual({ kind: 'event', id: 'x' });
    expect(entryOfPath('/events/past/2025/')).toBeUndefined();
    expect(entryOfPath('/areas-of-need/semh/rss.xml')).toBeUndefined();
    expect(entryOfPath('/search/')).toBeUndefined();
  });

  it('links under a sub-path when the site is served from one', () => {
    expect(basePathOf('https://example.org')).toBe('/');
    expect(basePathOf('https://example.org/send-news')).toBe('/send-news/');
    expect(withBase('/events/x/', '/send-news/')).toBe('/send-news/events/x/');
    expect(withoutBase('/send-news/events/x/', '/send-news/')).toBe('/events/x/');
    expect(absoluteUrl('/events/x/', 'https://example.org/send-news')).toBe('https://example.org/send-news/events/x/');
    expect(absoluteUrl('/', 'https://example.org')).toBe('https://example.org/');
  });
});

/** Source files other than the route table, where an entry address must never be spelt out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.endsWith(join('lib', 'routes.ts')));
}

describe('addresses are built only by the route table', () => {
  it('no page, component, feed or calendar writes a section path by hand', () => {
    const handWritten = /["'`]\/(bulletins|events|have-your-say|areas-of-need)\/[^"'`]*["'`$]/;
    const offenders = sourceFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${file}:${index + 1}` }))
        .filter(({ line }) => handWritten.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
