import { describe, expect, it } from 'vitest';
import { contentFileProblems } from '../../src/lib/content-files';

const entry = (frontmatter = 'title: A workshop\ndate: 2026-01-21') => `---\n${frontmatter}\n---\n\nBody text.\n`;

describe('content file checks', () => {
  it('accepts well-named files with valid frontmatter, and ignores notes starting with _', () => {
    expect(
      contentFileProblems('content', [
        { path: 'content/events/2026-01-21-workshop.md', text: entry() },
        { path: 'content/bulletins/2025-12.mdx', text: entry() },
        { path: 'content/events/_template.md', text: 'not frontmatter at all' },
        { path: 'content/bulletins/images/timetable.png', text: '' },
        { path: 'content/audiences.yaml', text: '- id: schools\n  label: Schools\n' },
      ]),
    ).toEqual([]);
  });

  it('two files that make the same page (.md and .mdx) are caught', () => {
    expect(
      contentFileProblems('content', [
        { path: 'content/bulletins/2026-02.md', text: entry() },
        { path: 'content/bulletins/2026-02.mdx', text: entry() },
      ]),
    ).toEqual([{ file: 'content/bulletins/2026-02.mdx', field: 'file name', message: 'content/bulletins/2026-02.md makes the same page. Keep one of the two files.' }]);
  });

  it('file names must be usable web addresses, with a suggestion', () => {
    const [problem] = contentFileProblems('content', [{ path: 'content/events/2026-03-19 SLCN Meeting.md', text: entry() }]);
    expect(problem).toMatchObject({ field: 'file name', message: expect.stringContaining('for example 2026-03-19-slcn-meeting.md') });
  });

  it('files the site would silently ignore are reported', () => {
    const [problem] = contentFileProblems('content', [{ path: 'content/events/workshop.txt', text: 'x' }]);
    expect(problem).toMatchObject({ file: 'content/events/workshop.txt', message: expect.stringMatching(/only reads files ending in \.md or \.mdx/) });
  });

  it('a YAML mistake names the line in the file and the usual fix', () => {
    const [problem] = contentFileProblems('content', [
      { path: 'content/events/a.md', text: entry('title: A workshop\nvenue: Council House: Room 1') },
    ]);
    expect(problem).toEqual({
      file: 'content/events/a.md',
      field: 'line 3',
      message: expect.stringMatching(/^This is not valid YAML \(bad indentation of a mapping entry\)\. .*venue: "Council House: Room 1"/),
    });
  });

  it('a field written twice is named as such', () => {
    const [problem] = contentFileProblems('content', [{ path: 'content/events/a.md', text: entry('title: A\ntitle: B') }]);
    expect(problem.message).toMatch(/A field is written twice/);
  });

  it('a file without frontmatter is told how to start', () => {
    const [problem] = contentFileProblems('content', [{ path: 'content/events/a.md', text: 'title: A\n' }]);
    expect(problem).toMatchObject({ field: 'frontmatter', message: expect.stringMatching(/three hyphens \(---\)/) });
  });

  it('a taxonomy id used twice is caught', () => {
    const [problem] = contentFileProblems('content', [
      { path: 'content/audiences.yaml', text: '- id: schools\n  label: A\n- id: schools\n  label: B\n' },
    ]);
    expect(problem).toMatchObject({ file: 'content/audiences.yaml', field: 'id', message: expect.stringMatching(/"schools" is used twice/) });
  });
});

