import { render } from 'astro:content';
import site from '../../site.config';
import { emailDocument } from '../lib/email/email-document';
import { emailLinkProblems } from '../lib/email/email-links';
import { emailText } from '../lib/email/email-text';
import { feedHtml } from '../lib/feeds/feed-html';
import { formatMonth } from '../lib/london-time';
import { signatory } from '../lib/signatory';
import { inShortById } from '../lib/in-short';
import { entryPath, pagePaths } from '../lib/routes';
import { deadlineText, NO_CLOSING_DATE, whenText, whereText } from '../lib/wording';
import type { Bulletin } from './content';
import { entryHtml } from './entry-html';
import { finisherFor } from './finish';
import { absolute } from './urls';

/*
 * The email edition of a published bulletin: the same content as its page, the events
 * and requests it announced, as an HTML email and its plain-text part. The email.html,
 * email.txt and preview routes all use this, so each bulletin is assembled once.
 */

export interface BulletinEmail {
  html: string;
  text: string;
}

async function build(bulletin: Bulletin): Promise<BulletinEmail> {
  const webUrl = absolute(entryPath('bulletin', bulletin.id));
  const { headings } = await render(bulletin);
  const { events, consultations: requests } = bulletin.announced;
  const finish = await finisherFor(bulletin.data.issue);
  const { data } = bulletin;
  const inShort = inShortById(data.inShort);
  const html = emailDocument({
    language: site.language,
    title: data.title,
    webUrl,
    byline: `${formatMonth(data.issue)} issue, from ${signatory(data.author, site.organisation.name).from}`,
    summary: data.summary,
    articles: headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ title: heading.text, summary: inShort.get(heading.slug) })),
    bodyHtml: feedHtml(finish(await entryHtml(bulletin)), webUrl),
    events: events.map((event) => ({
      title: event.data.title,
      url: absolute(entryPath('event', event.id)),
      when: whenText(event.data),
      place: whereText(event.data),
    })),
    // Worded as the deadline, not as a status: an email is read long after the build.
    requests: requests.map((request) => ({
      title: request.data.title,
      url: absolute(entryPath('consultation', request.id)),
      deadline: deadlineText(request.data, 'open') ?? NO_CLOSING_DATE,
      summary: request.data.summary,
    })),
    undated: data.undated,
    contacts: bulletin.contacts,
    footer: {
      siteName: site.name,
      organisation: site.organisation,
      subscribeUrl: absolute(pagePaths.subscribe),
      unsubscribe: site.email.unsubscribe,
    },
  });
  const problems = emailLinkProblems(html, site.url);
  if (problems.length > 0) {
    throw new Error(`The email of bulletin ${bulletin.id} has links a mail client cannot open:\n  - ${problems.join('\n  - ')}`);
  }
  return { html, text: emailText(html) };
}

const built = new Map<string, Promise<BulletinEmail>>();

export function bulletinEmail(bulletin: Bulletin): Promise<BulletinEmail> {
  let email = built.get(bulletin.id);
  if (!email) built.set(bulletin.id, (email = build(bulletin)));
  return email;
}
