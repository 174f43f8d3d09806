import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INLINE_SCRIPTS } from '../lib/inline-scripts';
import { completeHeaders, completePolicy, hasUnlistedInlineScript, pagePolicyIn, policyForMeta, scriptHash } from '../lib/security-headers';

/**
 * The Content Security Policy, from public/_headers with the hashes of the site's inline
 * scripts (src/lib/inline-scripts.ts) filled in. Each page carries it in a <meta> as it is
 * rendered (__PAGE_POLICY__, read by the base layout), for hosts that cannot
 * send headers; dist/_headers gets it for hosts that can. Rendering it, rather than
 * rewriting every finished page, keeps a ten-year archive's build quick; the build then
 * reads the pages once to prove no other inline script slipped in.
 */
export default function securityHeaders(): AstroIntegration {
  const allowed = [...new Set(INLINE_SCRIPTS.map(scriptHash))].sort();
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const policy = completePolicy(pagePolicyIn(readFileSync(new URL('_headers', config.publicDir), 'utf8')), allowed);
        updateConfig({
          vite: {
            // A global, not import.meta.env.PAGE_POLICY: an environment variable of that name
            // (Vitest exports its config's env defines to the builds it starts) would win.
            // Under `astro dev` Vite adds inline scripts of its own, so pages carry none.
            define: { __PAGE_POLICY__: JSON.stringify(command === 'build' ? policyForMeta(policy) : '') },
            // Astro inlines small bundled scripts, and their hashes are not known until
            // the bundle is written: keep them as files, which the policy allows.
            build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const unlisted: string[] = [];
        for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const page = join(entry.parentPath, entry.name);
          if (hasUnlistedInlineScript(readFileSync(page, 'utf8'), allowed)) {
            unlisted.push(relative(outDir, page));
          }
        }
        if (unlisted.length > 0) {
          throw new Error(
            `These pages have an inline script that the Content Security Policy does not allow, so browsers would refuse to run it:\n  - ${unlisted.slice(0, 10).join('\n  - ')}\n` +
              'Move the script to a file (a <script> Astro bundles), or add its text to src/lib/inline-scripts.ts.',
          );
        }
        const headersFile = join(outDir, '_headers');
        writeFileSync(headersFile, completeHeaders(readFileSync(headersFile, 'utf8'), allowed));
      },
    },
  };
}
