import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { parseHeaders } from '../../src/lib/security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsl': 'application/xslt+xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.txt': 'text/plain',
};

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * Serves a built site the way a static host does, sending the headers its _headers
 * file gives for each path, so a browser test runs under the real security policy.
 */
export async function serveWithHeaders(root: string): Promise<{ url: string; server: Server }> {
  const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    const file = candidates.map((candidate) => join(root, candidate)).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    for (const rule of rules.filter((rule) => matches(rule.path, path))) {
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    response.statusCode = file ? 200 : 404;
    response.setHeader('Content-Type', TYPES[extname(file ?? '.html')] ?? 'application/octet-stream');
    response.end(readFileSync(file ?? join(root, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port.');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
