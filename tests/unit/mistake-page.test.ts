import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { mistakePage, pageOfFile, problemsForPage } from '../../src/lib/mistake-page';

const problem = (file: string) => ({ file, field: 'title', message: 'Add a title <now>.' });

describe('the preview page for a file with a mistake', () => {
  it('is shown at the address of the page the file makes, and nowhere else', () => {
    expect(pageOfFile('content/events/2026-03-31-drop-in.md', 'content')).toBe('/events/2026-03-31-drop-in/');
    expect(pageOfFile('content/consultations/transport.md', 'content')).toBe('/have-your-say/transport/');
    expect(pageOfFile('content/bulletins/2026-03.mdx', 'content')).toBe('/bulletins/2026-03/');
    expect(pageOfFile('content/glossary.yaml', 'content')).toBe('/glossary/');
    expect(pageOfFile('content/audiences.yaml', 'content')).toBe('/');
    const problems = [problem('content/events/2026-03-31-drop-in.md')];
    expect(problemsForPage(problems, '/events/2026-03-31-drop-in', 'content')).toEqual(problems);
    expect(problemsForPage(problems, '/events/', 'content')).toEqual([]);
  });

  it('names the file, the field and the fix, as text', () => {
    const $ = load(mistakePage([problem('content/events/a.md')]));
    expect($('h2').text()).toBe('content/events/a.md');
    expect($('li').text()).toBe('title: Add a title <now>.');
  });
});
