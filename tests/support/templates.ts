import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * One page of the fixture site for each page template (each .astro file under src/pages):
 * the build tests check each template's structure on it and the browser suite runs its
 * full matrix on it. tests/build/pages.test.ts fails when a template has no page here.
 */
export const TEMPLATE_PAGES = [
  '/',
  '/bulletins/',
  '/bulletins/2026-01/',
  '/bulletins/2026-01/email/',
  '/events/',
  '/events/2026-01-27-sensory-support-workshop-1/',
  '/events/past/2025/',
  '/have-your-say/',
  '/have-your-say/short-breaks-statement/',
  '/have-your-say/closed/2025/',
  '/areas-of-need/',
  '/areas-of-need/sensory/',
  '/for/',
  '/for/parent-carers/',
  '/you-said-we-did/',
  '/another-way/',
  '/accessibility/',
  '/cookies/',
  '/glossary/',
  '/reading-preferences/',
  '/search/',
  '/subscribe/',
  '/404.html',
];

/** The address pattern of each page template: src/pages/events/[id].astro is /events/[^/]+/. */
export function templatePatterns(pagesDir = join(process.cwd(), 'src/pages')): { template: string; pattern: RegExp }[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => {
      const route = relative('.', file).split('\\').join('/').replace(/\.astro$/, '');
      if (route === '404') return { template: file, pattern: /^\/404\.html$/ };
      const path = `/${route.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
      const source = path.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.');
      return { template: file, pattern: new RegExp(`^${source}$`) };
    });
}
