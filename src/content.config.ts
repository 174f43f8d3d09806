import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { entryLoader } from './content-loaders';
import { environment } from './environment';

const { contentDir } = environment;
import {
  emailAddress,
  issueMonth,
  localDate,
  localTime,
  namedLink,
  fields,
  summary,
} from './lib/content-fields';
import { bulletinProblems, consultationProblems, eventProblems, type FieldProblem } from './lib/content-rules';

/*
 * The content model. Every file an editor writes under content/ is checked here, and a
 * mistake stops the build with the file, the field and one of these messages.
 * Files whose names start with an underscore are ignored (handy for notes and templates).
 */


/** Hands cross-field problems to zod, which reports them with the file and field named. */
function report(ctx: z.RefinementCtx, problems: FieldProblem[]): void {
  for (const problem of problems) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
}

const draft = z
  .boolean({ error: 'Write draft: true to keep this out of the site, or draft: false to publish it.' })
  .default(false);

const areasOfNeed = z
  .array(reference('areasOfNeed'), {
    error: 'List areas of need as ids from content/areas-of-need.yaml, for example [semh].',
  })
  .default([]);

const audiences = z
  .array(reference('audiences'), {
    error: 'List audiences as ids from content/audiences.yaml, for example [schools, parent-carers].',
  })
  .default([]);

const announcedIn = z
  .string({
    error:
      'Add the bulletin that announced this, as its file name without .md, in quotes: for example bulletin: "2026-02".',
  })
  .pipe(reference('bulletins'));

const taxonomyTerm = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'Use lower case letters, numbers and hyphens for the id, for example physical-and-medical.',
  }),
  /** What the site calls it, in plain English. */
  label: z.string({ error: 'Add a label: the name the site shows for this term.' }).min(1),
  /** One or two sentences for the term's own page. */
  description: z.string({ error: 'Add a description: one or two sentences for the term\'s own page.' }).min(1),
});

const areasOfNeedCollection = defineCollection({
  loader: file(`${contentDir}/areas-of-need.yaml`),
  schema: taxonomyTerm.extend({
    /** The SEND Code of Practice broad area this belongs to. */
    broadArea: z.enum(
      [
        'Communication and interaction',
        'Cognition and learning',
        'Social, emotional and mental health',
        'Sensory and/or physical needs',
      ],
      { error: 'broadArea must be one of the four broad areas of the SEND Code of Practice.' },
    ),
    /** The shorter names the bulletins use, such as SEMH or SCLN/Autism. */
    alsoCalled: z.array(z.string()).default([]),
  }),
});

const audiencesCollection = defineCollection({
  loader: file(`${contentDir}/audiences.yaml`),
  schema: taxonomyTerm,
});

const bulletins = defineCollection({
  loader: entryLoader(contentDir, 'bulletins'),
  schema: fields({
      title: z.string({ error: 'Add a title, for example "SEND and Inclusion Update - March 2026".' }).min(1),
      /** The month this issue covers. */
      issue: issueMonth,
      /** The day the bulletin goes live. Before it, the bulletin and everything it announces are kept out of the site. Leave out to publish at once. */
      published: localDate.optional(),
      summary,
      /** Who signs the opening letter. */
      author: fields(
        {
          name: z.string().min(1, { error: 'Give the name of the person who signs the letter.' }),
          role: z.string().min(1, { error: "Give the signatory's job title." }),
        },
        'Add the author: a name and a role, each on its own indented line.',
      ),
      /**
       * Things the bulletin announces without giving a date, so they cannot be events or
       * consultations: listed honestly, without inventing one.
       */
      undated: z
        .array(
          fields({
            title: z.string({ error: 'Give each undated item a title.' }).min(1),
            description: z.string({ error: 'Give each undated item a description: what the bulletin says about it.' }).min(1),
            link: namedLink.optional(),
          }),
          { error: 'List undated items as lines starting "- title:", each with a description: under it.' },
        )
        .default([]),
      draft,
    })
    .superRefine((bulletin, ctx) => report(ctx, bulletinProblems(bulletin))),
});

