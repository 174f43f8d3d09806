import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emailSizeLines, emailSizeProblem, type EmailFile } from '../lib/email/email-size';

/** Prints the size of each bulletin's email and stops the build when one would be clipped. */
export default function emailSize(): AstroIntegration {
  return {
    name: 'email-size',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const bulletins = join(fileURLToPath(dir), 'bulletins');
        if (!existsSync(bulletins)) return;
        const files: EmailFile[] = readdirSync(bulletins)
          .map((id) => `bulletins/${id}/email.html`)
          .filter((path) => existsSync(join(fileURLToPath(dir), path)))
          .map((path) => ({ path, bytes: statSync(join(fileURLToPath(dir), path)).size }));
        for (const line of emailSizeLines(files)) logger.info(line);
        const problem = emailSizeProblem(files);
        if (problem) throw new Error(problem);
      },
    },
  };
}
