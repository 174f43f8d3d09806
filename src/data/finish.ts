import { finishHtml } from '../lib/finish-html';
import type { Abbreviation } from '../lib/expand-abbreviations';
import type { GlossaryTerm } from '../lib/explain-terms';
import type { Finish } from '../lib/feeds/feed-items';
import { pagePaths } from '../lib/routes';
import { getGlossary } from './content';
import { href } from './urls';

let glossary: Promise<{ abbreviations: Abbreviation[]; terms: GlossaryTerm[] }> | undefined;

/**
 * The finishing step with this site's glossary, for HTML written for one bulletin's month
 * (or none). Pages and feed items both take it from here, so they carry the same markup.
 * An abbreviation whose meaning the bulletins never give (expansion: null) is left as written.
 */
export async function finisherFor(referenceMonth?: string): Promise<Finish> {
  glossary ??= getGlossary().then((entries) => ({
    abbreviations: entries.flatMap(({ id, data }) => (!data.term && data.expansion ? [{ id, expansion: data.expansion }] : [])),
    terms: entries.flatMap(({ id, data }) => (data.term ? [{ id, term: data.term, alsoWritten: data.alsoWritten }] : [])),
  }));
  const { abbreviations, terms } = await glossary;
  const glossaryHref = href(pagePaths.glossary);
  return (html) => finishHtml(html, { glossary: abbreviations, terms, glossaryHref, referenceMonth });
}
