import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { splitCalendar } from '../lib/calendar';

/**
 * Writes /events/<id>.ics for every event from the whole calendar /events.ics, once the
 * build is done. Keep it before the link check, which checks the "Add to calendar" links.
 * (`astro dev` serves only the whole calendar.)
 */
export default function eventCalendars(): AstroIntegration {
  let siteUrl = '';
  return {
    name: 'event-calendars',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs must set `site`: calendar UIDs are made from it.');
        siteUrl = config.site;
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const files = splitCalendar(readFileSync(join(outDir, 'events.ics'), 'utf8'), siteUrl);
        for (const [id, text] of files) writeFileSync(join(outDir, 'events', `${id}.ics`), text);
      },
    },
  };
}
