import { addSizes, NO_BYTES, type Compressed } from './compressed-size.ts';
import type { Fetched } from './first-visit.ts';

/*
 * What a first search's bytes are made of, in Pagefind's terms, so a change to the index
 * or the search page can be judged by the part it moves.
 */

export const SEARCH_PARTS = ['pagefind.js', 'WebAssembly', 'metadata', 'index chunks', 'filter files', 'fragments', 'other'] as const;
export type SearchPart = (typeof SEARCH_PARTS)[number];

export function searchPartOf(path: string): SearchPart {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'pagefind.js' || name === 'pagefind-worker.js') return 'pagefind.js';
  if (name.startsWith('wasm.') && name.endsWith('.pagefind')) return 'WebAssembly';
  if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') return 'metadata';
  if (name.endsWith('.pf_index')) return 'index chunks';
  if (name.endsWith('.pf_filter')) return 'filter files';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  return 'other';
}

export function searchParts(fetched: Fetched[]): { part: SearchPart; files: number; size: Compressed }[] {
  return SEARCH_PARTS.map((part) => {
    const files = fetched.filter((item) => searchPartOf(item.path) === part);
    return { part, files: files.length, size: files.map((item) => item.size).reduce(addSizes, NO_BYTES) };
  }).filter((item) => item.files > 0);
}
