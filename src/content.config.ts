import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  emailAddress,
  issueMonth,
  localDate,
  localTime,
  namedLink,
  summary,
} from './lib/content-fields';

/*
 * The content model. Every file an editor writes under content/ is checked here, and a
 * mistake stops the build with the file, the field and one of these messages.
 * Files whose names start with an underscore are ignored (handy for notes and templates).
 */

/** Where content lives. The benchmark and some tests point it at generated content instead. */
const contentDir = process.env.CONTENT_DIR ?? './content';

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

const announcedIn = reference('bulletins');

const taxonomyTerm = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'Use lower case letters, numbers and hyphens for the id, for example physical-and-medical.',
  }),
  /** What the site calls it, in plain English. */
  label: z.string().min(1),
  /** One or two sentences for the term's own page. */
  description: z.string().min(1),
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
  loader: glob({ base: `${contentDir}/bulletins`, pattern: '**/[^_]*.{md,mdx}' }),
  schema: z
    .object({
      title: z.string({ error: 'Add a title, for example "SEND and Inclusion Update - March 2026".' }).min(1),
      /** The month this issue covers. */
      issue: issueMonth,
      /** The day the bulletin goes live. Before it, the bulletin and everything it announces are kept out of the site. Leave out to publish at once. */
      published: localDate.optional(),
      summary,
      /** Who signs the opening letter. */
      author: z.object(
        {
          name: z.string().min(1, { error: 'Give the name of the person who signs the letter.' }),
          role: z.string().min(1, { error: "Give the signatory's job title." }),
        },
        { error: 'Add the author: a name and a role, each on its own indented line.' },
      ),
      /**
       * Things the bulletin announces without giving a date, so they cannot be events or
       * consultations: listed honestly, without inventing one.
       */
      undated: z
        .array(
          z.object({
            title: z.string().min(1),
            description: z.string().min(1),
            link: namedLink.optional(),
          }),
        )
        .default([]),
      draft,
    })
    .superRefine((bulletin, ctx) => {
      if (bulletin.published && !bulletin.published.startsWith(bulletin.issue.slice(0, 4))) {
        // A bulletin can go live late in the month before its issue month, but not a year away.
        const gapDays =
          Math.abs(Date.parse(`${bulletin.published}T00:00Z`) - Date.parse(`${bulletin.issue}-01T00:00Z`)) / 864e5;
        if (gapDays > 62) {
          ctx.addIssue({
            code: 'custom',
            path: ['published'],
            message: `The published date ${bulletin.published} is far from the issue month ${bulletin.issue}. Check the year.`,
          });
        }
      }
    }),
});

const events = defineCollection({
  loader: glob({ base: `${contentDir}/events`, pattern: '**/[^_]*.{md,mdx}' }),
  schema: z
    .object({
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
      venue: z.string().min(1).optional(),
      online: z.boolean().default(false),
      /** How to book or register, as the source gives it. */
      booking: z
        .object({
          text: z.string().min(1, { error: 'Say in words how to book or register.' }),
          link: namedLink.optional(),
          email: emailAddress.optional(),
        })
        .optional(),
      /** Groups sessions of one programme, such as a series of workshops. */
      series: z.string().min(1).optional(),
      areasOfNeed,
      audiences,
      /** The bulletin that announced it (its file name without .md or .mdx). */
      bulletin: announcedIn,
      draft,
    })
    .superRefine((event, ctx) => {
      if (event.endDate && event.endDate <= event.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: `endDate (${event.endDate}) must be after date (${event.date}). For a one-day event, leave endDate out.`,
        });
      }
      if (event.endTime && !event.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'An endTime needs a startTime too.' });
      }
      if (event.startTime && event.endTime && !event.endDate && event.endTime <= event.startTime) {
        ctx.addIssue({
          code: 'custom',
          path: ['endTime'],
          message: `endTime (${event.endTime}) must be after startTime (${event.startTime}).`,
        });
      }
      if (event.partOfDay && event.startTime) {
        ctx.addIssue({
          code: 'custom',
          path: ['partOfDay'],
          message: 'Use partOfDay only when the source gives no times. Remove partOfDay or startTime.',
        });
      }
    }),
});

const consultations = defineCollection({
  loader: glob({ base: `${contentDir}/consultations`, pattern: '**/[^_]*.{md,mdx}' }),
  schema: z
    .object({
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
          z.object({
            text: z.string().min(1, { error: 'Say in words how to respond.' }),
            link: namedLink.optional(),
            email: emailAddress.optional(),
          }),
          { error: 'List at least one way to respond under respond:.' },
        )
        .min(1, { error: 'List at least one way to respond under respond:.' }),
      /** Who to ask about it. */
      contacts: z
        .array(z.object({ name: z.string().min(1).optional(), email: emailAddress }))
        .default([]),
      /** Documents to read before responding, named as the source names them. */
      documents: z.array(namedLink).default([]),
      /** Events this request recruits for, such as workshops an expression of interest is for. */
      events: z.array(reference('events')).default([]),
      areasOfNeed,
      audiences,
      /** The bulletin that announced it (its file name without .md or .mdx). */
      bulletin: announcedIn,
      /** What happened after it closed, once published. */
      outcome: z
        .object({ summary: z.string().min(1), published: localDate, link: namedLink.optional() })
        .optional(),
      draft,
    })
    .superRefine((consultation, ctx) => {
      if (consultation.opens && consultation.closes && consultation.closes < consultation.opens) {
        ctx.addIssue({
          code: 'custom',
          path: ['closes'],
          message: `closes (${consultation.closes}) must be on or after opens (${consultation.opens}).`,
        });
      }
      if (!consultation.closes && consultation.events.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['closes'],
          message:
            'Add the closing date (closes: YYYY-MM-DD). If the source gives none, list the events it is for under events: so the site knows when it has passed.',
        });
      }
      if (consultation.outcome && !consultation.closes) {
        ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'An outcome needs a closing date (closes:).' });
      }
    }),
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
