import { relative, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { CheckResult } from '../lib/content-check';
import { checkContentFolder } from '../lib/content-folder';
import { describeProblems } from '../lib/content-integrity';
import { plainEnglishTexts } from '../lib/plain-english-texts';
import { readability } from '../lib/readability';
import { resolveNow } from '../lib/london-time';
import { mistakePage, problemsForPage } from '../lib/mistake-page';
import { unpublishedList } from '../lib/unpublished';


/**
 * Checks every content file before Astro reads any, so an editor's mistake stops
 * `astro build` with one plain block per file: the file, the field and the fix, without
 * Astro's error name, docs link, location and stack trace, which are for developers.
 * Under `astro dev` a mistake never stops the preview: the page of the file with the
 * mistake shows it, every other page previews as normal, and each save is checked again.
 * A build that passes ends by listing what it left out of the site and why. Text written
 * for families that is hard to read is a warning, not a mistake: `npm run readability`
 * reports on all of it.
 */
export default function contentChecks(options: { contentDir: string }): AstroIntegration {
  const contentDir = resolve(options.contentDir);
  const shownDir = relative(process.cwd(), contentDir);
  let latest: CheckResult = { problems: [] };
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        latest = checkContentFolder(contentDir);
        if (latest.content) {
          for (const { file, field, text } of plainEnglishTexts(latest.content)) {
            for (const problem of readability(text).problems) logger.warn(`${file} › ${field}: ${problem}`);
          }
        }
        if (latest.problems.length === 0) return;
        if (command === 'build') {
          process.stderr.write(`\n${describeProblems(latest.problems)}\n\n`);
          process.exit(1);
        }
        logger.error(describeProblems(latest.problems));
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir)) return;
          latest = checkContentFolder(contentDir);
          if (latest.problems.length === 0) return;
          const message = describeProblems(latest.problems);
          logger.error(message);
          // Any page open in the browser shows it over the page at once.
          server.ws.send({ type: 'error', err: { message, stack: '' } });
        });
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://preview').pathname;
          const found = problemsForPage(latest.problems, decodeURIComponent(pathname), shownDir);
          if (request.method !== 'GET' || found.length === 0 || /\.\w+$/.test(pathname)) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(mistakePage(found));
        });
      },
      'astro:build:done': () => {
        if (!latest.content) return;
        const left = unpublishedList(latest.content, resolveNow(process.env.SITE_NOW));
        const summary =
          left.length === 0
            ? 'Everything in the content folder is published.'
            : `Not published, and why:\n${left.map((line) => `  ${line}`).join('\n')}`;
        // Last, under "Complete!", where an editor looks; not after a build that failed later.
        process.once('exit', (code) => {
          if (code === 0) process.stdout.write(`\n${summary}\n`);
        });
      },
    },
  };
}
