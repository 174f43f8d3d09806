import { contentElementProblems } from './content-html-allowlist';
import { MDX_COMPONENTS } from './mdx-components';

/*
 * MDX here is Markdown plus the site's own components, nothing more. MDX can also
 * import modules, export values and evaluate JavaScript, all of which run on the build
 * machine (which holds the rights to publish the site) and reach every reader. These
 * rules are checked on the MDX syntax tree before anything is evaluated.
 */

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/** The MDX parts of the syntax tree, as any MDX parser (satteri, micromark) gives them. */
export type MdxNode =
  | { type: 'mdxjsEsm'; value: string }
  | { type: 'mdxFlowExpression' | 'mdxTextExpression'; value: string }
  | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: readonly JsxAttribute[] };

const USE_A_COMPONENT = `The site's components (${Object.keys(MDX_COMPONENTS).map((name) => `<${name}>`).join(', ')}) work without an import.`;

/** A comment, {/* like this *\/}, is the one expression that does nothing, so it may stay. */
function isOnlyAComment(expression: string): boolean {
  return /^\s*\/\*([\s\S]*?)\*\/\s*$/.test(expression) && !/\*\/[\s\S]*\*\//.test(expression);
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

function attributeProblems(element: string, attributes: readonly JsxAttribute[], allowedProps?: readonly string[]): string[] {
  const problems: string[] = [];
  const literal: Record<string, string> = {};
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`{${shorten(attribute.value as string)}} on <${element}>: spread props run code. Write each prop as name="text".`);
      continue;
    }
    const name = attribute.name ?? '';
    if (typeof attribute.value === 'object' && attribute.value !== null) {
      problems.push(`${name}={${shorten(attribute.value.value)}} on <${element}>: a value in braces runs code. Write it in quotes instead, as ${name}="text".`);
      continue;
    }
    if (name.includes(':')) {
      problems.push(`${name} on <${element}>: directives such as set:html put unchecked HTML on the page. Remove it.`);
      continue;
    }
    if (allowedProps && !allowedProps.includes(name)) {
      problems.push(`${name} on <${element}>, which it does not take. It takes ${allowedProps.join(' and ')}.`);
      continue;
    }
    // A bare attribute (<details open>) is true in JSX; as HTML it is an empty value.
    literal[name] = typeof attribute.value === 'string' ? attribute.value : '';
  }
  if (!allowedProps) problems.push(...contentElementProblems(element, literal));
  return problems;
}

/** What is wrong with one MDX node, in words for the editor; empty when it is allowed. */
export function mdxNodeProblems(node: MdxNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [`"${shorten(node.value.split('\n')[0])}": bulletins cannot import or export code. Remove the line. ${USE_A_COMPONENT}`];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isOnlyAComment(node.value)) return [];
      return [
        `{${shorten(node.value)}}: text in curly braces runs as code. Remove the braces; to show a brace as text, write \\{ instead.`,
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (node.name === null) return ['<>...</>: an empty tag is not needed. Remove <> and </>.'];
      if (/^[a-z][a-z0-9]*$/.test(node.name)) return attributeProblems(node.name, node.attributes);
      const props = Object.hasOwn(MDX_COMPONENTS, node.name) ? MDX_COMPONENTS[node.name] : undefined;
      if (!props) {
        return [`<${node.name}>, which is not one of the site's components. Check the spelling: the components are ${Object.keys(MDX_COMPONENTS).map((name) => `<${name}>`).join(', ')}.`];
      }
      return attributeProblems(node.name, node.attributes, props);
    }
  }
}
