import { z } from 'astro/zod';
import type { contentSchemas } from './content-schemas';

/**
 * The web editor's (Decap CMS, at /admin/) collections and fields, generated from the
 * content schemas, so the forms ask for exactly what the build checks and say the same
 * things: one source of truth. Pure: the schemas and the ids of the terms editors can
 * pick go in, a config object comes out.
 */

type Schemas = ReturnType<typeof contentSchemas>;
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
  format?: string;
  default?: unknown;
  description?: string;
  maxLength?: number;
  minItems?: number;
  collection?: string;
};

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

export interface CmsOptions {
  /** Ids editors may choose from, by collection: content/areas-of-need.yaml and content/audiences.yaml. */
  termIds: { areasOfNeed: string[]; audiences: string[] };
  /** The GitHub repository the web editor commits to, as owner/name. */
  repo: string;
  branch: string;
}

/** The patterns of the field types in content-fields.ts, each with its picker. */
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const TIME = '^([01]\\d|2[0-3]):[0-5]\\d$';

/** startTime becomes "Start time". */
export function labelFor(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Long text gets a text box rather than a single line. */
const LONG_TEXT = new Set(['summary', 'description']);

function widgetFor(name: string, json: JsonSchema, options: CmsOptions, optional = false): { widget: string; [option: string]: unknown } {
  if (json.pattern === DATE) {
    // Stored as typed, never converted between time zones: the date is London's.
    return { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
  }
  if (json.pattern === TIME) {
    // London wall-clock time as typed: a time alone is never converted, so 14:00 in summer
    // stays 14:00. Not picker_utc, whose "UTC" label would invite editors to convert it.
    return { widget: 'datetime', date_format: false, time_format: 'HH:mm', format: 'HH:mm', picker_utc: false };
  }
  if (json.collection === 'bulletins' || json.collection === 'events') {
    return { widget: 'relation', collection: json.collection, search_fields: ['title'], value_field: '{{slug}}', display_fields: ['title'] };
  }
  if (json.enum) return { widget: 'select', options: json.enum };
  if (json.type === 'boolean') return { widget: 'boolean' };
  if (json.type === 'array' && json.items) {
    const items = json.items;
    if (items.collection === 'areasOfNeed' || items.collection === 'audiences') {
      return { widget: 'select', multiple: true, options: options.termIds[items.collection] };
    }
    if (items.collection === 'events') {
      return { ...widgetFor(name, items, options), multiple: true };
    }
    if (items.properties) return { widget: 'list', fields: fieldsOf(items, options) };
    return { widget: 'list' };
  }
  if (json.type === 'object' && json.properties) return { widget: 'object', collapsed: false, fields: fieldsOf(json, options, optional) };
  if (json.pattern) return { widget: 'string', pattern: [json.pattern, json.description ?? 'Check the format.'] };
  return { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
}

/**
 * The form cannot say "required once the group is filled in" (a booking needs its text
 * only if there is a booking), so inside an optional group nothing is required by the
 * form; the build's checks, shown on the pull request, still ask for it.
 */
function fieldsOf(json: JsonSchema, options: CmsOptions, insideOptional = false): CmsField[] {
  const required = new Set(insideOptional ? [] : (json.required ?? []));
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const field: CmsField = { name, label: labelFor(name), ...widgetFor(name, property, options, !required.has(name)) };
    if (!required.has(name)) field.required = false;
    if (property.default !== undefined && !(Array.isArray(property.default) && property.default.length === 0)) field.default = property.default;
    if (property.description) field.hint = property.description;
    return field;
  });
}

/** The form for one kind of entry: every frontmatter field, then the text. */
export function entryFields(schema: z.ZodType, options: CmsOptions): CmsField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return [
    ...fieldsOf(json, options),
    { name: 'body', label: 'Text', widget: 'markdown', hint: 'The text of the page. Start each article with a heading (## in Markdown).' },
  ];
}

export function cmsConfig(schemas: Schemas, options: CmsOptions) {
  const folder = (name: string, label: string, singular: string, slug: string, schema: z.ZodType, description: string) => ({
    name,
    label,
    label_singular: singular,
    description,
    folder: `content/${name}`,
    create: true,
    extension: 'md',
    format: 'frontmatter',
    slug,
    fields: entryFields(schema, options),
  });
  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch },
    // Run `npm run editor` on a computer with the project: the editor then saves to the files there.
    local_backend: true,
    // Every change is a pull request that goes through draft, in review and ready.
    publish_mode: 'editorial_workflow',
    media_folder: 'content/media',
    public_folder: '/media',
    site_url: '/',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      folder('bulletins', 'Bulletins', 'Bulletin', '{{fields.issue}}', schemas.bulletins, "One file per month, named after the issue month. Start next month's here."),
      folder('events', 'Events', 'Event', '{{fields.date}}-{{slug}}', schemas.events, 'Each dated event a bulletin announces.'),
      folder('consultations', 'Have your say', 'Consultation or survey', '{{slug}}', schemas.consultations, 'Consultations, surveys, expressions of interest and nominations a bulletin announces.'),
    ],
  };
}