const events = defineCollection({
  loader: entryLoader(contentDir, 'events'),
  schema: fields({
      title: z.string({ error: 'Add a title that says what the event is.' }).min(1),
      summary,
      /** The day it happens (the first day, if it runs over several). */
      date: localDate,
      /** The last day, only for an event that runs over several days. */
      endDate: localDate.optional(),
      /** Start and end times, only where the source gives them. */
      startTime: localTime.optional(),
      endTime: localTime.optional(),
      /** Where the source says only "AM" or "PM". */
      partOfDay: z
        .enum(['morning', 'afternoon', 'evening'], { error: 'partOfDay must be morning, afternoon or evening.' })
        .optional(),
      /** The venue as the source names it. Leave out if the source does not say. */
      venue: z.string({ error: 'Write the venue as text, or leave venue out if the source does not say.' }).min(1).optional(),
      online: z.boolean({ error: 'Write online: true for an online event, or leave it out.' }).default(false),
      /** How to book or register, as the source gives it. */
      booking: fields({
        text: z.string().min(1, { error: 'Say in words how to book or register.' }),
        link: namedLink.optional(),
        email: emailAddress.optional(),
      }).optional(),
      /** Groups sessions of one programme, such as a series of workshops. */
      series: z
        .string({ error: 'Write series as a short name with hyphens, the same in every session, for example banded-descriptors-review-2026.' })
        .min(1)
        .optional(),
      areasOfNeed,
      audiences,
      /** The bulletin that announced it (its file name without .md or .mdx). */
      bulletin: announcedIn,
      draft,
    })
    .superRefine((event, ctx) => report(ctx, eventProblems(event))),
});

const consultations = defineCollection({
  loader: entryLoader(contentDir, 'consultations'),
  schema: fields({
      title: z.string({ error: 'Add a title that says what people are asked about.' }).min(1),
      kind: z.enum(['consultation', 'survey', 'expression-of-interest', 'nominations'], {
        error: 'kind must be one of: consultation, survey, expression-of-interest, nominations.',
      }),
      summary,
      /** The first day responses are accepted, if the source gives it. */
      opens: localDate.optional(),
      /** The last day to respond. Responses close at closesTime (11:59pm unless given) that day. */
      closes: localDate.optional(),
      closesTime: localTime.default('23:59'),
      /** Ways to respond, in the order the source gives them. */
      respond: z
        .array(
          fields({
            text: z.string().min(1, { error: 'Say in words how to respond.' }),
            link: namedLink.optional(),
            email: emailAddress.optional(),
          }),
          { error: 'List at least one way to respond under respond:.' },
        )
        .min(1, { error: 'List at least one way to respond under respond:.' }),
      /** Who to ask about it. */
      contacts: z
        .array(fields({ name: z.string().min(1).optional(), email: emailAddress }), {
          error: 'List contacts as lines starting "- email:", each with an optional name.',
        })
        .default([]),
      /** Documents to read before responding, named as the source names them. */
      documents: z
        .array(namedLink, { error: 'List documents as lines starting "- title:", each with an optional url: under it.' })
        .default([]),
      /** Events this request recruits for, such as workshops an expression of interest is for. */
      events: z
        .array(reference('events'), { error: 'List events by their file names without .md, each on a line starting "- ".' })
        .default([]),
      areasOfNeed,
      audiences,
      /** The bulletin that announced it (its file name without .md or .mdx). */
      bulletin: announcedIn,
      /** What happened after it closed, once published. */
      outcome: fields({
        summary: z.string({ error: 'Say in a sentence or two what happened after it closed.' }).min(1),
        published: localDate,
        link: namedLink.optional(),
      }).optional(),
      draft,
    })
    .superRefine((consultation, ctx) => report(ctx, consultationProblems(consultation))),
});

/** Abbreviations: explained where first used on each page, and listed on /glossary/. */
const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: z.object({
    id: z.string().regex(/^[A-Za-z]{2,10}$/, {
      error: 'Write the abbreviation as the bulletins write it, letters only, for example EHCP.',
    }),
    /** What it stands for, as you would write it mid-sentence. */
    expansion: z.string().min(3, { error: 'Say what the abbreviation stands for.' }),
    /** One plain-English sentence for the glossary page. */
    description: z.string().min(10, { error: 'Explain the term in a plain-English sentence.' }),
  }),
});

export const collections = {
  bulletins,
  events,
  consultations,
  areasOfNeed: areasOfNeedCollection,
  audiences: audiencesCollection,
  glossary,
};
