import type { APIRoute } from 'astro';
import { getBulletins, getConsultations, getEvents, getGlossary } from '../data/content';
import { siteWords } from '../lib/search-help';

/**
 * The words the indexed pages use, most used first, for the search page's "did you mean"
 * ("autisim" suggests "autism"). A plain list without counts keeps it small; the search
 * page fetches it only when a search finds nothing.
 */

/**
 * Every string an entry's fields hold (titles, summaries, how to book, outcomes…), but not
 * its field names or its references to other entries ({ collection, id }), which a page
 * shows by their titles and labels instead.
 */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (!value || typeof value !== 'object' || value instanceof Date || 'collection' in value) return [];
  return Object.values(value).flatMap(strings);
}

/** Markdown or MDX as words: tags, expressions and link targets are not text a page shows. */
const bodyText = (body = '') => body.replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\]\([^)]*\)/g, '] ');

export const GET: APIRoute = async () => {
  const entries = [...(await getBulletins()), ...(await getEvents()), ...(await getConsultations())];
  // The finishing step writes out each abbreviation's meaning where a page first uses it.
  const glossary = (await getGlossary()).flatMap(({ data }) => [data.expansion ?? '', data.term ?? '', ...data.alsoWritten]);
  const words = siteWords([...entries.flatMap((entry) => [...strings(entry.data), bodyText(entry.body)]), ...glossary]);
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json' } });
};
