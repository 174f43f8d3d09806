import render from 'dom-serializer';
import { Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { abbreviationReader, type Abbreviation, type AbbreviationReader } from './expand-abbreviations';
import { termReader, type GlossaryTerm, type TermReader } from './explain-terms';
import { findDates } from './mark-dates';

/*
 * The one finishing step for HTML the site publishes, pages and feed items alike: dates go
 * into <time>, and abbreviations and jargon terms are explained where first used. It works on the text
 * nodes of a parsed tree and builds new elements as nodes, never by pasting strings into
 * HTML, so text that looks like markup (an alt text with "> 2 hours", a title with
 * "<meta …>") stays text, and attributes are never touched.
 */

export interface FinishOptions {
  /** The abbreviations to explain. */
  glossary: readonly Abbreviation[];
  /** The terms to link to their explanations, at `glossaryHref#id`. */
  terms?: readonly GlossaryTerm[];
  /** The glossary page's address, with the site's base path. */
  glossaryHref?: string;
  /** The month the text was written for ("2026-02"), so "19 March" has a year; leave out when unknown. */
  referenceMonth?: string;
}

/**
 * Set on an element whose text was written for another month than the page's, such as a
 * card for an event on a list page: `data-written-in="2026-02"`. It is removed from the output.
 */
export const WRITTEN_IN = 'data-written-in';

/** Elements whose text is code, script or otherwise not prose to mark. */
const NOT_PROSE = new Set(['script', 'style', 'textarea', 'title', 'svg', 'math', 'template', 'code', 'pre', 'kbd', 'samp']);
/** Where an expansion in brackets would break the text: link and button names, headings, labels. */
const NO_EXPANSION = new Set(['a', 'button', 'label', 'legend', 'summary', 'option', 'caption', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'time', 'dt']);

interface Context {
  inside: Map<string, number>;
  abbreviations: AbbreviationReader;
  terms: TermReader;
  glossaryHref: string;
  referenceMonth?: string;
}

const isInside = (context: Context, tag: string) => (context.inside.get(tag) ?? 0) > 0;
const insideAny = (context: Context, tags: Set<string>) => [...context.inside].some(([tag, count]) => count > 0 && tags.has(tag));

function element(name: string, attributes: Record<string, string>, text: string): Element {
  return new Element(name, attributes, [new Text(text)]);
}

/** The nodes a run of plain text becomes once its abbreviations are marked. */
function markAbbreviations(text: string, context: Context): ChildNode[] {
  if (isInside(context, 'abbr')) {
    context.abbreviations.read(text);
    return [new Text(text)];
  }
  const canExplain = !insideAny(context, NO_EXPANSION);
  const marks = context.abbreviations.mark(text, { canExplain });
  const nodes: ChildNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) nodes.push(new Text(text.slice(at, mark.start)));
    const written = text.slice(mark.start, mark.end);
    nodes.push(mark.title ? element('abbr', { title: mark.title }, written) : new Text(written));
    // A class of its own, so a comparison of page text with a source bulletin can leave it out.
    if (mark.expansion) nodes.push(element('span', { class: 'expansion' }, ` (${mark.expansion})`));
    at = mark.end;
  }
  if (at < text.length) nodes.push(new Text(text.slice(at)));
  return nodes;
}

/**
 * The nodes a run of plain text becomes: each term's first use linked to its glossary entry
 * (where a link may go), abbreviations marked in the rest.
 */
function markWords(text: string, context: Context): ChildNode[] {
  const canLink = !isInside(context, 'abbr') && !insideAny(context, NO_EXPANSION);
  const terms = canLink ? context.terms.mark(text) : [];
  const nodes: ChildNode[] = [];
  let at = 0;
  for (const term of terms) {
    if (term.start > at) nodes.push(...markAbbreviations(text.slice(at, term.start), context));
    const written = text.slice(term.start, term.end);
    context.abbreviations.read(written);
    nodes.push(element('a', { href: `${context.glossaryHref}#${term.id}`, class: 'term' }, written));
    at = term.end;
  }
  if (at < text.length) nodes.push(...markAbbreviations(text.slice(at), context));
  return nodes;
}

/** The nodes a text node becomes: its dates in <time>, the rest with terms and abbreviations marked. */
function finishText(text: string, context: Context): ChildNode[] {
  if (isInside(context, 'time')) {
    context.abbreviations.read(text);
    return [new Text(text)];
  }
  const nodes: ChildNode[] = [];
  let at = 0;
  for (const date of findDates(text, context.referenceMonth)) {
    if (date.start > at) nodes.push(...markWords(text.slice(at, date.start), context));
    const written = text.slice(date.start, date.end);
    context.abbreviations.read(written);
    nodes.push(element('time', { datetime: date.datetime }, written));
    at = date.end;
  }
  if (at < text.length) nodes.push(...markWords(text.slice(at), context));
  return nodes;
}

function finishChildren(parent: ParentNode, context: Context): void {
  const children: ChildNode[] = [];
  for (const child of parent.children) {
    if (child instanceof Text) {
      if (child.data.trim() === '') {
        children.push(child);
        continue;
      }
      children.push(...finishText(child.data, context));
    } else if (child instanceof Element) {
      const name = child.name.toLowerCase();
      if (NOT_PROSE.has(name)) {
        children.push(child);
        continue;
      }
      const pageMonth = context.referenceMonth;
      const writtenIn = child.attribs[WRITTEN_IN];
      if (writtenIn !== undefined) {
        context.referenceMonth = writtenIn;
        delete child.attribs[WRITTEN_IN];
      }
      context.inside.set(name, (context.inside.get(name) ?? 0) + 1);
      finishChildren(child, context);
      context.inside.set(name, context.inside.get(name)! - 1);
      context.referenceMonth = pageMonth;
      children.push(child);
    } else {
      children.push(child);
    }
  }
  children.forEach((child, index) => {
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
  parent.children = children;
}

/** Marks dates and explains abbreviations in a fragment of HTML: a page's main content or a feed item. */
export function finishHtml(html: string, options: FinishOptions): string {
  const document = parseDocument(html, { decodeEntities: true });
  finishChildren(document, {
    inside: new Map(),
    abbreviations: abbreviationReader(options.glossary),
    terms: termReader(options.terms ?? []),
    glossaryHref: options.glossaryHref ?? '/glossary/',
    referenceMonth: options.referenceMonth,
  });
  // Text is written back with only &, < and > (and quotes in attributes) escaped, as the pages were.
  return render(document, { encodeEntities: 'utf8', decodeEntities: true });
}
