import { signatory } from '../signatory';
import { formatEventWhen, type EventWhen } from '../event-timing';
import { feedHtml } from './feed-html';
import { escapeHtml } from '../html-text';
import { formatDate, londonInstant } from '../london-time';
import { bulletinPublishDate } from '../publication';
import { deadlineText, NO_CLOSING_DATE, whenText, whereText } from '../wording';
import { askToBookHtml, nextStepHtml, type Contact } from '../next-step';
import { absoluteUrl, entryPath, eventCalendarPath } from '../routes';

/*
 * One RSS item per bulletin, event or request to have your say. Each carries the whole
 * entry (facts first, then the body) so a reader never has to open the site to know what,
 * when, where and how to respond.
 */

export type FeedItemKind = 'bulletin' | 'event' | 'consultation';

export interface FeedItem {
  kind: FeedItemKind;
  title: string;
  /** Absolute address of the entry's page; @astrojs/rss also uses it as the stable GUID. */
  link: string;
  pubDate: Date;
  description: string;
  /** Sanitised HTML with absolute links, for content:encoded. */
  content: string;
  categories: string[];
  /** Extra item elements (dc:creator), already valid XML. */
  customData?: string;
}

interface NamedLink {
  title: string;
  url?: string;
}

/** Terms an entry is tagged with, as labels. */
export interface TermLabels {
  areasOfNeed: string[];
  audiences: string[];
}

export const contentTypeLabel: Record<FeedItemKind, string> = {
  bulletin: 'Bulletin',
  event: 'Event',
  consultation: 'Have your say',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character]!);
}

function fact(label: string, valueHtml: string): string {
  return `<p><strong>${escapeHtml(label)}:</strong> ${valueHtml}</p>`;
}

/** The site's finishing step for an item's HTML (dates and abbreviations), so feeds carry what pages show. */
export type Finish = (html: string) => string;
const unfinished: Finish = (html) => html;

/** The moment a bulletin went out; events and consultations take their announcing bulletin's. */
export function announcedAt(bulletin: { issue: string; published?: string }): Date {
  return londonInstant(bulletinPublishDate(bulletin));
}

export interface BulletinInput {
  id: string;
  title: string;
  issue: string;
  published?: string;
  summary: string;
  author?: { name: string; role: string };
}

export function bulletinFeedItem(
  bulletin: BulletinInput,
  bodyHtml: string,
  siteUrl: string,
  organisation: string,
  finish: Finish = unfinished,
): FeedItem {
  const link = absoluteUrl(entryPath('bulletin', bulletin.id), siteUrl);
  const from = signatory(bulletin.author, organisation);
  const letterFrom = `<p>From ${escapeHtml(from.from)}.</p>`;
  return {
    kind: 'bulletin',
    title: bulletin.title,
    link,
    pubDate: announcedAt(bulletin),
    description: bulletin.summary,
    content: feedHtml(finish(`${letterFrom}${bodyHtml}`), link),
    categories: [contentTypeLabel.bulletin],
    customData: `<dc:creator>${escapeXml(from.name)}</dc:creator>`,
  };
}

export interface EventInput {
  id: string;
  title: string;
  summary: string;
  when: EventWhen;
  venue?: string;
  online: boolean;
  booking?: { text: string; link?: NamedLink; email?: string };
  /** Whom to ask for anything named without a link, the event's own contacts first. */
  contacts: Contact[];
  terms: TermLabels;
  /** The bulletin that announced it. */
  bulletin: { issue: string; published?: string };
}

