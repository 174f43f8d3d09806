import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './content-location';
import { contentSchemas } from './lib/content-schemas';
import { forgivingInPreview } from './integrations/forgiving-loader';

/*
 * Where each collection's files are. What they must hold is in src/lib/content-schemas.ts.
 * Files whose names start with an underscore are ignored (handy for notes and templates).
 */

const schemas = contentSchemas(reference);
const entries = (folder: string) => forgivingInPreview(glob({ base: `${contentDir}/${folder}`, pattern: '**/[^_]*.{md,mdx}' }));

export const collections = {
  bulletins: defineCollection({ loader: entries('bulletins'), schema: schemas.bulletins }),
  events: defineCollection({ loader: entries('events'), schema: schemas.events }),
  consultations: defineCollection({ loader: entries('consultations'), schema: schemas.consultations }),
  areasOfNeed: defineCollection({ loader: forgivingInPreview(file(`${contentDir}/areas-of-need.yaml`)), schema: schemas.areasOfNeed }),
  audiences: defineCollection({ loader: forgivingInPreview(file(`${contentDir}/audiences.yaml`)), schema: schemas.audiences }),
  /** Abbreviations: explained where first used on each page, and listed on /glossary/. */
  glossary: defineCollection({ loader: forgivingInPreview(file(`${contentDir}/glossary.yaml`)), schema: schemas.glossary }),
};
