import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under a built folder, as full paths. */
export function everyFile(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A file's text as a reader or a machine would get it: gzip files (Pagefind's) are unzipped first. */
export function contentsOf(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** How the build names a content file: relative to the project, like content/events/x.md. */
export function shown(contentDir: string, file: string): string {
  return relative(process.cwd(), join(contentDir, file));
}
