import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContentSource } from '../../src/integrations/check-content-source';
import { rawHtmlProblems } from '../../src/lib/content-html-allowlist';

/*
 * The check on the Markdown and MDX syntax tree, run as the build runs it, over the
 * hostile fixtures (tests/fixtures/hostile/) and small variants. Build tests prove the
 * build stops and that no editor code runs (tests/build/hostile-content.test.ts).
 */

const HOSTILE_MDX = 'tests/fixtures/hostile/mdx-code.mdx';

function body(file: string): string {
  return readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** The error the check throws for MDX source, or '' when it passes. */
function mdxError(source: string, file = 'content/bulletins/x.mdx'): string {
  try {
    mdxToJs(source, { mdastPlugins: [checkContentSource], fileURL: pathToFileURL(file) });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

function markdownError(source: string): string {
  try {
    markdownToHtml(source, { features: { rawHtml: true }, mdastPlugins: [checkContentSource], fileURL: pathToFileURL('content/events/x.md') });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('MDX may hold only Markdown and the site components, with literal props', () => {
  const message = mdxError(body(HOSTILE_MDX), HOSTILE_MDX);

  it('names the file, and each problem with its line in the file', () => {
    expect(message).toMatch(/^tests\/fixtures\/hostile\/mdx-code\.mdx has something the site does not allow in its text:\n/);
    expect(message).toContain('See "What the text may contain" in docs/editing.md.');
  });

  it.each([
    ['an import', 'line 9: "import { execSync } from "node:child_process"": bulletins cannot import or export code. Remove the line.'],
    ['a side-effect import', 'line 11: "import "./_write-marker.mjs"": bulletins cannot import or export code.'],
    ['an export', 'line 13: "export const leaked = process.env.PATH": bulletins cannot import or export code.'],
    ['an expression in text', 'line 17: {process.env.PATH}: text in curly braces runs as code. Remove the braces; to show a brace as text, write \\{ instead.'],
    ['a call in text', 'line 17: {execSync("touch HOSTILE-EXEC-MARKER")}: text in curly braces runs as code.'],
    ['an element inside braces', 'line 19: {<iframe src="https://example.org/form"></iframe>}: text in curly braces runs as code.'],
    ['Fragment with set:html', 'line 21: <Fragment>, which is not one of the site\'s components. Check the spelling: the components are <WorkshopTimetable>.'],
    ['spread props', 'line 23: {...{ series: "banded-descriptors-review-2026" }} on <WorkshopTimetable>: spread props run code. Write each prop as name="text".'],
    ['a prop in braces', 'line 25: series={leaked} on <WorkshopTimetable>: a value in braces runs code. Write it in quotes instead, as series="text".'],
    ['a misspelt component', 'line 27: <WorkshopTimetabel>, which is not one of the site\'s components.'],
    ['set:html on an HTML element', 'line 29: set:html on <div>: directives such as set:html put unchecked HTML on the page. Remove it.'],
    ['a style element', 'line 31: a <style> element, which the site does not allow.'],
  ])('rejects %s', (_case, expected) => {
    expect(message).toContain(expected);
  });

  it('allows a comment, and does not report it', () => {
    expect(message).not.toContain('A comment is allowed');
    expect(mdxError('Text.\n\n{/* A note for editors. */}\n')).toBe('');
  });

  it('allows the site component with literal props, Markdown and allowed HTML', () => {
    const ok = '## Heading\n\n<WorkshopTimetable series="a-series" caption="The sessions" />\n\nSome <abbr title="Special educational needs">SEN</abbr> text, {/* note */} and <a href="https://example.org">a link</a>.\n';
    expect(mdxError(ok)).toBe('');
  });

  it.each([
    ['<WorkshopTimetable series="a" caption="b" colour="red" />', 'colour on <WorkshopTimetable>, which it does not take. It takes series and caption.'],
    ['<>text</>', '<>...</>: an empty tag is not needed.'],
    ['<a href="javascript:alert(1)">x</a>', 'a javascript: address in href on <a>.'],
    ['<a href={"javascript:alert(1)"}>x</a>', 'href={"javascript:alert(1)"} on <a>: a value in braces runs code.'],
    ['<img src="a.png" alt="" onError="alert(1)" />', 'an onError attribute on <img>. Attributes starting with "on" run code, so remove it.'],
    ['<p style="display:none">x</p>', 'a style attribute on <p>, which the site does not allow.'],
    ['<x.y />', '<x.y>, which is not one of the site\'s components.'],
    ['Text {1 + 1} here', '{1 + 1}: text in curly braces runs as code.'],
    ['{/* a */ process.exit(1) /* b */}', 'text in curly braces runs as code.'],
  ])('rejects %s', (source, expected) => {
    expect(mdxError(`${source}\n`)).toContain(expected);
  });
});

describe('raw HTML in Markdown is checked against an allowlist', () => {
  const message = markdownError(body('tests/fixtures/hostile/raw-html.md'));

  it.each([
    ['<style>', 'line 3: a <style> element, which the site does not allow. Styles come from the site'],
    ['<form>', 'line 5: a <form> element, which the site does not allow. To collect answers, link to the form'],
    ['<input>', 'line 5: an <input> element, which the site does not allow.'],
    ['<meta> refresh', 'line 8: a <meta> element, which the site does not allow.'],
    ['an id attribute', 'line 10: an id attribute on <p>, which the site does not allow. Remove it (<p> may have title, lang, dir).'],
    ['an encoded javascript: link', 'line 12: a javascript: address in href on <a>. It runs code instead of opening a page.'],
    ['a data: image', 'line 14: an image from a data: address (data:image/svg+xml,<svg onload=alert(1)>). Images must be files in the repository'],
    ['an <svg>', 'line 16: a <svg> element, which the site does not allow.'],
  ])('rejects %s with its line', (_case, expected) => {
    expect(message).toContain(expected);
  });

  it.each([
    ['[Book](jav&#x61;script:alert(1))', 'line 1: a javascript: address in the link "Book". It runs code instead of opening a page.'],
    ['[Book][b]\n\n[b]: vbscript:x', 'line 3: a vbscript: address in the link definition [b].'],
    ['[Open](data:text/html,hello)', 'a data: address in the link "Open".'],
    ['![Poster](https://example.org/a.png)', 'line 1: an image from another website (https://example.org/a.png). Images must be files in the repository: save the image next to this file'],
    ['![Poster](//example.org/a.png)', 'an image from another website'],
    ['<img src="https://example.org/a.png" alt="Poster">', 'an image from another website'],
  ])('rejects the Markdown %s', (source, expected) => {
    expect(markdownError(`${source}\n`)).toContain(expected);
  });

  it('names the file', () => {
    expect(message).toMatch(/^content\/events\/x\.md has something the site does not allow in its text:/);
  });

  it('allows the HTML bulletins need', () => {
    expect(rawHtmlProblems('<abbr title="Education, Health and Care Plan">EHCP</abbr><br><a href="mailto:a@example.org">a</a><img src="poster.png" alt="Poster">')).toEqual([]);
    expect(markdownError('A <strong>bold</strong> word and <a href="/events/">a link</a>.\n\n<details><summary>More</summary>\n\nText\n\n</details>\n')).toBe('');
  });

  it('Markdown itself is not raw HTML', () => {
    expect(markdownError('- [ ] a task list makes a checkbox\n\n![alt](./a.png) and [a](https://example.org), [b](/events/), [c](mailto:a@example.org), [d](#top)\n')).toBe('');
  });
});

describe('links in the text get the sub-path the site is published under', () => {
  it('Markdown and raw HTML links from the site root; other addresses are left alone', async () => {
    const { contentBasePath } = await import('../../src/integrations/content-base-path');
    const { html } = markdownToHtml('[Events](/events/), <a href="/glossary/">glossary</a>, [away](https://example.org/x), [part](#top)\n', {
      features: { rawHtml: true },
      hastPlugins: [contentBasePath('/send-news/')],
    });
    expect(html).toBe('<p><a href="/send-news/events/">Events</a>, <a href="/send-news/glossary/">glossary</a>, <a href="https://example.org/x">away</a>, <a href="#top">part</a></p>\n');
  });
});
