import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * In `astro dev` (the only time a loader has a watcher), a file with a mistake is left
 * out of the preview instead of stopping the preview server at start-up or leaving the
 * last good version on show. Its page then shows the mistake instead
 * (src/integrations/content-checks.ts); every other page previews as normal. A build is
 * unchanged: the pre-check stops it before Astro loads anything.
 */
export function forgivingInPreview(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      if (!context.watcher) return loader.load(context);
      try {
        await loader.load(forgiving(context));
      } catch {
        // A data file (glossary.yaml) that cannot be read at all: the pre-check has
        // described it; the preview carries on without it until it is fixed.
      }
    },
  };
}

function forgiving(context: LoaderContext): LoaderContext {
  const brokenFiles = new Set<string>();
  const brokenIds = new Set<string>();
  const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
  const forgivingTypes =
    entryTypes &&
    new Map(
      [...entryTypes].map(([extension, type]) => [
        extension,
        {
          ...type,
          getEntryInfo: async (info: { contents: string; fileUrl: URL }) => {
            try {
              brokenFiles.delete(fileURLToPath(info.fileUrl));
              return await type.getEntryInfo(info);
            } catch {
              // A YAML slip: the pre-check has described it.
              brokenFiles.add(fileURLToPath(info.fileUrl));
              return { data: {}, body: '', slug: '', rawData: '' };
            }
          },
        },
      ]),
    );
  const store = new Proxy(context.store, {
    get(target, property) {
      if (property === 'set') {
        return (entry: { id: string }) => {
          if (!brokenIds.has(entry.id)) return target.set(entry as never);
          target.delete(entry.id);
          return false;
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    ...context,
    ...(forgivingTypes ? { entryTypes: forgivingTypes } : {}),
    store,
    parseData: async (props) => {
      brokenIds.delete(props.id);
      try {
        if (props.filePath && brokenFiles.has(props.filePath)) throw new Error('A YAML slip');
        return await context.parseData(props);
      } catch {
        brokenIds.add(props.id);
        return props.data;
      }
    },
  };
}

interface EntryType {
  getEntryInfo(info: { contents: string; fileUrl: URL }): Promise<unknown>;
}
