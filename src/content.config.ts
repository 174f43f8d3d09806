import { defineCollection, reference } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, type Loader } from 'astro/loaders';
import { entryLoader } from './content-loaders';
import { environment } from './environment';
import { forgivingInPreview } from './integrations/forgiving-loader';
import { contentSchemas } from './lib/content-schemas';

/*
 * Where each collection's files are. What they must hold is in src/lib/content-schemas.ts,
 * which the build's own check of the raw files (src/lib/content-check.ts) uses too.
 * Files whose names start with an underscore are ignored (handy for notes and templates).
 */

const { contentDir } = environment;
const schemas = contentSchemas(reference);
const entries = (folder: string) => forgivingInPreview(entryLoader(contentDir, folder));
const list = (name: string) => forgivingInPreview(file(`${contentDir}/${name}.yaml`));
/** A list a council may not have yet: without its file, the collection is empty rather than an error. */
const optionalList = (name: string): Loader =>
  existsSync(`${contentDir}/${name}.yaml`) ? list(name) : { name: `no-${name}`, load: async ({ store }) => store.clear() };

export const collections = {
  bulletins: defineCollection({ loader: entries('bulletins'), schema: schemas.bulletins }),
  events: defineCollection({ loader: entries('events'), schema: schemas.events }),
  consultations: defineCollection({ loader: entries('consultations'), schema: schemas.consultations }),
  areasOfNeed: defineCollection({ loader: list('areas-of-need'), schema: schemas.areasOfNeed }),
  audiences: defineCollection({ loader: list('audiences'), schema: schemas.audiences }),
  /** Abbreviations and terms: explained where first used on each page, and listed on /glossary/. */
  glossary: defineCollection({ loader: list('glossary'), schema: schemas.glossary }),
  /** What people told the council and what it did (SEND Regulations 2014, regulation 56). */
  youSaidWeDid: defineCollection({ loader: optionalList('you-said-we-did'), schema: schemas.youSaidWeDid }),
};
