import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePolicy, inlineScriptHashes, parseHeaders, policyForMeta } from '../lib/security-headers';

/**
 * Finishes the Content Security Policy once every page is built: hashes of the inline
 * scripts go into dist/_headers, and the policy goes into a <meta> at the top of each
 * page's <head>, for hosts that cannot send headers.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const headersFile = join(outDir, '_headers');
        const pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        const html = pages.map((page) => readFileSync(page, 'utf8'));
        const hashes = inlineScriptHashes(html);
        const headers = readFileSync(headersFile, 'utf8').replace(/^(\s+Content-Security-Policy:\s*)(.+)$/m, (_line, name: string, policy: string) => name + completePolicy(policy, hashes));
        writeFileSync(headersFile, headers);
        const policy = parseHeaders(headers)
          .find((rule) => rule.path === '/*')
          ?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
        if (!policy) throw new Error('public/_headers must give a Content-Security-Policy for /*.');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyForMeta(policy)}">`;
        pages.forEach((page, index) => {
          // Straight after <meta charset>, so the policy is in force before any script or style.
          writeFileSync(page, html[index].replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1${meta}`));
        });
      },
    },
  };
}
