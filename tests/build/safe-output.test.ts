import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FIXTURE, LIVE, type BuiltSite } from '../support/dist';

/*
 * Nothing the site publishes can run script from content: no event-handler attributes,
 * javascript: addresses or embedded frames in any page, nor in the HTML that feeds carry
 * (escaped inside their XML). The build rejects such content (tests/build/editor-errors);
 * this checks the output itself, including feeds once they exist.
 */

const documentFiles = (built: BuiltSite) => built.files().filter((file) => /\.(html|xml)$/.test(file));

/** Each HTML document a file holds: the page itself, or the HTML inside a feed's items. */
function documentsIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.html')) return [text];
  const $ = load(text, { xml: true });
  return $('description, content\\:encoded, encoded, content, summary')
    .toArray()
    .map((element) => $(element).text())
    .filter((html) => html.includes('<'));
}

function scriptingIn(html: string): string[] {
  const $ = load(html);
  const found: string[] = [];
  $('iframe, frame, object, embed, applet').each((_, element) => {
    // The one frame the site makes itself: an email preview, sandboxed with no scripts,
    // whose document is written into the page (srcdoc) and so is checked here too.
    const { srcdoc, sandbox, src } = element.attribs;
    if (element.tagName === 'iframe' && srcdoc !== undefined && src === undefined && sandbox !== undefined && !/allow-scripts/.test(sandbox)) {
      found.push(...scriptingIn(srcdoc));
      return;
    }
    found.push(`<${element.tagName}>`);
  });
  $('*').each((_, node) => {
    const element = node as unknown as { tagName: string; attribs: Record<string, string> };
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`${name} on <${element.tagName}>`);
      if (/^\s*(javascript|vbscript):/i.test(value)) found.push(`${name}="${value}" on <${element.tagName}>`);
    }
  });
  return found;
}

describe.each([LIVE, FIXTURE])('$name cannot run script from content', (built) => {
  it('covers the pages and sitemaps', () => {
    expect(documentFiles(built).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(20);
  });

  it.each(documentFiles(built))('%s has no event handlers, script addresses or frames', (file) => {
    const found = documentsIn(join(built.root, file)).flatMap(scriptingIn);
    expect(found).toEqual([]);
  });
});

describe('the check', () => {
  it('sees what it looks for', () => {
    expect(scriptingIn('<p><img src="x" onerror="alert(1)"><a href=" javascript:alert(1)">x</a><iframe></iframe></p>')).toEqual([
      '<iframe>',
      'onerror on <img>',
      'href=" javascript:alert(1)" on <a>',
    ]);
    expect(scriptingIn('<iframe sandbox="allow-scripts" srcdoc="<p>x</p>"></iframe>')).toEqual(['<iframe>']);
    expect(scriptingIn('<iframe sandbox="" srcdoc="<img src=x onerror=alert(1)>"></iframe>')).toEqual(['onerror on <img>']);
    expect(scriptingIn('<iframe sandbox="" srcdoc="<p>x</p>"></iframe>')).toEqual([]);
  });

  it('leaves MDX components rendering: the fixture MDX bulletin keeps its workshop timetable', () => {
    expect(FIXTURE.page('/bulletins/2026-01/')('.prose table').length).toBeGreaterThan(0);
  });
});
