/**
 * Writes frontmatter in the block style editors use. Strings are double-quoted (JSON
 * quoting is valid YAML), so a date stays the text "2026-01-21" and a title with a
 * colon stays one string.
 */
type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isScalar(value: Value): value is string | number | boolean {
  return typeof value !== 'object';
}

function lines(record: { [key: string]: Value }, indent: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (isScalar(value)) {
      out.push(`${indent}${key}: ${scalar(value)}`);
    } else if (Array.isArray(value)) {
      if (value.every(isScalar)) {
        out.push(`${indent}${key}: [${value.map((item) => scalar(item as string)).join(', ')}]`);
      } else {
        out.push(`${indent}${key}:`);
        for (const item of value as { [key: string]: Value }[]) {
          const [first, ...rest] = lines(item, `${indent}    `);
          out.push(`${indent}  - ${first.trimStart()}`, ...rest);
        }
      }
    } else {
      out.push(`${indent}${key}:`, ...lines(value, `${indent}  `));
    }
  }
  return out;
}

export function markdownFile(data: { [key: string]: Value }, body: string): string {
  return `---\n${lines(data, '').join('\n')}\n---\n\n${body.trim()}\n`;
}
