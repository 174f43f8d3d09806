import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineHastPlugin, markdownToHtml, type HastVisitorContext, type MdxJsxFlowElementHast } from 'satteri';
import { checkContentSource } from './check-content-source';
import { describeUnsafeHtml, unsafeHtmlProblems, type AttributeValue } from '../lib/unsafe-html';

/*
 * A Sätteri HTML-tree plugin for every .md and .mdx file. Sätteri runs with rawHtml on
 * (see astro.config.mjs), so raw HTML arrives here parsed into elements with entities
 * decoded, and "jav&#x61;script:" cannot slip past as text.
 */

const FOUND = 'unsafeHtmlProblems';

function record(ctx: HastVisitorContext, problems: string[]): void {
  if (problems.length === 0) return;
  const found = (ctx.data[FOUND] ??= []) as string[];
  found.push(...problems);
}

function checkJsx(node: Readonly<Pick<MdxJsxFlowElementHast, 'name' | 'attributes'>>, ctx: HastVisitorContext): void {
  // Capitalised names are the site's own components, such as <WorkshopTimetable />.
  if (!node.name || !/^[a-z]/.test(node.name)) return;
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const value = attribute.value;
    attributes[attribute.name] = typeof value === 'object' && value !== null ? value.value : value;
  }
  record(ctx, unsafeHtmlProblems(node.name, attributes));
}

export const rejectUnsafeHtml = defineHastPlugin({
  name: 'reject-unsafe-html',
  element: {
    filter: [],
    visit(node, ctx) {
      record(ctx, unsafeHtmlProblems(node.tagName, node.properties as Record<string, AttributeValue>));
    },
  },
  mdxJsxFlowElement: { filter: [], visit: checkJsx },
  mdxJsxTextElement: { filter: [], visit: checkJsx },
  after(_root, ctx) {
    const problems = ctx.data[FOUND] as string[] | undefined;
    if (!problems) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'A Markdown file';
    throw new Error(describeUnsafeHtml(file, problems));
  },
});

/**
 * Astro renders .md files while it reads them, and there a thrown error is only logged
 * and the page published without its text. The data layer calls this for such a file
 * to stop the build with the reason, even when Astro's cache skipped the first render.
 */
export function whyMarkdownFailed(body: string, filePath: string): string {
  try {
    markdownToHtml(body, {
      features: { rawHtml: true },
      mdastPlugins: [checkContentSource],
      hastPlugins: [rejectUnsafeHtml],
      fileURL: pathToFileURL(filePath),
    });
  } catch (error) {
    return (error as Error).message;
  }
  return `${filePath}: the text below the frontmatter could not be turned into a page. The reason is printed above, after "Error rendering".`;
}
