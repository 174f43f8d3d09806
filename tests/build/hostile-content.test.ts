import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIVE_CONTENT } from '../support/sites';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';
import { parseCalendar } from '../support/ical';
import { contentsOf, everyFile, shown } from '../support/output-files';
import { xmlErrors } from '../support/strict-xml';

/** The hostile cases were written against copies of the live content, which they add to. */
function buildHostile(change: (contentDir: string) => void, env: Record<string, string> = {}): FixtureBuild {
  return buildWithContent(change, env, LIVE_CONTENT);
}

/*
 * The hostile fixtures (tests/fixtures/hostile/) built as a site, as an attacker or a
 * careless editor would commit them. Several cases share one build where they cannot
 * hide each other (builds take turns and cost seconds each); the unit tests check each
 * rule one by one (content-source-check, content-files, output-safety).
 */

const BUILD_TIMEOUT = 180_000;
const HOSTILE = 'tests/fixtures/hostile';

function copy(content: string, fixture: string, to: string): void {
  copyFileSync(join(HOSTILE, fixture), join(content, to));
}

const AUTHOR = 'author:\n  name: Canary Author\n  role: Canary role\n';

describe('an MDX bulletin cannot run code on the build machine', () => {
  let build: FixtureBuild;
  const marker = join(mkdtempSync(join(tmpdir(), 'hostile-marker-')), 'import-ran');
  beforeAll(() => {
    build = buildHostile(
      (content) => {
        copy(content, 'mdx-code.mdx', 'bulletins/2026-01.mdx');
        copy(content, '_write-marker.mjs', 'bulletins/_write-marker.mjs');
      },
      { HOSTILE_IMPORT_MARKER: marker },
    );
  }, BUILD_TIMEOUT);

  it('stops the build naming the file and each line', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, 'bulletins/2026-01.mdx')} has something the site does not allow in its text:`);
    expect(build.output).toMatch(/line 9: "import \{ execSync \} from "node:child_process"": bulletins cannot import or export code/);
    expect(build.output).toMatch(/line 19: \{<iframe src="https:\/\/example.org\/form"><\/iframe>\}: text in curly braces runs as code/);
    expect(build.output).toMatch(/line 27: <WorkshopTimetabel>, which is not one of the site's components/);
  });

  it("never runs the editor's import or expressions", () => {
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(process.cwd(), 'HOSTILE-EXEC-MARKER'))).toBe(false);
  });

  it('leaves nothing behind in the output folder', () => {
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('raw HTML outside the allowlist stops the build, and a failed build leaves nothing', () => {
  let build: FixtureBuild;
  const file = 'events/2026-02-10-hostile-raw-html.md';
  beforeAll(() => {
    build = buildHostile((content) => copy(content, 'raw-html.md', file));
  }, BUILD_TIMEOUT);

  it('names the file, each line and the fix', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, file)} has something the site does not allow in its text:`);
    expect(build.output).toContain('- line 9: a <style> element, which the site does not allow. Styles come from the site');
    expect(build.output).toContain('- line 11: a <form> element, which the site does not allow. To collect answers, link to the form');
    expect(build.output).toContain('- line 11: an <input> element');
    expect(build.output).toContain('- line 14: a <meta> element');
  });

  it('removes the output folder, with the server bundle in .prerender', () => {
    expect(existsSync(join(build.outDir, '.prerender'))).toBe(false);
    expect(existsSync(build.outDir)).toBe(false);
  });
});

