import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import WorkshopTimetable from '../components/WorkshopTimetable.astro';
import type { Bulletin, Consultation, SiteEvent } from './content';
import { insertInShort } from '../lib/in-short';

/*
 * The body of an entry as HTML, for feeds. Rendering through Astro (not a separate Markdown
 * parser) means feeds get exactly what the pages show, including an MDX bulletin's
 * timetable drawn from the events collection.
 */

const container = (async () =>
  AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) }))();

const rendered = new Map<string, Promise<string>>();

/** The components MDX bulletins may use; the bulletin page passes the same ones. */
const mdxComponents = { WorkshopTimetable };

export function entryHtml(entry: Bulletin | SiteEvent | Consultation): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    html = (async () => {
      const { Content } = await render(entry);
      const html = await (await container).renderToString(Content, { props: { components: mdxComponents } });
      return entry.collection === 'bulletins' ? insertInShort(html, entry.data.inShort) : html;
    })();
    rendered.set(key, html);
  }
  return html;
}
