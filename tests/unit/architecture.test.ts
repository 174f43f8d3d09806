import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layers in README's "How the code is organised": pure functions in src/lib know
 * nothing of Astro's content, pages, build steps or this council's config, so they can be
 * tested alone and reused by tools.
 */

function importsOf(dir: string): { file: string; from: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .flatMap((entry) => {
      const file = join(entry.parentPath, entry.name);
      // Type-only imports vanish when the code runs, so they do not tie a layer to another.
      return [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^'"]*['"]([^'"]+)['"]/gm)].map((match) => ({ file, from: match[1] }));
    });
}

describe('layers', () => {
  it('src/lib imports nothing from data, integrations, pages, components or the site config', () => {
    const outward = importsOf('src/lib').filter(({ from }) =>
      /(^|\/)(data|integrations|pages|components|layouts)\/|site\.config|^astro:/.test(from),
    );
    expect(outward).toEqual([]);
  });

  it('browser code does not import build-time data', () => {
    const outward = importsOf('src/client').filter(({ from }) => /(^|\/)(data|integrations|pages)\/|site\.config|^astro:|^node:/.test(from));
    expect(outward).toEqual([]);
  });
});
