import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryOfPath, SOURCE_FOLDERS } from '../lib/routes';

/** The content file a built page was made from, so a problem is reported against the file an editor can open. */
export function sourceOfPage(contentDir: string, sitePath: string): string | undefined {
  const entry = entryOfPath(sitePath);
  const folder = entry && SOURCE_FOLDERS[entry.kind];
  if (!entry || !folder) return undefined;
  const source = ['.md', '.mdx'].map((extension) => join(contentDir, folder, `${entry.id}${extension}`)).find((path) => existsSync(path));
  return source && relative(process.cwd(), source);
}
