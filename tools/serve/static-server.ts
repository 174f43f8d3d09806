import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeaders } from '../../src/lib/security-headers.ts';

/*
 * The one static server the tests and the benchmark use: serves a built site as a plain
 * static host does, uncompressed unless asked (the benchmark works out compressed sizes
 * from the files itself). Pagefind and module scripts do not work from file:// addresses.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file a URL path names, with /dir/ meaning /dir/index.html; undefined when there is none or it is outside root. */
export function fileForPath(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidates = [join(root, decoded), join(root, decoded, 'index.html')].map((file) => normalize(file));
  return candidates.find((file) => (file === root || file.startsWith(root + sep)) && existsSync(file) && statSync(file).isFile());
}

export interface ServeOptions {
  /** Send the headers the site's _headers file gives for each path, so a browser runs under the real security policy. */
  headers?: boolean;
  /**
   * Compress text with gzip for browsers that accept it, as production static hosts do, for
   * tests that time a throttled connection. Pagefind's own files are compressed already.
   */
  gzip?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.xsl', '.ics', '.txt', '.svg']);

export interface StaticServer {
  /** Such as http://127.0.0.1:41234, without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Serves root on a free local port. Unknown paths get the site's 404.html with status 404. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const rules = options.headers ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules.filter((candidate) => matches(candidate.path, decodeURIComponent(path)))) {
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    const file = fileForPath(root, path);
    if (!file) {
      const notFound = fileForPath(root, '/404.html');
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
