import { slug } from 'github-slugger';
import { load, YAMLException } from 'js-yaml';
import { impossibleDateReason } from './calendar-date.ts';
import type { ContentProblem } from './content-integrity.ts';
import { startsWithCurlyQuote } from './curly-quotes.ts';

/**
 * Checks on the files themselves, before Astro reads them. Astro silently keeps only one
 * of two files that make the same page (2026-02.md and 2026-02.mdx), ignores files with
 * other endings, and reports a YAML mistake in the parser's words; these say what to do.
 */

export interface ContentFile {
  /** Relative to the project, for example content/events/2026-01-21-workshop.md. */
  path: string;
  text: string;
}

/** The folders of Markdown entries; each file becomes a page named after it. */
export const ENTRY_FOLDERS = ['bulletins', 'events', 'consultations'] as const;

/** Images and documents an entry can link to or show; they live beside entries and are not pages. */
const ASSET = /\.(png|jpe?g|gif|webp|avif|svg|pdf)$/i;
const PAGE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function yamlHint(reason: string): string {
  if (reason.includes('duplicated mapping key')) return 'A field is written twice. Keep one of them.';
  if (reason.includes('tab characters')) return 'Indent with spaces, not tabs.';
  if (reason.includes('flow collection')) return 'A list in square brackets is not closed. Check every [ has a matching ].';
  return 'Usually a value contains a colon (:), starts with a quote or another symbol, or a line is indented wrongly. Put the whole value in double quotes, for example venue: "Council House: Room 1", and indent nested lines by two spaces.';
}

/**
 * js-yaml reports where it gave up, which for a missing closing quote is the end of the
 * block, many lines below the slip. These find the line the editor has to change.
 */
