import { z } from 'astro/zod';

/**
 * Everything that makes this site one council's rather than another's.
 * Another local authority reuses the engine by editing `site.config.ts` and `content/`.
 */
const link = z.object({
  /** Visible link text. */
  label: z.string().min(1, { error: 'Give the link some visible text.' }),
  url: z.url({ error: 'Use a full web address starting with https://' }),
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write dates as YYYY-MM-DD, for example 2026-11-27.' });

const SITE_URL_EXAMPLE = 'such as https://send-news.example.org or https://example.org/send-news';

/** Why a site address cannot be published at, or undefined when it can. */
export function siteUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a web address. Give the full address the site is published at, ${SITE_URL_EXAMPLE} (set in site.config.ts or SITE_URL).`;
  }
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    return `"${text}" must start with https:// (or be http://localhost for testing), ${SITE_URL_EXAMPLE} (set in site.config.ts or SITE_URL).`;
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    return `"${text}" has a ? or # part. Give only the address the site is published at, ${SITE_URL_EXAMPLE}.`;
  }
  if (url.username !== '' || url.password !== '') return `"${text}" has a user name or password in it. Remove them.`;
  return undefined;
}

export const siteConfigSchema = z.object({
  /** Shown in the header, page titles and feeds. */
  name: z.string().min(1),
  /** One sentence: what the site is, for search results and social previews. */
  description: z.string().min(1).max(200, { error: 'Keep the description under 200 characters.' }),
  /** What the council calls its bulletins, as pages and feeds name them. */
  bulletins: z.object({
    /** Each issue's name, as in "Every monthly SEND and Inclusion Update". */
    name: z.string().min(1, { error: 'Give the name of one bulletin, for example "SEND and Inclusion Update".' }),
    /** What they are about, as in "the SEND and Inclusion bulletins". */
    topic: z.string().min(1, { error: 'Say what the bulletins are about, for example "SEND and Inclusion".' }),
  }),
  /** The council that publishes the site. */
  organisation: z.object({ name: z.string().min(1), url: z.url() }),
  /**
   * Where the built site is published, such as https://send-news.example.org, or
   * https://example.org/send-news for a site under a sub-path (a GitHub Pages project
   * site). The SITE_URL environment variable overrides it.
   */
  url: z.string().superRefine((text, ctx) => {
    const problem = siteUrlProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** BCP 47 language tag for <html lang> and feeds. */
  language: z.string().default('en-GB'),
  /** The council's wider Local Offer website, linked from every footer. */
  localOffer: link,
  /** Social media accounts named in the bulletins; the label is the whole link text. */
  social: z.array(link.extend({ service: z.string().min(1) })).default([]),
  /** How long before a deadline a consultation shows "closing soon". */
  closingSoonDays: z.number().int().min(1).max(31).default(7),
  /**
   * How people reach the council about this site, or get its information without the
   * internet or in another format (SEND Regulations 2014, regulation 57). Leave out what the
   * council has not given: the pages then say plainly there is none yet, never a made-up one.
   */
  contact: z
    .object({
      /** Where "Tell us what you think", requests for other formats and accessibility problems go. */
      email: z.email({ error: 'Write contact.email as an email address, for example send@anytown.gov.uk.' }).optional(),
      /** A phone number people can call instead, written as they should dial it. */
      phone: z.string().min(1).optional(),
      /** A postal address, one line per item. */
      post: z.array(z.string().min(1)).min(1).optional(),
      /** The other formats the council provides on request, such as large print or easy read. */
      alternativeFormats: z.array(z.string().min(1)).min(1).optional(),
    })
    .default({}),
  /** A sign-up page for email updates (such as GovDelivery or Mailchimp); left out when there is none. */
  emailUpdates: link.optional(),
  accessibility: z.object({
    /** How people report an accessibility problem or ask for another format. */
    contact: link,
    /** How many days the council takes to reply to such requests; left out when it has not said. */
    responseDays: z.number().int().positive().optional(),
    /** The date this statement was first prepared. */
    prepared: isoDate,
    /** The date the site was last tested, and so the statement last reviewed. */
    lastReviewed: isoDate,
    /** The date the site was first published. */
    firstPublished: isoDate,
  }),
  /** The email edition of each bulletin (see docs/editing.md, "Send a bulletin by email"). */
  email: z
    .object({
      /** Who the .eml made by `npm run email` is from; the mailing tool may set its own. */
      from: z
        .object({
          name: z.string().min(1),
          address: z.email({ error: 'Write the from address as a full email address, such as send-news@example.org' }),
        })
        .optional(),
      /**
       * The mailing tool's unsubscribe placeholder, written into the footer for the tool to
       * replace: for example *|UNSUB|* (Mailchimp) or [[UNSUBSCRIBE]]. Left out when unset.
       */
      unsubscribe: z.string().min(1).optional(),
    })
    .default({}),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Validates the council's settings so a typo stops the build with the field named. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`site.config.ts has mistakes:\n${problems.join('\n')}`);
  }
  return result.data;
}
