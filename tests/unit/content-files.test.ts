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
