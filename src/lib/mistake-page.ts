import { escapeHtml } from './html-text';
import type { ContentProblem } from './content-integrity';
import { entryPath, pagePaths, SOURCE_FOLDERS, type EntryKind } from './routes';

/**
 * What the preview (`npm run dev`) shows at the address of a page whose file has a
 * mistake, instead of the last version that worked: the file, the field and the fix.
 */

/** The page that lists what a data file holds; a file with no page of its own shows on the home page. */
const DATA_FILE_PAGES: Record<string, string> = {
  'glossary.yaml': pagePaths.glossary,
  'areas-of-need.yaml': pagePaths.areasOfNeed,
};

/** The address of the page a file makes: content/events/x.md makes /events/x/. */
export function pageOfFile(file: string, contentDir: string): string {
  const [folder, ...rest] = file.slice(contentDir.length + 1).split('/');
  if (rest.length === 0) return DATA_FILE_PAGES[folder] ?? pagePaths.home;
  const kind = (Object.keys(SOURCE_FOLDERS) as EntryKind[]).find((candidate) => SOURCE_FOLDERS[candidate] === folder);
  if (!kind) return pagePaths.home;
  return entryPath(kind, rest.join('/').replace(/\.mdx?$/, '').toLowerCase());
}

/** The problems shown at `pathname`: those of the file that makes it. Every other page previews as normal. */
export function problemsForPage(problems: ContentProblem[], pathname: string, contentDir: string): ContentProblem[] {
  const page = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return problems.filter((problem) => pageOfFile(problem.file, contentDir) === page);
}

export function mistakePage(problems: ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const sections = [...byFile]
    .map(
      ([file, found]) =>
        `<h2><code>${escapeHtml(file)}</code></h2><ul>${found
          .map((problem) => `<li><strong>${escapeHtml(problem.field)}</strong>: ${escapeHtml(problem.message)}</li>`)
          .join('')}</ul>`,
    )
    .join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This page has a mistake to fix</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}h1{border-left:.5rem solid #d4351c;padding-left:.75rem}li{margin:.5rem 0;white-space:pre-wrap}</style></head>
<body><main><h1>This page has a mistake to fix</h1><p>The preview shows the page again as soon as you save the file with the mistake fixed. The rest of the site still previews as normal.</p>${sections}</main></body></html>`;
}
