import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { imageAddressProblems, linkAddressProblems, rawHtmlProblems } from '../lib/content-html-allowlist';
import { mdxNodeProblems, type MdxNode } from '../lib/mdx-rules';

/*
 * A Sätteri Markdown-tree plugin for every .md and .mdx file. It runs on the syntax tree
 * before anything is turned into a page or evaluated, so an MDX import never runs and
 * raw HTML outside the allowlist never reaches the page. Every problem in a file is
 * listed with its line, then the build stops.
 */

const FOUND = 'contentSourceProblems';

interface Positioned {
  position?: { start: { line: number } };
}

interface Found {
  line?: number;
  problem: string;
}

function record(ctx: MdastVisitorContext, node: Positioned, problems: string[]): void {
  const found = (ctx.data[FOUND] ??= []) as Found[];
  for (const problem of problems) found.push({ line: node.position?.start.line, problem });
}

/**
 * Astro hands .md files over without their frontmatter, and .mdx files whole, so line
 * numbers are counted from where the parsed text starts in the file the editor opens.
 */
function linesBefore(source: string, fileURL: URL | undefined): number {
  if (!fileURL) return 0;
  try {
    const text = readFileSync(fileURL, 'utf8');
    const start = source.trim() === '' ? -1 : text.indexOf(source);
    return start > 0 ? text.slice(0, start).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

function checkMdx(node: Readonly<MdxNode & Positioned>, ctx: MdastVisitorContext): void {
  record(ctx, node, mdxNodeProblems(node));
}

/** One error message for a file with content the site does not allow. */
export function describeContentSourceProblems(file: string, problems: string[]): string {
  return `${file} has something the site does not allow in its text:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee "What the text may contain" in docs/editing.md.`;
}

export const checkContentSource = defineMdastPlugin({
  name: 'check-content-source',
  options: { position: true },
  html(node, ctx) {
    record(ctx, node, rawHtmlProblems(node.value));
  },
  link(node, ctx) {
    record(ctx, node, linkAddressProblems(node.url, `the link "${ctx.textContent(node)}"`));
  },
  definition(node, ctx) {
    record(ctx, node, linkAddressProblems(node.url, `the link definition [${node.label ?? node.identifier}]`));
  },
  image(node, ctx) {
    record(ctx, node, imageAddressProblems(node.url));
  },
  mdxjsEsm: checkMdx,
  mdxFlowExpression: checkMdx,
  mdxTextExpression: checkMdx,
  mdxJsxFlowElement: checkMdx,
  mdxJsxTextElement: checkMdx,
  after(_root, ctx) {
    const found = ctx.data[FOUND] as Found[] | undefined;
    if (!found?.length) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'A Markdown file';
    const offset = linesBefore(ctx.source, ctx.fileURL);
    const problems = found.map(({ line, problem }) => (line === undefined ? problem : `line ${line + offset}: ${problem}`));
    throw new Error(describeContentSourceProblems(file, problems));
  },
});