function lineToFix(yaml: string, errorLine: number): { line: number; message: string } | undefined {
  const lines = yaml.split(/\r?\n/);
  for (const [index, text] of lines.entries()) {
    if (index > errorLine) break;
    if (startsWithCurlyQuote(text)) {
      return {
        line: index,
        message:
          'This value starts with a curly quote (“ or ‘), which Word and Outlook put in. YAML needs straight quotes: type " at both ends of the value instead, or leave the quotes out.',
      };
    }
    const value = /^\s*(?:-\s+)?(?:[A-Za-z][\w-]*:\s+)?(["'])(.*)$/.exec(text);
    if (value && !closesQuote(value[2], value[1])) {
      return {
        line: index,
        message: `This value starts with a quote (${value[1]}) but the line does not end with one. Add ${value[1]} at the end of the value.`,
      };
    }
  }
  return undefined;
}

/** Whether a quoted value opened on this line is closed on it ("" and '' inside are escapes). */
function closesQuote(rest: string, quote: string): boolean {
  const unescaped = quote === '"' ? rest.replace(/\\./g, '') : rest.replace(/''/g, '');
  return unescaped.includes(quote);
}

function yamlProblem(path: string, error: unknown, firstLine: number, yaml: string): ContentProblem {
  if (!(error instanceof YAMLException)) throw error;
  const found = lineToFix(yaml, error.mark.line);
  if (found) return { file: path, field: `line ${firstLine + found.line}`, message: found.message };
  return {
    file: path,
    field: `line ${firstLine + error.mark.line}`,
    message: `This is not valid YAML (${error.reason}). ${yamlHint(error.reason)}`,
  };
}

/** Problems in one Markdown entry: a missing or broken frontmatter block. */
function entryProblems(file: ContentFile): ContentProblem[] {
  if (file.text.startsWith('\uFEFF')) {
    return [
      {
        file: file.path,
        field: 'line 1',
        message: 'The file starts with an invisible byte-order mark (BOM), which some editors such as Notepad add. Save it as "UTF-8" rather than "UTF-8 with BOM" (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding", "UTF-8").',
      },
    ];
  }
  const match = FRONTMATTER.exec(file.text);
  if (!match) {
    return [
      {
        file: file.path,
        field: 'frontmatter',
        message: 'The file must start with the details between two lines of three hyphens (---). Copy the top of a similar file, or use npm run new.',
      },
    ];
  }
  try {
    load(match[1]);
  } catch (error) {
    // Line 1 of the file is the opening ---.
    return [yamlProblem(file.path, error, 2, match[1])];
  }
  return writtenDateProblems(file.path, match[1], 2);
}

/** A field whose value is a date or date-time, quoted or not, as the editor wrote it. */
const DATE_FIELD = /^\s*(?:-\s+)?([A-Za-z][A-Za-z0-9]*):\s*(["']?)(\d{4}-\d{1,2}-\d{1,2})([Tt ]\s*\d{1,2}:\d{2}[^"'#]*?)?\2\s*(?:#.*)?$/;

/**
 * Dates checked as written, before YAML turns 2026-02-30 into 2 March or a date-time
 * with an offset into the UTC day before. Content dates are days in London; times are
 * separate fields.
 */
function writtenDateProblems(path: string, yaml: string, firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  yaml.split('\n').forEach((line, index) => {
    const match = DATE_FIELD.exec(line);
    if (!match) return;
    const [, field, , date, time] = match;
    const where = `line ${firstLine + index}, ${field}`;
    const reason = /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? impossibleDateReason(date)
      : 'write the month and day with two digits each, as YYYY-MM-DD';
    if (reason) {
      problems.push({ file: path, field: where, message: `${date} is not a date: ${reason}. Check the day and month.` });
    } else if (time !== undefined) {
      problems.push({
        file: path,
        field: where,
        message: `Write the date only, as ${date}: dates here are days in London, and a time or time zone (${(date + time).trim()}) can move it to another day. Give times in their own fields, such as startTime: "14:00".`,
      });
    }
  });
  return problems;
}

/** Characters that no text needs and that break XML feeds and calendars: C0 and C1 controls except tab and line ends. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const CONTROL_NAMES: Record<string, string> = {
  '\u0000': 'a NUL character',
  '\u0007': 'a bell character (BEL)',
  '\u0008': 'a backspace character',
  '\u000B': 'a vertical tab',
  '\u000C': 'a form feed (page break)',
  '\u001B': 'an escape character',
  '\u007F': 'a delete character',
};

/** Invisible control characters, often pasted from Word, with the line each is on. */
function controlCharacterProblems(file: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  file.text.split('\n').forEach((line, index) => {
    for (const [character] of line.matchAll(CONTROL)) {
      const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({
        file: file.path,
        field: `line ${index + 1}`,
        message: `This line has ${CONTROL_NAMES[character] ?? 'an invisible control character'} (${code}), usually pasted from Word or a PDF. It breaks feeds and calendars. Delete and retype the text around it.`,
      });
      return;
    }
  });
  return problems;
}

function dataFileProblems(file: ContentFile): ContentProblem[] {
  let terms: unknown;
  try {
    terms = load(file.text);
  } catch (error) {
    return [yamlProblem(file.path, error, 1, file.text)];
  }
  if (!Array.isArray(terms)) return [];
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const term of terms) {
    const id = (term as { id?: unknown })?.id;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) {
      problems.push({ file: file.path, field: 'id', message: `The id "${id}" is used twice. Each term needs its own id.` });
    }
    seen.add(id);
  }
  return problems;
}

/**
 * `files` are every file under the content folder, paths relative to the project;
 * `contentDir` is that folder's path in the same form, for example content.
 */
export function contentFileProblems(contentDir: string, files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pages = new Map<string, string>();
  for (const file of files) {
    const relative = file.path.slice(contentDir.length + 1);
    const [folder, ...rest] = relative.split('/');
    const name = rest.at(-1) ?? folder;
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const controls = /\.(mdx?|ya?ml)$/.test(name) ? controlCharacterProblems(file) : [];
    if (controls.length > 0) {
      // The YAML parser would only add a message about "non-printable characters".
      problems.push(...controls);
      continue;
    }
    if (rest.length === 0) {
      if (/\.ya?ml$/.test(name)) problems.push(...dataFileProblems(file));
      continue;
    }
    if (!(ENTRY_FOLDERS as readonly string[]).includes(folder)) continue;
    const extension = /\.mdx?$/.exec(name)?.[0];
    if (!extension && ASSET.test(name)) continue;
    if (!extension) {
      problems.push({
        file: file.path,
        field: 'file name',
        message: `The site only reads files ending in .md or .mdx, so this file is not used. Rename it to end in .md, or start its name with _ to keep it as a note.`,
      });
      continue;
    }
    const stem = rest.join('/').slice(0, -extension.length);
    if (!PAGE_NAME.test(stem)) {
      problems.push({
        file: file.path,
        field: 'file name',
        message: `The file name becomes the page's web address, so use only lower case letters, numbers and hyphens, for example ${stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}${extension}.`,
      });
    }
    // Astro names pages with github-slugger too, so this finds every pair it would merge.
    const page = `${folder}/${stem.split('/').map((segment) => slug(segment)).join('/')}`;
    const other = pages.get(page);
    if (other) {
      problems.push({
        file: file.path,
        field: 'file name',
        message: `${other} makes the same page. Keep one of the two files.`,
      });
    } else {
      pages.set(page, file.path);
    }
    problems.push(...entryProblems(file));
  }
  return problems;
}
