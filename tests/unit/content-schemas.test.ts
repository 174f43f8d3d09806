import { describe, expect, test } from 'vitest';
import type { ZodType } from 'astro/zod';
import { collections } from '../../src/content.config';

/** The real schemas from src/content.config.ts, as Astro applies them to each file's frontmatter. */
function schemaOf(name: keyof typeof collections): ZodType {
  const schema = collections[name].schema;
  return (typeof schema === 'function' ? schema({ image: () => ({}) } as never) : schema) as ZodType;
}

async function problems(name: keyof typeof collections, frontmatter: Record<string, unknown>) {
  const result = await schemaOf(name).safeParseAsync(frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const goodBulletin = {
  title: 'SEND and Inclusion Update - March 2026',
  issue: '2026-03',
  summary: 'News about the SEND Inclusion Charter and the spring workshops.',
  author: { name: 'Helen Ellis', role: 'Director of Early Years, SEND and Inclusion' },
};

const goodEvent = {
  title: 'Banded descriptors review workshop 1',
  summary: 'A workshop reviewing the current band descriptors for top-up funding.',
  date: new Date('2026-01-21T00:00:00Z'), // how YAML hands over an unquoted date
  partOfDay: 'morning',
  venue: 'Council House',
  areasOfNeed: ['communication-and-interaction'],
  audiences: ['schools'],
  bulletin: '2025-12',
};

const goodConsultation = {
  title: 'Inclusive Pathways Framework',
  kind: 'consultation',
  summary: 'Share your views on clear routes for children who need tailored support.',
  closes: '2025-12-31',
  respond: [{ text: 'Share your views', link: { title: "Consultation - Birmingham's Inclusive Pathways" } }],
  contacts: [{ email: 'sarah.impey@birmingham.gov.uk' }],
  bulletin: '2025-12',
};

describe('bulletins', () => {
  test('accepts good frontmatter and defaults draft to false', async () => {
    const result = await schemaOf('bulletins').parseAsync(goodBulletin);
    expect(result).toMatchObject({ draft: false, undated: [] });
  });

  test.each([
    ['a missing title', { title: undefined }, /^title: Add a title/],
    ['an issue month written as words', { issue: 'March 2026' }, /^issue: Write the issue month as YYYY-MM/],
    ['a summary that is too long', { summary: 'x'.repeat(301) }, /^summary: The summary is too long/],
    ['a summary that is too short', { summary: 'News.' }, /^summary: The summary is too short/],
    ['an author written on one line', { author: 'Helen Ellis' }, /^author: Write the author as a name and a role/],
    ['a draft flag written as text', { draft: 'yes' }, /^draft: Write draft: true/],
    ['a publish date a year from the issue', { published: '2027-03-01' }, /^published: .*Check the year/],
    ['a publish date that does not exist', { published: '2026-02-30' }, /^published: 2026-02-30 does not exist in the calendar: February 2026 has 28 days/],
  ])('rejects %s, naming the field', async (_label, change, message) => {
    const found = await problems('bulletins', { ...goodBulletin, ...change });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});

test('a bulletin with no author is signed from the council', async () => {
  expect(await problems('bulletins', { ...goodBulletin, author: undefined })).toEqual([]);
});

describe('events', () => {
  test('accepts good frontmatter, turning a YAML date back into the date typed', async () => {
    const result = await schemaOf('events').parseAsync(goodEvent);
    expect(result).toMatchObject({ date: '2026-01-21', online: false, bulletin: { collection: 'bulletins', id: '2025-12' } });
  });

  test.each([
    ['a date in British order', { date: '21/01/2026' }, /^date: Write the date as YYYY-MM-DD/],
    ['an end date before the start', { endDate: '2026-01-20' }, /^endDate: endDate \(2026-01-20\) must be after date/],
    ['a time without a colon', { partOfDay: undefined, startTime: '10am' }, /^startTime: Write the time as HH:MM/],
    ['an end time before the start time', { partOfDay: undefined, startTime: '11:00', endTime: '10:00' }, /^endTime: endTime \(10:00\) must be after startTime/],
    ['an end time with no start time', { partOfDay: undefined, endTime: '10:00' }, /^endTime: An endTime needs a startTime/],
    ['both a part of day and a time', { startTime: '10:00' }, /^partOfDay: Use partOfDay only when the source gives no times/],
    ['an unknown part of day', { partOfDay: 'noon' }, /^partOfDay: partOfDay must be morning, afternoon or evening/],
    ['a booking email without an @', { booking: { text: 'Email us', email: 'dbv.birmingham.gov.uk' } }, /^booking.email: This is not a valid email address/],
    ['a booking link that is not a web address', { booking: { text: 'Book', link: { title: 'Form', url: 'forms/123' } } }, /^booking.link.url: This is not a full web address/],
  ])('rejects %s, naming the field', async (_label, change, message) => {
    const found = await problems('events', { ...goodEvent, ...change });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});

describe('consultations', () => {
  test('accepts good frontmatter and closes at 11:59pm unless told otherwise', async () => {
    const result = await schemaOf('consultations').parseAsync(goodConsultation);
    expect(result).toMatchObject({ closesTime: '23:59', documents: [], events: [] });
  });

  test.each([
    ['an unknown kind', { kind: 'petition' }, /^kind: kind must be one of/],
    ['a closing date before the opening date', { opens: '2026-01-10' }, /^closes: closes \(2025-12-31\) must be on or after opens/],
    ['no closing date and no events', { closes: undefined }, /^closes: Add the closing date/],
    ['no way to respond', { respond: [] }, /^respond: List at least one way to respond/],
    ['a contact email without an @', { contacts: [{ email: 'sarah.impey' }] }, /^contacts.0.email: This is not a valid email address/],
    ['a javascript: link', { documents: [{ title: 'Doc', url: 'javascript:alert(1)' }] }, /^documents.0.url: This is not a full web address/],
  ])('rejects %s, naming the field', async (_label, change, message) => {
    const found = await problems('consultations', { ...goodConsultation, ...change });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  test('accepts no closing date when the events it recruits for say when it ends', async () => {
    const found = await problems('consultations', {
      ...goodConsultation,
      kind: 'expression-of-interest',
      closes: undefined,
      events: ['2026-01-21-banded-descriptors-workshop-1'],
    });
    expect(found).toEqual([]);
  });
});
