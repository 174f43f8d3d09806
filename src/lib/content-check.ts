import { slug } from 'github-slugger';
import { load } from 'js-yaml';
import type { z } from 'astro/zod';
import { contentFileProblems, ENTRY_FOLDERS, type ContentFile } from './content-files.ts';
import { contentProblems, type ContentProblem, type ContentSnapshot } from './content-integrity.ts';
import { contentSchemas } from './content-schemas.ts';
import { plainReference } from './plain-reference.ts';

/**
 * Every check the content must pass, run on the raw files before Astro reads them, so a
 * mistake is reported once per file in the editor's words (Astro would wrap each in its
 * own error name, a docs link, a location and a stack trace, and stop at the first file).
 */

const schemas = contentSchemas(plainReference);

/** The data files and the collections they fill. */
const DATA_FILES = {
  'areas-of-need.yaml': 'areasOfNeed',
  'audiences.yaml': 'audiences',
  'glossary.yaml': 'glossary',
  'you-said-we-did.yaml': 'youSaidWeDid',
} as const;

export interface CheckedEntry {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
}

export interface CheckedContent {
  bulletins: CheckedEntry[];
  events: CheckedEntry[];
  consultations: CheckedEntry[];
  areasOfNeed: { id: string }[];
  audiences: { id: string }[];
  youSaidWeDid: {
    id: string;
    filePath: string;
    data: { youSaid: string; weDid: string; bulletin: { id: string }; consultation?: { id: string } };
  }[];
}

export interface CheckResult {
  problems: ContentProblem[];
  /** Every entry, drafts included, as the site reads it; only when there are no problems. */
  content?: CheckedContent;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A field as an editor finds it in the file: respond, item 1, link. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' › ') || 'the details';
}

/** One message per field: the first is the mistake, any later ones follow from it. */
function issueProblems(file: string, issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    const field = fieldName([...prefix, ...issue.path]);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ file, field, message: issue.message });
  }
  return problems;
}

function entryId(stem: string): string {
  return stem
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}

export function checkContent(contentDir: string, files: ContentFile[]): CheckResult {
  const problems = contentFileProblems(contentDir, files);
  const broken = new Set(problems.map((problem) => problem.file));
  const content: CheckedContent = { bulletins: [], events: [], consultations: [], areasOfNeed: [], audiences: [], youSaidWeDid: [] };
  for (const file of files) {
    if (broken.has(file.path)) continue;
    const [folder, ...rest] = file.path.slice(contentDir.length + 1).split('/');
    const name = rest.at(-1) ?? folder;
    if (name.startsWith('_') || name.startsWith('.')) continue;
    if (rest.length === 0 && folder in DATA_FILES) {
      const collection = DATA_FILES[folder as keyof typeof DATA_FILES];
      const items = load(file.text);
      const list = Array.isArray(items)
        ? items
        : Object.entries((items ?? {}) as Record<string, object>).map(([id, item]) => ({ id, ...item }));
      list.forEach((item, index) => {
        const result = schemas[collection].safeParse(item);
        if (!result.success) problems.push(...issueProblems(file.path, result.error.issues, [index]));
        else if (collection === 'youSaidWeDid') content.youSaidWeDid.push({ id: String(result.data.id), filePath: file.path, data: result.data as CheckedContent['youSaidWeDid'][number]['data'] });
        else if (collection !== 'glossary') content[collection].push(result.data);
      });
      continue;
    }
    const kind = folder as (typeof ENTRY_FOLDERS)[number];
    const extension = /\.mdx?$/.exec(name)?.[0];
    if (!(ENTRY_FOLDERS as readonly string[]).includes(kind) || !extension) continue;
    const match = FRONTMATTER.exec(file.text);
    const frontmatter = match?.[1] ?? '';
    const result = schemas[kind].safeParse(load(frontmatter) ?? {});
    if (!result.success) {
      problems.push(...issueProblems(file.path, result.error.issues));
      continue;
    }
    content[kind].push({
      id: entryId(rest.join('/').slice(0, -extension.length)),
      filePath: file.path,
      data: result.data,
      body: file.text.slice(match?.[0].length ?? 0),
    });
  }
  // References between files mean something only once every file reads correctly.
  if (problems.length > 0) return { problems };
  const crossFile = contentProblems(content as unknown as ContentSnapshot);
  return crossFile.length > 0 ? { problems: crossFile } : { problems, content };
}
