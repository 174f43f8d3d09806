import { z } from 'astro/zod';
import type { Reference } from './content-schemas.ts';

/**
 * Astro's reference() as a plain schema (it only turns a name into { id, collection }),
 * for checking files outside Astro: the build's pre-check and the web editor's config.
 * Whether the name exists is checked across files in content-integrity.ts.
 */
export const plainReference = ((collection: string) =>
  z
    .union([z.number().transform((number) => number.toString(10)), z.string()])
    .transform((id) => ({ id, collection }))
    .meta({ collection })) as unknown as Reference;
