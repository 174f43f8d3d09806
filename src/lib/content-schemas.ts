import type { reference as astroReference } from 'astro:content';
import { z } from 'astro/zod';
import { emailAddress, fields, issueMonth, localDate, localTime, namedLink, summary } from './content-fields';
import { bulletinProblems, consultationProblems, eventProblems, type FieldProblem } from './content-rules';

/*
 * The content model: what every file an editor writes under content/ must hold. Astro
 * applies these schemas (src/content.config.ts); the build's own pre-check applies them
 * to the raw files first, so a mistake is reported once, cleanly; and the web editor's
 * forms at /admin/ are generated from them. Descriptions are the help text editors see.
 */

/** Astro's reference(): the check that a name is another file's. */
export type Reference = typeof astroReference;

/** Hands cross-field problems to zod, which reports them with the file and field named. */
function report(ctx: z.RefinementCtx, problems: FieldProblem[]): void {
  for (const problem of problems) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

const draft = z
  .boolean({ error: 'Write draft: true to keep this out of the site, or draft: false to publish it.' })
  .default(false)
  .describe('A draft is kept out of the site. Set to false (untick) when it is ready to publish.');

const taxonomyTerm = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'Use lower case letters, numbers and hyphens for the id, for example physical-and-medical.',
  }),
  label: z.string({ error: 'Add a label: the name the site shows for this term.' }).min(1).describe('What the site calls it, in plain English.'),
  description: z
    .string({ error: "Add a description: one or two sentences for the term's own page." })
    .min(1)
    .describe("One or two sentences for the term's own page."),
});

