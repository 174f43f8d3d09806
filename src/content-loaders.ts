import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { load } from 'js-yaml';
import { hiddenBulletinIds, isHiddenEntry, type BulletinFrontmatter } from './lib/embargo';
import { environment } from './environment';

/*
 * Astro's glob loader puts every entry's MDX module and images into the build, and Vite
 * writes those images to dist/_astro/ whether or not a page shows them: a draft's or a
 * scheduled bulletin's poster would be published under its own name. This loader keeps
 * hidden entries as data (so references to them are still checked) but without their
 * module or image imports, so nothing of theirs reaches the output. Under `astro dev`
 * drafts are previewed, so everything is kept.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function readBulletinFrontmatter(folder: string): Map<string, BulletinFrontmatter> {
  const bulletins = new Map<string, BulletinFrontmatter>();
  for (const name of readdirSync(folder)) {
    const id = /^([^_.][^.]*)\.mdx?$/.exec(name)?.[1];
    if (!id) continue;
    try {
      const yaml = FRONTMATTER.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
      bulletins.set(id, (load(yaml) as BulletinFrontmatter | null) ?? {});
    } catch {
      // The content checks report the broken file; until it is fixed it is hidden.
      bulletins.set(id, { draft: true });
    }
  }
  return bulletins;
}

/** A glob loader for Markdown entries that publishes nothing of a hidden entry. */
export function entryLoader(contentDir: string, folder: string): Loader {
  const inner = glob({ base: `${contentDir}/${folder}`, pattern: '**/[^_]*.{md,mdx}' });
  // Set by src/integrations/draft-preview.ts: true only under `astro dev`.
  if (import.meta.env.PREVIEW_DRAFTS === true) return inner;
  return {
    ...inner,
    load: (context) => {
      const hidden = hiddenBulletinIds(readBulletinFrontmatter(`${contentDir}/bulletins`), environment.now);
      // Astro reuses an unchanged entry from its cache: make "unchanged" include which
      // bulletins are hidden, so a bulletin whose day has come is loaded in full.
      const hiddenKey = [...hidden].sort().join(',');
      return inner.load({
        ...context,
        generateDigest: (data) => context.generateDigest(`${hiddenKey}\n${typeof data === 'string' ? data : JSON.stringify(data)}`),
        store: {
          ...context.store,
          set: (entry) => {
            if (!isHiddenEntry(context.collection, entry.id, entry.data, hidden)) return context.store.set(entry);
            return context.store.set({ ...entry, deferredRender: undefined, assetImports: undefined });
          },
        },
      });
    },
  };
}
