import GithubSlugger from 'github-slugger';
import render from 'dom-serializer';
import { Element, Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

/*
 * "In short": a one- or two-sentence summary for families under each article (## heading)
 * of a bulletin. Editors write it in the bulletin's frontmatter, naming the article by its
 * heading as written, and the source text below stays exactly as the council wrote it.
 */

export interface ArticleHeading {
  /** The heading's id on the page: Astro slugs heading text with github-slugger, numbering repeats. */
  id: string;
  /** The heading as written, without Markdown marks. */
  text: string;
}

export interface InShort {
  heading: string;
  text: string;
}

/** The ## headings of a Markdown body, with the ids the page gives them. Code blocks are skipped. */
export function articleHeadings(body: string): ArticleHeading[] {
  const slugger = new GithubSlugger();
  const headings: ArticleHeading[] = [];
  let inCode = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    if (inCode) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[2].replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    // Every heading takes a slug, so a repeated ### heading numbers the ## after it as Astro does.
    const id = slugger.slug(text);
    if (heading[1].length === 2) headings.push({ id, text });
  }
  return headings;
}

/** The id a heading written as `heading` gets on the page. */
export function headingId(heading: string): string {
  return articleHeadings(`## ${heading}`)[0]?.id ?? '';
}

/** The "In short" for each article, by its heading's id on the page. */
export function inShortById(inShort: readonly InShort[]): Map<string, string> {
  return new Map(inShort.map((item) => [headingId(item.heading), item.text]));
}

/**
 * Puts each article's "In short" straight after its ## heading in a bulletin's rendered
 * HTML, as a paragraph built on the parsed tree, so the editor's words stay text.
 */
export function insertInShort(html: string, inShort: readonly InShort[]): string {
  if (inShort.length === 0) return html;
  const byId = inShortById(inShort);
  const document = parseDocument(html, { decodeEntities: true });
  for (const heading of [...document.children]) {
    if (!(heading instanceof Element) || heading.name !== 'h2') continue;
    const text = byId.get(heading.attribs.id ?? '');
    if (text === undefined) continue;
    DomUtils.append(heading, new Element('p', { class: 'in-short' }, [new Element('strong', {}, [new Text('In short:')]), new Text(` ${text}`)]));
  }
  return render(document, { encodeEntities: 'utf8', decodeEntities: true });
}
