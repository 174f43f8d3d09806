import { finishHtml } from '../lib/finish-html';
import type { Finish } from '../lib/feeds/feed-items';
import { getGlossary } from './content';

let glossary: Promise<{ id: string; expansion: string }[]> | undefined;

/**
 * The finishing step with this site's glossary, for HTML written for one bulletin's month
 * (or none). Pages and feed items both take it from here, so they carry the same markup.
 */
export async function finisherFor(referenceMonth?: string): Promise<Finish> {
  glossary ??= getGlossary().then((terms) => terms.map((term) => ({ id: term.id, expansion: term.data.expansion })));
  const abbreviations = await glossary;
  return (html) => finishHtml(html, { glossary: abbreviations, referenceMonth });
}
