import type { reference as astroReference } from 'astro:content';
import { z } from 'astro/zod';
import { emailAddress, fields, issueMonth, localDate, localTime, namedLink, summary } from './content-fields.ts';
import { bulletinProblems, consultationProblems, eventProblems, type FieldProblem } from './content-rules.ts';

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

/** A term's suggested id: "Top-up funding" becomes top-up-funding. */
function slugOf(term: string): string {
  return term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

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

  const contacts = z
    .array(fields({ name: z.string().min(1).optional().describe('Their name, as the source gives it.'), email: emailAddress }), {
      error: 'List contacts as lines starting "- email:", each with an optional name.',
    })
    .default([]);

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
    inShort: z
      .array(
        fields({
          heading: z
            .string({ error: 'Copy the heading of the article this summarises, as it is written after ## in the text.' })
            .min(1)
            .describe('The article it summarises: its heading, as written after ## in the text.'),
          text: z
            .string({ error: 'Write the "In short" as one or two plain-English sentences.' })
            .trim()
            .min(20, { error: 'This "In short" is too short. Write one or two plain-English sentences (at least 20 characters).' })
            .max(300, { error: 'This "In short" is too long. Keep it to one or two sentences, under 300 characters.' })
            .describe('One or two plain-English sentences for families: what it means for them. Only what the article says.'),
        }),
        { error: 'Write inShort as lines starting "- heading:", each with a text: under it.' },
      )
      .default([])
      .describe('"In short" for families: a one- or two-sentence summary of each article, shown under its heading.'),
    author: fields(
      {
        name: z.string().min(1, { error: 'Give the name of the person who signs the letter.' }).describe('Who signs the opening letter.'),
        role: z.string().min(1, { error: "Give the signatory's job title." }).describe("The signatory's job title."),
      },
      'Write the author as a name and a role, each on its own line indented under author:, or leave author out to sign the bulletin from the council.',
    )
      .optional()
      .describe('Who signs the opening letter. Leave out to sign it from the council.'),
    audiences: audiences.describe(
      'Who the bulletin speaks to, besides the audiences of the events and requests it announces (it is always listed for those).',
    ),
    contacts: contacts.describe(
      'Whom readers can ask about the bulletin, as it names them. Asked for any form, document or booking it names without a link.',
    ),
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
    contacts: contacts.describe('Who to ask about it.'),
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

  const glossary = fields({
    id: z
      .string({ error: 'Give each entry an id: the abbreviation as written (EHCP), or the term in lower case with hyphens (top-up-funding).' })
      .describe('An abbreviation as the bulletins write it (EHCP), or a term in lower case with hyphens (top-up-funding).'),
    expansion: z
      .string()
      .min(3, { error: 'Say what the abbreviation stands for.' })
      .nullable()
      .optional()
      .describe(
        'What an abbreviation stands for, as you would write it mid-sentence. Write null when the bulletins never say (a typo, say): it is then shown as written, never guessed.',
      ),
    term: z
      .string()
      .min(2, { error: 'Write the term as the bulletins use it, for example banded descriptors.' })
      .optional()
      .describe('For a term rather than an abbreviation: the term as you would write it mid-sentence, such as top-up funding.'),
    alsoWritten: z
      .array(z.string().min(2, { error: 'Write each other spelling in full.' }))
      .default([])
      .describe('Other ways the bulletins write the term, such as ‘Band’ descriptors. Case does not matter.'),
    description: z
      .string({ error: 'Explain it in one or two plain-English sentences.' })
      .min(10, { error: 'Explain it in one or two plain-English sentences.' })
      .describe('One or two plain-English sentences for the glossary page.'),
  }).superRefine((entry, ctx) => {
    const problem = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (entry.term !== undefined) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id)) {
        problem('id', `A term's id is its name in lower case with hyphens, for example ${slugOf(entry.term)}.`);
      }
      if (entry.expansion != null) problem('expansion', 'A term has no expansion: explain it in description, or remove term: if this is an abbreviation.');
      return;
    }
    if (!/^[A-Za-z]{2,10}$/.test(entry.id) || !/[A-Z]/.test(entry.id)) {
      problem('id', 'Write the abbreviation as the bulletins write it, letters only, for example EHCP; or add term: for a term.');
    }
    if (entry.expansion === undefined) {
      problem('expansion', 'Say what the abbreviation stands for, or write expansion: null if the bulletins never say (never guess).');
    }
  });

  const youSaidWeDid = fields({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use lower case letters, numbers and hyphens for the id, for example inclusion-charter-roadshow.' })
      .describe('A short name with hyphens, for example inclusion-charter-roadshow.'),
    date: z
      .union([issueMonth, localDate], { error: "Write the date as the bulletin's issue month (YYYY-MM) or a day (YYYY-MM-DD)." })
      .describe('When it was reported: the bulletin\'s issue month (YYYY-MM), or the day if the bulletin gives one.'),
    theme: z.string({ error: 'Give a theme: a few words saying what the feedback was about.' }).min(3).describe('A few words: what the feedback was about.'),
    youSaid: z
      .string({ error: 'Say in plain English what people told the council, as the bulletin reports it.' })
      .min(20, { error: 'Say in a sentence or two what people told the council, as the bulletin reports it.' })
      .describe('What people told the council, in plain English, as the bulletin reports it.'),
    weDid: z
      .string({ error: 'Say in plain English what the council did or is doing, as the bulletin reports it.' })
      .min(20, { error: 'Say in a sentence or two what the council did or is doing, as the bulletin reports it.' })
      .describe('What the council did or is doing about it, as the bulletin reports it.'),
    bulletin: announcedIn,
    consultation: z
      .string({ error: 'Name the request it came from by its file name without .md.' })
      .pipe(reference('consultations'))
      .optional()
      .describe('The request to have your say it came from, if any: its file name without .md.'),
  });

  const audiencesSchema = taxonomyTerm.extend({
    forFamilies: z
      .boolean({ error: 'Write forFamilies: true for an audience of families, or leave it out.' })
      .default(false)
      .describe("Families: their items come first on the home page."),
  });

  return { bulletins, events, consultations, areasOfNeed: areasOfNeedSchema, audiences: audiencesSchema, glossary, youSaidWeDid };
}
