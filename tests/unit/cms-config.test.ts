import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../src/lib/cms-config';
import { contentSchemas } from '../../src/lib/content-schemas';
import { plainReference } from '../../src/lib/plain-reference';

/*
 * The web editor's forms are generated from the content schemas. These prove the two
 * agree: what a form writes passes the build's checks, every field the content uses has
 * a form field, and the pickers store exactly the formats the schemas accept.
 */

const schemas = contentSchemas(plainReference);
const config = cmsConfig(schemas, {
  termIds: { areasOfNeed: ['semh', 'sensory'], audiences: ['schools', 'parent-carers'] },
  repo: 'council/send-news',
  branch: 'main',
});
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;
const field = (fields: CmsField[], name: string) => fields.find((entry) => entry.name === name)!;

/** What an editor filling in every field of a form would save, widget by widget. */
function filledIn(fields: CmsField[]): Record<string, unknown> {
  const value = (entry: CmsField): unknown => {
    switch (entry.widget) {
      case 'datetime':
        return entry.time_format ? '14:00' : '2026-06-16';
      case 'select':
        return entry.multiple ? [(entry.options as string[])[0]] : (entry.options as string[])[0];
      case 'relation':
        return entry.multiple ? ['2026-06-16-drop-in'] : '2026-06';
      case 'boolean':
        return false;
      case 'list':
        return entry.fields ? [filledIn(entry.fields as CmsField[])] : ['A shorter name'];
      case 'object':
        return filledIn(entry.fields as CmsField[]);
      default:
        if (entry.name === 'issue') return '2026-06';
        if (entry.name === 'email') return 'send.news@birmingham.gov.uk';
        if (entry.name === 'url') return 'https://www.birmingham.gov.uk/send';
        return 'Text long enough to be a summary of this entry.';
    }
  };
  return Object.fromEntries(fields.filter((entry) => entry.name !== 'body').map((entry) => [entry.name, value(entry)]));
}

describe('the web editor config generated from the content schemas', () => {
  it.each(['bulletins', 'events', 'consultations'] as const)('a %s form filled in completely passes the build’s checks', (name) => {
    const data = filledIn(collection(name).fields);
    if (name === 'events') Object.assign(data, { partOfDay: undefined, endTime: '16:00', endDate: undefined });
    if (name === 'consultations') Object.assign(data, { opens: '2026-06-01', events: ['2026-06-16-drop-in'] });
    if (name === 'bulletins') Object.assign(data, { published: '2026-06-01' });
    const result = schemas[name].safeParse(data);
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('has a form field for every field the content uses', () => {
    for (const name of ['bulletins', 'events', 'consultations'] as const) {
      const known = new Set(collection(name).fields.map((entry) => entry.name));
      for (const file of readdirSync(join('content', name)).filter((entry) => /^[^_].*\.mdx?$/.test(entry))) {
        const frontmatter = load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join('content', name, file), 'utf8'))![1]) as object;
        for (const key of Object.keys(frontmatter)) expect(known, `${name}/${file}: ${key}`).toContain(key);
      }
    }
  });

  it('uses pickers for dates and times that store London dates and times as typed', () => {
    const events = collection('events').fields;
    expect(field(events, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
    expect(field(events, 'startTime')).toMatchObject({ widget: 'datetime', format: 'HH:mm', date_format: false, picker_utc: false, required: false });
  });

  it('uses lists for areas of need, audiences, bulletins and kinds', () => {
    const consultations = collection('consultations').fields;
    expect(field(consultations, 'areasOfNeed')).toMatchObject({ widget: 'select', multiple: true, options: ['semh', 'sensory'] });
    expect(field(consultations, 'audiences')).toMatchObject({ widget: 'select', multiple: true, options: ['schools', 'parent-carers'] });
    expect(field(consultations, 'bulletin')).toMatchObject({ widget: 'relation', collection: 'bulletins', value_field: '{{slug}}' });
    expect(field(consultations, 'kind')).toMatchObject({ widget: 'select', options: ['consultation', 'survey', 'expression-of-interest', 'nominations'] });
    expect(field(consultations, 'events')).toMatchObject({ widget: 'relation', collection: 'events', multiple: true, required: false });
  });

  it('uses repeatable groups for ways to respond, contacts and documents', () => {
    const consultations = collection('consultations').fields;
    for (const name of ['respond', 'contacts', 'documents']) expect(field(consultations, name).widget).toBe('list');
    const respond = field(consultations, 'respond').fields as CmsField[];
    expect(respond.map((entry) => entry.name)).toEqual(['text', 'link', 'email']);
    expect(field(respond, 'link')).toMatchObject({ widget: 'object', required: false });
  });

  it('carries the schema’s help text, and the editorial workflow', () => {
    const events = collection('events').fields;
    expect(field(events, 'venue').hint).toBe('The venue as the source names it. Leave empty if the source does not say.');
    expect(field(events, 'summary')).toMatchObject({ widget: 'text', hint: expect.stringContaining('20 to 300 characters') });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(collection('bulletins').slug).toBe('{{fields.issue}}');
  });
});
