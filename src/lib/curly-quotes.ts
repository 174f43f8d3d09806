/**
 * Word and Outlook turn typed quotes into curly ones. Around a whole value they are only
 * decoration (the editor meant YAML's quotes), so the value is the text inside; curly
 * quotes within the text, such as the ‘Band’ descriptors, are kept as written.
 */
const WRAPPED = /^\s*([“‘])([\s\S]*)([”’])\s*$/;

export function withoutDecorativeQuotes(value: string): string {
  const match = WRAPPED.exec(value);
  if (!match) return value;
  const [, open, inside, close] = match;
  if ((open === '“') !== (close === '”')) return value;
  // “A” and “B” is two quotations, not one wrapped value.
  if (inside.includes(open === '“' ? '”' : '’') && open === '“') return value;
  if (open === '‘' && /’\s/.test(inside)) return value;
  return inside.trim();
}

/** Curly quotes where YAML needs straight ones: a value that starts with one. */
export function startsWithCurlyQuote(line: string): boolean {
  return /^\s*(-\s+)?[A-Za-z][\w-]*:\s+[“”‘’]/.test(line) || /^\s*-\s+[“”‘’]/.test(line);
}
