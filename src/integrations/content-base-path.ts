import { defineMdastPlugin } from 'satteri';
import { withBasePath } from '../lib/base-path';

/**
 * Editors link to the site's own pages from its root, [events](/events/), as the
 * browser's address bar shows them. When the site is published under a sub-path, this
 * Sätteri plugin adds it, so the same Markdown works wherever the site is published.
 */
export function contentBasePath(base: string) {
  return defineMdastPlugin({
    name: 'content-base-path',
    link(node, ctx) {
      const url = withBasePath(base, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBasePath(base, node.url);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