export function eventFeedItem(event: EventInput, bodyHtml: string, siteUrl: string, finish: Finish = unfinished): FeedItem {
  const link = absoluteUrl(entryPath('event', event.id), siteUrl);
  const booking = event.booking
    ? fact(
        'How to book',
        [
          escapeHtml(event.booking.text),
          event.booking.link && nextStepHtml(event.booking.link, event.contacts),
          event.booking.email &&
            `email <a href="mailto:${escapeHtml(event.booking.email)}">${escapeHtml(event.booking.email)}</a>`,
          !event.booking.link && !event.booking.email && askToBookHtml(event.title, event.contacts),
        ]
          .filter(Boolean)
          .join('. '),
      )
    : '';
  const calendar = `<p><a href="${absoluteUrl(eventCalendarPath(event.id), siteUrl)}">Add to calendar</a></p>`;
  const facts = `${fact('When', escapeHtml(whenText(event.when)))}${fact('Where', escapeHtml(whereText(event)))}${booking}`;
  return {
    kind: 'event',
    title: event.title,
    link,
    pubDate: announcedAt(event.bulletin),
    description: `${formatEventWhen(event.when)}. ${event.summary}`,
    content: feedHtml(finish(`${facts}${bodyHtml}${calendar}`), link),
    categories: [contentTypeLabel.event, ...event.terms.areasOfNeed, ...event.terms.audiences],
  };
}

export interface ConsultationInput {
  id: string;
  title: string;
  kindLabel: string;
  summary: string;
  opens?: string;
  closes?: string;
  closesTime?: string;
  respond: { text: string; link?: NamedLink; email?: string }[];
  documents: NamedLink[];
  /** Whom to ask for anything named without a link, the request's own contacts first. */
  contacts: Contact[];
  terms: TermLabels;
  bulletin: { issue: string; published?: string };
}

export function consultationFeedItem(
  consultation: ConsultationInput,
  bodyHtml: string,
  siteUrl: string,
  finish: Finish = unfinished,
): FeedItem {
  const link = absoluteUrl(entryPath('consultation', consultation.id), siteUrl);
  // Worded as the deadline, not as a status: a reader keeps the item long after the build.
  const deadline = deadlineText(consultation, 'open') ?? NO_CLOSING_DATE;
  const opens = consultation.opens ? fact('Opens', escapeHtml(formatDate(consultation.opens))) : '';
  const ways = consultation.respond
    .map((way) => {
      const parts = [escapeHtml(way.text)];
      if (way.link) parts.push(nextStepHtml(way.link, consultation.contacts));
      if (way.email) parts.push(`<a href="mailto:${escapeHtml(way.email)}">${escapeHtml(way.email)}</a>`);
      return `<li>${parts.join(': ')}</li>`;
    })
    .join('');
  const documents =
    consultation.documents.length > 0
      ? `<h2>Documents</h2><ul>${consultation.documents.map((document) => `<li>${nextStepHtml(document, consultation.contacts)}</li>`).join('')}</ul>`
      : '';
  const html = `${fact(consultation.kindLabel, escapeHtml(deadline))}${opens}${bodyHtml}<h2>Ways to respond</h2><ul>${ways}</ul>${documents}`;
  return {
    kind: 'consultation',
    title: consultation.title,
    link,
    pubDate: announcedAt(consultation.bulletin),
    description: consultation.closes ? `${deadline}. ${consultation.summary}` : consultation.summary,
    content: feedHtml(finish(html), link),
    categories: [contentTypeLabel.consultation, ...consultation.terms.areasOfNeed, ...consultation.terms.audiences],
  };
}

const kindOrder: Record<FeedItemKind, number> = { bulletin: 0, consultation: 1, event: 2 };

/** What puts feed items in order, known before an item's HTML is built. */
export type FeedOrder = Pick<FeedItem, 'kind' | 'pubDate' | 'link'>;

/** Newest first; items announced together keep one order (bulletin, then requests, then events). */
export function newestFirst<T extends FeedOrder>(items: readonly T[], limit = Number.POSITIVE_INFINITY): T[] {
  return [...items]
    .sort(
      (a, b) =>
        b.pubDate.getTime() - a.pubDate.getTime() ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        a.link.localeCompare(b.link),
    )
    .slice(0, limit);
}
