import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type CheckResult } from './content-check.ts';

/** Every file under the content folder, named relative to the project as the build names it. */
function filesUnder(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path: relative(process.cwd(), path), text: readFileSync(path, 'utf8') }));
}

/** Reads the content folder and runs every check on it (src/lib/content-check.ts). */
export function checkContentFolder(contentDir: string): CheckResult {
  return checkContent(relative(process.cwd(), contentDir), filesUnder(contentDir));
}