describe('dates are checked as the editor wrote them, before YAML rolls them over', () => {
  const problemsIn = (frontmatter: string) => contentFileProblems('content', [{ path: 'content/events/2026-01-21-workshop.md', text: entry(frontmatter) }]);

  it.each([
    ['date: 2026-02-30', 'line 3, date', '2026-02-30 is not a date: February 2026 has 28 days. Check the day and month.'],
    ['date: 2026-13-01', 'line 3, date', '2026-13-01 is not a date: there is no month 13: months go from 01 (January) to 12 (December). Check the day and month.'],
    ['date: 2026-01-00', 'line 3, date', '2026-01-00 is not a date: there is no day 00: days start at 01. Check the day and month.'],
    ['date: "2025-02-29"', 'line 3, date', '2025-02-29 is not a date: February 2025 has 28 days. Check the day and month.'],
    ['date: 2026-1-21', 'line 3, date', '2026-1-21 is not a date: write the month and day with two digits each, as YYYY-MM-DD. Check the day and month.'],
  ])('%s', (line, field, message) => {
    expect(problemsIn(`title: A workshop\n${line}`)).toEqual([{ file: 'content/events/2026-01-21-workshop.md', field, message }]);
  });

  it('a nested date is found too, with its line', () => {
    expect(problemsIn('title: A workshop\ndate: 2026-01-21\noutcome:\n  summary: Done\n  published: 2026-04-31')).toEqual([
      expect.objectContaining({ field: 'line 6, published', message: expect.stringContaining('April 2026 has 30 days') }),
    ]);
  });

  it('a date with a time or time zone is refused: it could publish a day early', () => {
    const [problem] = problemsIn('title: A bulletin\npublished: 2026-03-01T00:30:00+01:00');
    expect(problem).toEqual({
      file: 'content/events/2026-01-21-workshop.md',
      field: 'line 3, published',
      message: expect.stringMatching(/^Write the date only, as 2026-03-01: dates here are days in London, and a time or time zone \(2026-03-01T00:30:00\+01:00\) can move it to another day\./),
    });
    expect(problemsIn('title: A bulletin\npublished: 2026-03-01 09:00')).toHaveLength(1);
  });

  it('real dates, and text that only starts like a date, pass', () => {
    expect(problemsIn('title: 2026-02-30 is the title\ndate: 2028-02-29\nendDate: "2028-03-01"')).toEqual([]);
  });
});

describe('invisible characters are named for what they are', () => {
  it('a byte-order mark at the start', () => {
    expect(contentFileProblems('content', [{ path: 'content/events/2026-01-21-workshop.md', text: `\uFEFF${entry()}` }])).toEqual([
      { file: 'content/events/2026-01-21-workshop.md', field: 'line 1', message: expect.stringMatching(/^The file starts with an invisible byte-order mark \(BOM\)/) },
    ]);
  });

  it.each([
    ['\u000B', 'a vertical tab (U+000B)'],
    ['\u000C', 'a form feed (page break) (U+000C)'],
    ['\u0007', 'a bell character (BEL) (U+0007)'],
    ['\u0000', 'a NUL character (U+0000)'],
    ['\u0085', 'an invisible control character (U+0085)'],
  ])('control character %j, with its line, in frontmatter or body', (character, name) => {
    const text = `---\ntitle: A workshop\ndate: 2026-01-21\n---\n\nBody${character}text.\n`;
    expect(contentFileProblems('content', [{ path: 'content/events/2026-01-21-workshop.md', text }])).toEqual([
      { file: 'content/events/2026-01-21-workshop.md', field: 'line 6', message: expect.stringContaining(`This line has ${name}, usually pasted from Word`) },
    ]);
  });

  it('in a YAML data file too; tabs and Windows line ends are fine', () => {
    expect(contentFileProblems('content', [{ path: 'content/glossary.yaml', text: '- id: EHCP\n  expansion: Education\u000CHealth\n' }])[0]).toMatchObject({ field: 'line 2' });
    expect(contentFileProblems('content', [{ path: 'content/events/2026-01-21-workshop.md', text: entry().replace(/\n/g, '\r\n').replace('Body', 'Body\t') }])).toEqual([]);
  });
});

describe('the line a YAML mistake is on', () => {
  it('a missing closing quote is reported on its own line, not where the parser gave up', () => {
    const frontmatter = [
      'title: "Drop-in session"',
      'summary: "A drop-in for parent carers to ask about support."',
      'date: 2026-03-31',
      'startTime: "10:00"',
      'bulletin: "2026-03',
      'draft: false',
      'series: drop-ins',
      'venue: Library',
    ].join('\n');
    const [problem] = contentFileProblems('content', [{ path: 'content/events/a.md', text: entry(frontmatter) }]);
    // Line 1 of the file is the opening ---, so the fifth frontmatter line is line 6.
    expect(problem).toMatchObject({ field: 'line 6', message: expect.stringContaining('starts with a quote (") but the line does not end with one') });
  });

  it('curly quotes from Word are named, with the fix', () => {
    const [problem] = contentFileProblems('content', [
      { path: 'content/events/a.md', text: entry('title: A workshop\nvenue: “Council House: Room 1”') },
    ]);
    expect(problem).toMatchObject({ field: 'line 3', message: expect.stringContaining('curly quote (“ or ‘), which Word and Outlook put in') });
  });
});
