import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { emailAddress, issueMonth, localDate, localTime, summary, webAddress } from '../../src/lib/content-fields';
import { bulletinProblems, consultationProblems, eventProblems } from '../../src/lib/content-rules';

/** The first message zod gives for a value, as an editor would read it. */
function messageFor(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error!.issues[0].message;
}

describe('field rules', () => {
  it('summary: too short and too long each say what to do', () => {
    expect(messageFor(summary, 'Too short')).toMatch(/too short.*at least 20 characters/);
    expect(messageFor(summary, 'x'.repeat(301))).toMatch(/too long.*under 300 characters/);
    expect(messageFor(summary, 'A plain-English sentence saying what this is.')).toBeUndefined();
  });

  it('email: a missing @ is caught', () => {
    expect(messageFor(emailAddress, 'helen.ellis.birmingham.gov.uk')).toMatch(/not a valid email address.*@/);
    expect(messageFor(emailAddress, 'Helen.Ellis@birmingham.gov.uk')).toBeUndefined();
  });

  it('web address: must be a full https address', () => {
    expect(messageFor(webAddress, 'www.localofferbirmingham.co.uk')).toMatch(/Start it with https:\/\//);
    expect(messageFor(webAddress, 'javascript:alert(1)')).toMatch(/Start it with https:\/\//);
    expect(messageFor(webAddress, 'https://www.localofferbirmingham.co.uk/')).toBeUndefined();
  });

  it('dates: wrong format and impossible dates', () => {
    expect(messageFor(localDate, '21/01/2026')).toMatch(/YYYY-MM-DD, for example 2026-01-21/);
    expect(messageFor(localDate, '2026-02-30')).toBe('2026-02-30 does not exist in the calendar: February 2026 has 28 days. Check the day and month.');
    // YAML's reading of a date-time with an offset: never quietly the UTC day before.
    expect(messageFor(localDate, new Date('2026-02-28T23:30:00Z'))).toMatch(/YYYY-MM-DD/);
    expect(messageFor(localDate, new Date('2026-01-21T00:00:00Z'))).toBeUndefined();
  });

  it('times and issue months: the format is spelled out', () => {
    expect(messageFor(localTime, '2pm')).toMatch(/HH:MM on the 24-hour clock/);
    expect(messageFor(issueMonth, 'February 2026')).toMatch(/YYYY-MM, for example 2026-02/);
    expect(messageFor(issueMonth, '2026-13')).toBe('2026-13 is not a month: there is no month 13: months go from 01 (January) to 12 (December).');
    expect(messageFor(issueMonth, '2026-00')).toMatch(/there is no month 00/);
    expect(messageFor(issueMonth, '2026-12')).toBeUndefined();
  });
});

describe('cross-field rules', () => {
  it('an event must end after it starts (days)', () => {
    expect(eventProblems({ date: '2026-06-17', endDate: '2026-06-16' })).toEqual([
      { field: 'endDate', message: expect.stringMatching(/must be after date.*leave endDate out/) },
    ]);
    expect(eventProblems({ date: '2026-06-16', endDate: '2026-06-17' })).toEqual([]);
  });

  it('an event must end after it starts (times)', () => {
    expect(eventProblems({ date: '2026-01-21', startTime: '14:00', endTime: '11:00' })).toEqual([
      { field: 'endTime', message: expect.stringMatching(/must be after startTime/) },
    ]);
    expect(eventProblems({ date: '2026-01-21', endTime: '11:00' })[0].field).toBe('endTime');
  });

  it('partOfDay and startTime cannot both be given', () => {
    expect(eventProblems({ date: '2026-01-21', startTime: '10:00', partOfDay: 'morning' })[0].field).toBe('partOfDay');
  });

  it('a consultation closes on or after it opens', () => {
    expect(consultationProblems({ opens: '2026-03-01', closes: '2026-02-27', events: [] })).toEqual([
      { field: 'closes', message: expect.stringMatching(/must be on or after opens/) },
    ]);
    expect(consultationProblems({ opens: '2026-02-01', closes: '2026-02-27', events: [] })).toEqual([]);
  });

  it('a consultation needs a closing date or the events it is for', () => {
    expect(consultationProblems({ events: [] })[0]).toMatchObject({ field: 'closes' });
    expect(consultationProblems({ events: [{ id: 'x' }] })).toEqual([]);
  });

  it('a bulletin published a year away from its issue month is caught', () => {
    expect(bulletinProblems({ issue: '2026-03', published: '2025-02-25' })[0]).toMatchObject({ field: 'published' });
    expect(bulletinProblems({ issue: '2026-03', published: '2026-02-25' })).toEqual([]);
  });
});

describe('one message per mistake', () => {
  it('a date in the wrong format is not also called impossible', () => {
    const result = localDate.safeParse('21/01/2026');
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'Write the date as YYYY-MM-DD, for example 2026-01-21.',
    ]);
  });
});

describe('no knock-on messages', () => {
  it('a time that is not a time is not also compared with the start time', async () => {
    const { fields } = await import('../../src/lib/content-fields');
    const schema = fields({ startTime: localTime.optional(), endTime: localTime.optional() }).superRefine((event, ctx) => {
      for (const problem of eventProblems({ date: '2026-03-10', ...event })) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    });
    const result = schema.safeParse({ startTime: '14:00', endTime: '4.00pm' });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['endTime', expect.stringMatching(/^Write the time as HH:MM/)],
    ]);
  });
});

describe('misspelt field names', () => {
  it('are reported as their own field, alongside other mistakes, instead of being dropped', async () => {
    const { fields } = await import('../../src/lib/content-fields');
    const schema = fields({ venue: z.string().optional(), startTime: localTime.optional() });
    const result = schema.safeParse({ venu: 'Council House', startTime: '2pm' });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['startTime', expect.stringMatching(/HH:MM/)],
      ['venu', 'venu is not a field: did you mean venue? Check the spelling and capitals.'],
    ]);
    expect(schema.safeParse({ venue: 'Council House', startTime: '14:00' }).success).toBe(true);
  });

  it('name the field meant, instead of also calling it missing', async () => {
    const { fields } = await import('../../src/lib/content-fields');
    const schema = fields({ title: z.string({ error: 'Add a title.' }), summary: z.string({ error: 'Add a summary.' }) });
    const result = schema.safeParse({ tittle: 'Workshop', StartTime: '10:00' });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['summary', 'Add a summary.'],
      ['tittle', 'tittle is not a field: did you mean title? Check the spelling and capitals.'],
      ['StartTime', expect.stringMatching(/^StartTime is not a field here\. The fields are: title, summary\./)],
    ]);
  });
});
