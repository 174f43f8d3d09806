// Imported by name with .ts: tools/new-entry.ts runs this file in plain Node, which does not guess extensions.
import { z } from 'astro/zod';
import { impossibleDateReason, impossibleMonthReason } from './calendar-date.ts';
import { withoutDecorativeQuotes } from './curly-quotes.ts';
import { nearestName } from './nearest-name.ts';

/**
 * Field types shared by the content schemas. Dates and times are London wall-clock
 * values kept as strings, so a date never shifts by a day when a machine's clock is UTC.
 */

/**
 * YAML reads an unquoted 2026-01-21 as a Date at UTC midnight; turn it back into the text
 * the editor typed. A date with a time (2026-03-01T00:30+01:00) keeps its time, so it
 * fails the format below rather than silently becoming the UTC day before. The raw
 * files are checked first (src/lib/content-files.ts), so the editor sees what they wrote.
 */
function yamlDateToText(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const text = value.toISOString();
  return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : text;
}

/** A calendar date such as 2026-01-21, in London. */
export const localDate = z.preprocess(
  yamlDateToText,
  z
    .string({ error: 'Write the date as YYYY-MM-DD, for example 2026-01-21.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, for example 2026-01-21.', abort: true })
    .superRefine((text, ctx) => {
      const reason = impossibleDateReason(text);
      if (reason) ctx.addIssue({ code: 'custom', message: `${text} does not exist in the calendar: ${reason}. Check the day and month.` });
    }),
);

/** A 24-hour London clock time such as 09:30 or 14:00. */
export const localTime = z
  .string({ error: 'Write the time as HH:MM on the 24-hour clock, for example 14:00 (2pm) or 09:30.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'Write the time as HH:MM on the 24-hour clock, for example 14:00 (2pm) or 09:30.',
  });

/** A bulletin's issue month such as 2026-02. */
export const issueMonth = z
  .string({ error: 'Write the issue month as YYYY-MM, for example 2026-02.' })
  .regex(/^\d{4}-\d{2}$/, { error: 'Write the issue month as YYYY-MM, for example 2026-02.', abort: true })
  .superRefine((text, ctx) => {
    const reason = impossibleMonthReason(text);
    if (reason) ctx.addIssue({ code: 'custom', message: `${text} is not a month: ${reason}.` });
  });

/** A plain-English summary: long enough to help, short enough for a phone screen and a feed reader. */
export const summary = z
  .string({ error: 'Add a summary: one or two plain-English sentences saying what this is about.' })
  .trim()
  .min(20, { error: 'The summary is too short. Write one or two plain-English sentences (at least 20 characters).' })
  .max(300, { error: 'The summary is too long. Keep it under 300 characters; the details belong in the body.' })
  .describe('One or two plain-English sentences saying what this is about (20 to 300 characters). Shown in lists and feeds.');

export const emailAddress = z.email({ error: 'This is not a valid email address. Check for typos, such as a missing @.' });

export const webAddress = z.url({
  protocol: /^https?$/,
  error: 'This is not a full web address. Start it with https:// and copy it from the browser address bar.',
});

/**
 * A named thing that may or may not have a web address. The bulletins often name a
 * form or document without giving its link: we show the name, and never make a link up.
 */
export const namedLink = fields(
  {
    title: z.string({ error: 'Give the name of the document, form or page.' }).min(1).describe('The name of the document, form or page, as the source gives it.'),
    url: webAddress.optional().describe('Its full web address, starting https://. Leave out if the source gives none.'),
  },
  'A link is a name and, if the source gives one, a web address, each on its own line indented under it. For example:\n    link:\n      title: Book a place\n      url: https://forms.office.com/e/abc123',
);

/**
 * An object whose fields are all listed: a misspelt field name (venu: for venue:) is an
 * error naming the field it was probably meant to be, instead of being dropped without a
 * word while the page leaves the venue out. Text wrapped in curly quotes from Word loses
 * them, as straight quotes would have been read by YAML.
 */
export function fields<Shape extends z.ZodRawShape>(shape: Shape, whenMissing?: string) {
  const known = Object.keys(shape);
  // Loose, so the unknown names are still there for the check to name them.
  const object = z.looseObject(shape, whenMissing === undefined ? undefined : { error: whenMissing }).check(
    z.superRefine(
      (value: Record<string, unknown>, ctx) => {
        for (const name of Object.keys(value).filter((key) => !known.includes(key))) {
          const meant = nearestName(name, known);
          if (meant && value[meant] === undefined) {
            // The "Add a title" for the missing field is the same mistake: say it once.
            dropIssuesAbout(ctx, meant);
          }
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: meant
              ? `${name} is not a field: did you mean ${meant}? Check the spelling and capitals.`
              : `${name} is not a field here. The fields are: ${known.join(', ')}. Check the spelling and capitals against a similar file, or remove it.`,
          });
        }
      },
      // Run even when other fields failed, so a misspelt title is named rather than "missing".
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  );
  return z.preprocess(straightenValues, object);
}

/** Superrefine's context is the parse in progress, whose issues can be read and removed. */
function dropIssuesAbout(ctx: z.RefinementCtx, field: string): void {
  const { issues } = ctx as unknown as { issues: { path?: PropertyKey[] }[] };
  for (let index = issues.length - 1; index >= 0; index--) {
    if (issues[index].path?.[0] === field) issues.splice(index, 1);
  }
}

function straightenValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, typeof field === 'string' ? withoutDecorativeQuotes(field) : field]),
  );
}
