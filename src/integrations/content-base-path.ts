import { defineHastPlugin } from 'satteri';
import { contentLinkWithBase } from '../lib/routes';

/**
 * Editors link to the site's own pages from its root, [events](/events/), as the
 * browser's address bar shows them. When the site is published under a sub-path, this
 * Sätteri plugin adds it to every link in the text, Markdown or raw HTML, so the same
 * file works wherever the site is published.
 */
export function contentBasePath(base: string) {
  return defineHastPlugin({
    name: 'content-base-path',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties.href;
        if (typeof href !== 'string') return;
        const withBase = contentLinkWithBase(href, base);
        if (withBase !== href) ctx.setProperty(node, 'href', withBase);
      },
    },
  });
}
