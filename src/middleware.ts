import { defineMiddleware } from 'astro:middleware';
import { getGlossary } from './data/content';
import { expandAbbreviations } from './lib/expand-abbreviations';
import { rewriteInside } from './lib/html-text';
import { markDates } from './lib/mark-dates';

/*
 * Runs on every page as it is built. Content comes from many places (Markdown bodies,
 * summaries, titles, templates), so plain-English fixes that must hold for the whole page
 * are made here, on the finished HTML, once: dates go into <time>, and abbreviations are
 * explained where first used in the main content.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const glossary = (await getGlossary()).map((term) => ({ id: term.id, expansion: term.data.expansion }));
  const html = rewriteInside(await response.text(), 'body', (body) =>
    rewriteInside(markDates(body), 'main', (main) => expandAbbreviations(main, glossary)),
  );
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