describe('dates, invisible characters and a byte-order mark are named as written', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildHostile((content) => {
      const event = (name: string, fields: string) =>
        writeFileSync(join(content, 'events', name), `---\n${fields}bulletin: "2026-02"\n---\n\nText.\n`);
      event('2026-02-28-impossible-date.md', 'title: Impossible date\nsummary: An event on a day that does not exist.\ndate: 2026-02-30\n');
      event('2026-02-27-month-thirteen.md', 'title: Month thirteen\nsummary: An event ending in a month that does not exist.\ndate: 2026-02-27\nendDate: 2026-13-01\n');
      event('2026-02-26-vertical-tab.md', 'title: Vertical tab\nsummary: "Pasted from Word:\u000Ba vertical tab."\ndate: 2026-02-26\n');
      event('2026-02-25-nul.md', 'title: "NUL\u0000 and BEL\u0007"\nsummary: A title with control characters in it.\ndate: 2026-02-25\n');
      event('2026-02-24-form-feed.md', 'title: Form feed\nsummary: A body with a page break in it.\ndate: 2026-02-24\n'.replace('Text.', 'Text.'));
      writeFileSync(join(content, 'events/2026-02-24-form-feed.md'), readFileSync(join(content, 'events/2026-02-24-form-feed.md'), 'utf8').replace('Text.', 'Page\u000Cbreak.'));
      writeFileSync(join(content, 'bulletins/2026-03.md'), `---\ntitle: Scheduled\nissue: "2026-03"\npublished: 2026-03-01T00:30:00+01:00\nsummary: A bulletin with a publish time and offset.\n${AUTHOR}---\n\nText.\n`);
      writeFileSync(join(content, 'bulletins/2026-04.md'), `---\ntitle: Impossible publish date\nissue: "2026-04"\npublished: 2026-02-30\nsummary: A bulletin published on a day that does not exist.\n${AUTHOR}---\n\nText.\n`);
      writeFileSync(join(content, 'bulletins/2026-05.md'), `\uFEFF---\ntitle: Byte-order mark\nissue: "2026-05"\nsummary: A bulletin saved as UTF-8 with BOM by Notepad.\n${AUTHOR}---\n\nText.\n`);
      writeFileSync(join(content, 'bulletins/2026-06.md'), `---\ntitle: Month thirteen\nissue: 2026-13\nsummary: A bulletin for a month that does not exist.\n${AUTHOR}---\n\nText.\n`);
    });
  }, BUILD_TIMEOUT);

  it.each([
    ['events/2026-02-28-impossible-date.md', 'line 4, date: 2026-02-30 is not a date: February 2026 has 28 days.'],
    ['events/2026-02-27-month-thirteen.md', 'line 5, endDate: 2026-13-01 is not a date: there is no month 13'],
    ['events/2026-02-26-vertical-tab.md', 'line 3: This line has a vertical tab (U+000B), usually pasted from Word'],
    ['events/2026-02-25-nul.md', 'line 2: This line has a NUL character (U+0000)'],
    ['events/2026-02-24-form-feed.md', 'line 8: This line has a form feed (page break) (U+000C)'],
    ['bulletins/2026-03.md', 'line 4, published: Write the date only, as 2026-03-01'],
    ['bulletins/2026-04.md', 'line 4, published: 2026-02-30 is not a date: February 2026 has 28 days.'],
    ['bulletins/2026-05.md', 'line 1: The file starts with an invisible byte-order mark (BOM)'],
    ['bulletins/2026-06.md', 'issue: 2026-13 is not a month: there is no month 13: months go from 01 (January) to 12 (December).'],
  ])('%s', (file, message) => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, file)}\n  ${message}`);
  });
});

/*
 * One build of hostile but allowed content: drafts and scheduled entries with images,
 * odd characters, and a greater-than sign before a date in an alt text, a glossary
 * expansion and a timetable caption. It must build, and publish nothing it should not.
 */
const INJECTION = 'events/2026-02-14-canary-rewrite-injection.md';
let allowed: FixtureBuild;
let files: { path: string; name: string; text: string }[] = [];
beforeAll(() => {
  allowed = buildHostile((content) => {
    copy(content, 'rewrite-injection.md', INJECTION);
    const edit = (name: string, from: string, to: string) => writeFileSync(join(content, name), readFileSync(join(content, name), 'utf8').replace(from, to));
    edit('glossary.yaml', 'expansion: education, health and care plan', 'expansion: "plan > 20 March 2026 <meta http-equiv=refresh content=1;url=/glossary/>"');
    edit('bulletins/2025-12.mdx', 'caption="Banded descriptors review workshops, January and February 2026"', 'caption="Workshops > 20 March 2026 <meta http-equiv=refresh content=1;url=/events/>"');
    copy(content, 'draft-with-image.mdx', 'bulletins/2026-01.mdx');
    copy(content, 'draft-poster.png', 'bulletins/draft-poster.png');
    copy(content, 'future-with-image.mdx', 'bulletins/2026-03.mdx');
    copy(content, 'embargoed-poster.png', 'bulletins/embargoed-poster.png');
    copy(content, 'future-event-with-image.md', 'events/2026-03-10-canary-embargoed-event.md');
    copy(content, 'embargoed-event-poster.png', 'events/embargoed-event-poster.png');
    copy(content, 'published-event-with-image.md', 'events/2026-02-12-canary-published-event.md');
    copy(content, 'published-poster.png', 'events/published-poster.png');
    copy(content, 'odd-characters.md', 'events/2026-02-13-canary-odd-characters.md');
  });
  if (allowed.ok) files = everyFile(allowed.outDir).map((path) => ({ path, name: relative(allowed.outDir, path), text: contentsOf(path) }));
}, BUILD_TIMEOUT);

describe('a site built from hostile but allowed content is safe in every output', () => {
  const containing = (needle: string) => {
    // A failed build has no output, and its absence would prove nothing.
    if (!allowed.ok) throw new Error('The build failed, so there is no output to scan.');
    return files.filter((file) => file.text.toLowerCase().includes(needle.toLowerCase()) || file.name.includes(needle)).map((file) => file.name);
  };

  it('builds', () => {
    expect(allowed.ok, allowed.output).toBe(true);
  });

  it('the scan finds what is published: the published event and its image', () => {
    expect(containing('Canary published event qz4')).toEqual(expect.arrayContaining(['events/2026-02-12-canary-published-event/index.html', 'events.ics']));
    expect(containing('published-poster').length).toBeGreaterThan(0);
  });

  it.each([
    ['the draft MDX bulletin', 'Canary draft MDX bulletin qz1'],
    ['the draft bulletin\'s image', 'draft-poster'],
    ['the scheduled MDX bulletin', 'Canary scheduled MDX bulletin qz2'],
    ['the scheduled bulletin\'s image', 'embargoed-poster'],
    ['the scheduled bulletin\'s timetable', 'Canary embargoed sessions'],
    ['the event of the scheduled bulletin', 'Canary embargoed event qz3'],
    ['the event\'s image', 'embargoed-event-poster'],
  ])('no file, file name or search fragment holds %s', (_case, needle) => {
    expect(containing(needle)).toEqual([]);
  });

  it.each(['draft-poster.png', 'embargoed-poster.png', 'embargoed-event-poster.png'])('no output holds %s itself, under any name', (image) => {
    const poster = readFileSync(join(HOSTILE, image));
    expect(everyFile(allowed.outDir).filter((file) => readFileSync(file).equals(poster))).toEqual([]);
  });

  it('every feed and sitemap is well-formed XML to a strict parser', () => {
    const xml = files.filter((file) => file.name.endsWith('.xml'));
    expect(xml.length).toBeGreaterThan(5);
    for (const file of xml) expect(xmlErrors(file.text), file.name).toEqual([]);
  });

  it('every calendar parses with ical.js and keeps the odd characters as text', () => {
    const calendars = files.filter((file) => file.name.endsWith('.ics'));
    expect(calendars.length).toBeGreaterThan(5);
    for (const file of calendars) expect(() => parseCalendar(file.text), file.name).not.toThrow();
    const odd = parseCalendar(files.find((file) => file.name === 'events/2026-02-13-canary-odd-characters.ics')!.text).events[0];
    expect(odd.summary).toBe('Canary odd characters qz5 <script>alert(1)</script> & "quotes" ]]> \'apos\' 💬');
    expect(odd.location).toContain("Room <1> & 'Hall' ]]>");
  });

  it('a <script> in a title is shown as text, never run', () => {
    const $ = load(files.find((file) => file.name === 'events/2026-02-13-canary-odd-characters/index.html')!.text);
    expect($('h1').text()).toContain('<script>alert(1)</script>');
    expect($('script:not([src]):not([type="application/ld+json"])').toArray().every((script) => !$(script).text().includes('alert'))).toBe(true);
  });
});

describe('a greater-than sign before a date cannot let markup out of an attribute', () => {
  it('no page or feed carries the markup: the words stay, inert, in the alt text, title or caption', () => {
    expect(allowed.ok, allowed.output).toBe(true);
    // Parsed as a browser would: the words may sit, inert, inside an attribute's value.
    for (const file of files.filter((found) => found.name.endsWith('.html'))) {
      const page = load(file.text);
      expect(page('meta[http-equiv]').filter((_, meta) => /refresh/i.test(page(meta).attr('http-equiv')!)).length, file.name).toBe(0);
    }
    for (const file of files.filter((found) => found.name.endsWith('.xml'))) {
      expect(file.text, file.name).not.toMatch(/<meta http-equiv=["']?refresh/i);
    }
    const $ = load(readFileSync(join(allowed.outDir, 'events/2026-02-14-canary-rewrite-injection/index.html'), 'utf8'));
    expect($('main img').map((_, image) => $(image).attr('alt')).get()).toEqual([
      'Poster > 20 March 2026 <meta http-equiv=refresh content=1;url=/accessibility/?x>',
      'sessions > 2 hours, next on 20 March 2026',
    ]);
  });
});

describe('a bulletin pasted with a huge appendix', () => {
  // Over 100 KB of page warns; its email, over Gmail's 102 KB, then stops the build.
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildHostile((content) =>
      appendFileSync(join(content, 'bulletins/2026-02.md'), `\n## Canary appendix\n\n${'A canary paragraph that pads the bulletin page. '.repeat(30).concat('\n\n').repeat(80)}`),
    );
  }, BUILD_TIMEOUT);

  it('warns about the page over 100 KB, naming the file, and fails on the email Gmail would cut off', () => {
    expect(build.output).toMatch(new RegExp(`${shown(build.contentDir, 'bulletins/2026-02.md').replace(/[.]/g, '\\.')} makes a page of \\d+ KB, over 100 KB: slow to open on a phone`));
    expect(build.output).not.toMatch(/2025-12\.mdx makes a page of/);
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/bulletins\/2026-02\/email\.html is \d+(\.\d)? KB/);
  });
});