export function contentSchemas(reference: Reference) {
  const areasOfNeed = z
    .array(reference('areasOfNeed'), {
      error: 'List areas of need as ids from content/areas-of-need.yaml, for example [semh].',
    })
    .default([])
    .describe('The areas of need it is about, from content/areas-of-need.yaml.');

  const audiences = z
    .array(reference('audiences'), {
      error: 'List audiences as ids from content/audiences.yaml, for example [schools, parent-carers].',
    })
    .default([])
    .describe('Who it is for, from content/audiences.yaml.');

  const announcedIn = z
    .string({
      error: 'Add the bulletin that announced this, as its file name without .md or .mdx, for example bulletin: 2026-02.',
    })
    .pipe(reference('bulletins'))
    .meta({ collection: 'bulletins' })
    .describe('The bulletin that announced it: its file name without .md, for example 2026-03.');

  const bulletins = fields({
    title: z
      .string({ error: 'Add a title, for example "SEND and Inclusion Update - March 2026".' })
      .min(1)
      .describe('For example: SEND and Inclusion Update - March 2026.'),
    issue: issueMonth.describe('The month this issue covers, as YYYY-MM. Also the file name: 2026-03.md.'),
    published: localDate
      .optional()
      .describe('The day it goes live. Before it, the bulletin and everything it announces are kept out of the site. Leave empty to publish at once.'),
    summary,
    author: fields(
      {
        name: z.string().min(1, { error: 'Give the name of the person who signs the letter.' }).describe('Who signs the opening letter.'),
        role: z.string().min(1, { error: "Give the signatory's job title." }).describe("The signatory's job title."),
      },
      'Write the author as a name and a role, each on its own line indented under author:, or leave author out to sign the bulletin from the council.',
    )
      .optional()
      .describe('Who signs the opening letter. Leave out to sign it from the council.'),
    undated: z
      .array(
        fields({
          title: z.string({ error: 'Give each undated item a title.' }).min(1),
          description: z
            .string({ error: 'Give each undated item a description: what the bulletin says about it.' })
            .min(1)
            .describe('What the bulletin says about it.'),
          link: namedLink.optional(),
        }),
        { error: 'List undated items as lines starting "- title:", each with a description: under it.' },
      )
      .default([])
      .describe('Things the bulletin announces without a date, so they cannot be events or consultations.'),
    draft,
  }).superRefine((bulletin, ctx) => report(ctx, bulletinProblems(bulletin)));

  const events = fields({
    title: z.string({ error: 'Add a title that says what the event is.' }).min(1).describe('Says what the event is.'),
    summary,
    date: localDate.describe('The day it happens (the first day, if it runs over several).'),
    endDate: localDate.optional().describe('The last day, only for an event that runs over several days.'),
    startTime: localTime.optional().describe('London time on the 24-hour clock, only where the source gives it: 2pm is 14:00.'),
    endTime: localTime.optional().describe('London time on the 24-hour clock, only where the source gives it.'),
    partOfDay: z
      .enum(['morning', 'afternoon', 'evening'], { error: 'partOfDay must be morning, afternoon or evening.' })
      .optional()
      .describe('Only where the source says "AM" or "PM" and gives no times.'),
    venue: z
      .string({ error: 'Write the venue as text, or leave venue out if the source does not say.' })
      .min(1)
      .optional()
      .describe('The venue as the source names it. Leave empty if the source does not say.'),
    online: z.boolean({ error: 'Write online: true for an online event, or leave it out.' }).default(false).describe('Tick for an online event.'),
    booking: fields({
      text: z.string().min(1, { error: 'Say in words how to book or register.' }).describe('In words, how to book or register.'),
      link: namedLink.optional(),
      email: emailAddress.optional(),
    })
      .optional()
      .describe('How to book or register, as the source gives it.'),
    series: z
      .string({ error: 'Write series as a short name with hyphens, the same in every session, for example banded-descriptors-review-2026.' })
      .min(1)
      .optional()
      .describe('Groups sessions of one programme: the same short name in each, for example banded-descriptors-review-2026.'),
    areasOfNeed,
    audiences,
    bulletin: announcedIn,
    draft,
  }).superRefine((event, ctx) => report(ctx, eventProblems(event)));

  const consultations = fields({
    title: z.string({ error: 'Add a title that says what people are asked about.' }).min(1).describe('Says what people are asked about.'),
    kind: z
      .enum(['consultation', 'survey', 'expression-of-interest', 'nominations'], {
        error: 'kind must be one of: consultation, survey, expression-of-interest, nominations.',
      })
      .describe('What sort of request it is.'),
    summary,
    opens: localDate.optional().describe('The first day responses are accepted, if the source gives it.'),
    closes: localDate.optional().describe('The last day to respond.'),
    closesTime: localTime.default('23:59').describe('The time responses close that day; 23:59 unless the source says otherwise.'),
    respond: z
      .array(
        fields({
          text: z.string().min(1, { error: 'Say in words how to respond.' }).describe('In words, how to respond, for example "Complete the survey".'),
          link: namedLink.optional(),
          email: emailAddress.optional(),
        }),
        { error: 'List at least one way to respond under respond:.' },
      )
      .min(1, { error: 'List at least one way to respond under respond:.' })
      .describe('Ways to respond, in the order the source gives them.'),
    contacts: z
      .array(fields({ name: z.string().min(1).optional(), email: emailAddress }), {
        error: 'List contacts as lines starting "- email:", each with an optional name.',
      })
      .default([])
      .describe('Who to ask about it.'),
    documents: z
      .array(namedLink, { error: 'List documents as lines starting "- title:", each with an optional url: under it.' })
      .default([])
      .describe('Documents to read before responding, named as the source names them.'),
    events: z
      .array(reference('events'), { error: 'List events by their file names without .md, each on a line starting "- ".' })
      .default([])
      .describe('Events this request recruits for, such as workshops an expression of interest is for.'),
    areasOfNeed,
    audiences,
    bulletin: announcedIn,
    outcome: fields({
      summary: z.string({ error: 'Say in a sentence or two what happened after it closed.' }).min(1),
      published: localDate,
      link: namedLink.optional(),
    })
      .optional()
      .describe('What happened after it closed, once published.'),
    draft,
  }).superRefine((consultation, ctx) => report(ctx, consultationProblems(consultation)));

  const areasOfNeedSchema = taxonomyTerm.extend({
    broadArea: z
      .enum(
        [
          'Communication and interaction',
          'Cognition and learning',
          'Social, emotional and mental health',
          'Sensory and/or physical needs',
        ],
        { error: 'broadArea must be one of the four broad areas of the SEND Code of Practice.' },
      )
      .describe('The SEND Code of Practice broad area this belongs to.'),
    alsoCalled: z.array(z.string()).default([]).describe('The shorter names the bulletins use, such as SEMH or SCLN/Autism.'),
  });

  const glossary = z.object({
    id: z
      .string()
      .regex(/^[A-Za-z]{2,10}$/, {
        error: 'Write the abbreviation as the bulletins write it, letters only, for example EHCP.',
      })
      .describe('The abbreviation as the bulletins write it, for example EHCP.'),
    expansion: z.string().min(3, { error: 'Say what the abbreviation stands for.' }).describe('What it stands for, as you would write it mid-sentence.'),
    description: z.string().min(10, { error: 'Explain the term in a plain-English sentence.' }).describe('One plain-English sentence for the glossary page.'),
  });

  return { bulletins, events, consultations, areasOfNeed: areasOfNeedSchema, audiences: taxonomyTerm, glossary };
}
