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

function record(ctx: MdastVisitorContext, node: Positioned, problems: string[]): void {
  if (problems.length === 0) return;
  const found = (ctx.data[FOUND] ??= []) as string[];
  const line = node.position ? `line ${node.position.start.line}: ` : '';
  for (const problem of problems) found.push(`${line}${problem}`);
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
    const problems = ctx.data[FOUND] as string[] | undefined;
    if (!problems) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'A Markdown file';
    throw new Error(describeContentSourceProblems(file, problems));
  },
});
