import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { whyMarkdownFailed } from '../integrations/reject-unsafe-html';
import { contentProblems, describeProblems } from '../lib/content-integrity';
import { bySoonestDeadline, consultationStatus, type ConsultationStatus } from '../lib/consultation-status';
import { byStart, eventBounds, eventStatus, type EventStatus } from '../lib/event-timing';
import { isPublic } from '../lib/publication';
import type { Contact } from '../lib/next-step';
import { feedbackResponses, type FeedbackResponse } from '../lib/you-said-we-did';
import { now } from './now';
import { entryHref } from './urls';

/*
 * The only place pages get content from, so drafts and scheduled entries are filtered
 * once, the same way, for every page, feed and calendar. `npm run dev` shows drafts so
 * editors can preview them; a build never does.
 */

/** An area of need or audience as an entry shows it. */
export interface Term {
  id: string;
  label: string;
}

/** What every entry's view holds besides its file: its link, its terms and whom to ask. */
interface EntryView {
  /** The link to its page (the route table's, with the site's base path). */
  url: string;
  terms: { areasOfNeed: Term[]; audiences: Term[] };
  /** For an audience marked forFamilies in audiences.yaml: listed first on the home page. */
  forFamilies: boolean;
  /**
   * Whom to ask for a form, document or booking it names without a link, in order: its
   * own contacts first, then those of what it belongs to, then its bulletin's.
   */
  contacts: Contact[];
}

/** A published bulletin, with what it announced; its terms include those of what it announced. */
export type Bulletin = CollectionEntry<'bulletins'> &
  EntryView & {
    /** Its events, soonest first, and its requests to have your say, soonest deadline first. */
    announced: { events: SiteEvent[]; consultations: Consultation[] };
  };

/** A published event with its status at build time and the bulletin that announced it. */
export type SiteEvent = CollectionEntry<'events'> &
  EntryView & {
    status: EventStatus;
    bulletin: Bulletin;
    /** The other sessions of its series, soonest first. */
    otherSessions: SiteEvent[];
  };

/** A published request to have your say with its status at build time. */
export type Consultation = CollectionEntry<'consultations'> &
  EntryView & {
    status: ConsultationStatus;
    bulletin: Bulletin;
    /** The events it recruits for, soonest first. */
    events: SiteEvent[];
  };

/** Picks the entries tagged with one term, for that term's page and feed. */
export function taggedWith(kind: keyof EntryView['terms'], id: string): (entry: { terms: EntryView['terms'] }) => boolean {
  return (entry) => entry.terms[kind].some((term) => term.id === id);
}

/** Feeds and search show a term by its label alone. */
export function termLabels(terms: EntryView['terms']): { areasOfNeed: string[]; audiences: string[] } {
  return { areasOfNeed: terms.areasOfNeed.map((term) => term.label), audiences: terms.audiences.map((term) => term.label) };
}

export type AreaOfNeed = CollectionEntry<'areasOfNeed'>;
export type Audience = CollectionEntry<'audiences'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

// Set by src/integrations/draft-preview.ts: true only under `astro dev`.
const previewDrafts = import.meta.env.PREVIEW_DRAFTS === true;

function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

/**
 * Every file, drafts included, after the checks that span files (references, duplicates).
 * Pages build only from content that passed them, so a mistake stops the build instead
 * of silently dropping an entry.
 */
const getCheckedContent = memo(async () => {
  const [bulletins, events, consultations, areasOfNeed, audiences, youSaidWeDid] = await Promise.all([
    getCollection('bulletins'),
    getCollection('events'),
    getCollection('consultations'),
    getCollection('areasOfNeed'),
    getCollection('audiences'),
    getCollection('youSaidWeDid'),
  ]);
  const content = { bulletins, events, consultations, areasOfNeed, audiences, youSaidWeDid };
  const unrendered = [...bulletins, ...events, ...consultations].filter(
    (entry) => entry.filePath?.endsWith('.md') && entry.rendered === undefined,
  );
  if (unrendered.length > 0) {
    throw new Error(unrendered.map((entry) => whyMarkdownFailed(entry.body ?? '', entry.filePath!)).join('\n\n'));
  }
  const problems = contentProblems(content);
  if (problems.length > 0) throw new Error(describeProblems(problems));
  return content;
});

/**
 * The published site: one view of each entry, built once. Its link, its status at `now`,
 * its terms, the bulletin that announced it and its related entries are worked out here
 * and nowhere else; pages, feeds, calendars and search only read them. An event or request
 * is public only while the bulletin announcing it is.
 */
const getSite = memo(async () => {
  const content = await getCheckedContent();
  const shown = (entry: { data: { draft: boolean } }) => previewDrafts || !entry.data.draft;
  const labels = (all: { id: string; data: { label: string } }[], wanted: { id: string }[]): Term[] => {
    const ids = new Set(wanted.map((reference) => reference.id));
    return all.filter((term) => ids.has(term.id)).map((term) => ({ id: term.id, label: term.data.label }));
  };
  const termsOf = (data: { areasOfNeed: { id: string }[]; audiences: { id: string }[] }) => ({
    areasOfNeed: labels(content.areasOfNeed, data.areasOfNeed),
    audiences: labels(content.audiences, data.audiences),
  });
  const familyAudiences = new Set(content.audiences.filter((audience) => audience.data.forFamilies).map((audience) => audience.id));
  const isForFamilies = (terms: { audiences: Term[] }) => terms.audiences.some((audience) => familyAudiences.has(audience.id));
  const distinct = (contacts: Contact[]) => contacts.filter((contact, index) => contacts.findIndex((other) => other.email.toLowerCase() === contact.email.toLowerCase()) === index);

  const bulletins: Bulletin[] = content.bulletins
    .filter((bulletin) => previewDrafts || isPublic(bulletin.data, now))
    .sort((a, b) => b.data.issue.localeCompare(a.data.issue))
    .map((bulletin) => {
      const terms = termsOf({ areasOfNeed: [], audiences: bulletin.data.audiences });
      return Object.assign(bulletin, {
        url: entryHref('bulletin', bulletin.id),
        terms,
        forFamilies: false,
        // Last of all, the site's own contact (site.config.ts), so there is always someone to ask.
        contacts: distinct([...bulletin.data.contacts, ...(site.contact.email ? [{ email: site.contact.email }] : [])]),
        announced: { events: [], consultations: [] },
      });
    });
  const bulletinsById = new Map(bulletins.map((bulletin) => [bulletin.id, bulletin]));

  const events: SiteEvent[] = content.events
    .filter((event) => shown(event) && bulletinsById.has(event.data.bulletin.id))
    .sort(byStart)
    .map((event) =>
      Object.assign(event, {
        url: entryHref('event', event.id),
        terms: termsOf(event.data),
        status: eventStatus(event.data, now),
        bulletin: bulletinsById.get(event.data.bulletin.id)!,
        otherSessions: [],
        forFamilies: false,
        contacts: [],
      }),
    );
  for (const event of events) {
    const { series } = event.data;
    if (series) event.otherSessions = events.filter((other) => other.data.series === series && other !== event);
    event.bulletin.announced.events.push(event);
  }
  const eventsById = new Map(events.map((event) => [event.id, event]));

  const consultations: Consultation[] = content.consultations
    .filter((consultation) => shown(consultation) && bulletinsById.has(consultation.data.bulletin.id))
    .map((consultation) => {
      const recruitsFor = consultation.data.events.flatMap((reference) => eventsById.get(reference.id) ?? []);
      const starts = recruitsFor.map((event) => eventBounds(event.data).start.getTime());
      const endsWith = starts.length > 0 ? new Date(Math.max(...starts)) : undefined;
      return Object.assign(consultation, {
        url: entryHref('consultation', consultation.id),
        terms: termsOf(consultation.data),
        status: consultationStatus(consultation.data, now, { closingSoonDays: site.closingSoonDays, endsWith }),
        bulletin: bulletinsById.get(consultation.data.bulletin.id)!,
        events: recruitsFor,
        forFamilies: false,
        contacts: [],
      });
    })
    .sort(bySoonestDeadline);
  for (const consultation of consultations) consultation.bulletin.announced.consultations.push(consultation);

  for (const consultation of consultations) {
    consultation.forFamilies = isForFamilies(consultation.terms);
    consultation.contacts = distinct([...consultation.data.contacts, ...consultation.bulletin.contacts]);
  }
  for (const event of events) {
    event.forFamilies = isForFamilies(event.terms);
    const recruiting = consultations.filter((consultation) => consultation.events.includes(event));
    event.contacts = distinct([
      ...(event.data.booking?.email ? [{ email: event.data.booking.email }] : []),
      ...recruiting.flatMap((consultation) => [
        ...consultation.data.contacts,
        ...consultation.data.respond.flatMap((way) => (way.email ? [{ email: way.email }] : [])),
      ]),
      ...event.bulletin.contacts,
    ]);
  }
  // A bulletin is for, and about, whoever and whatever it announces, as well as its own audiences.
  for (const bulletin of bulletins) {
    const announced = [...bulletin.announced.events, ...bulletin.announced.consultations];
    bulletin.terms = termsOf({
      areasOfNeed: announced.flatMap((entry) => entry.data.areasOfNeed),
      audiences: [...bulletin.data.audiences, ...announced.flatMap((entry) => entry.data.audiences)],
    });
    bulletin.forFamilies = isForFamilies(bulletin.terms);
  }

  return { bulletins, events, consultations };
});

/** Published bulletins, newest issue first. */
export const getBulletins = async (): Promise<Bulletin[]> => (await getSite()).bulletins;

/** Published events, soonest first. */
export const getEvents = async (): Promise<SiteEvent[]> => (await getSite()).events;

/** Published requests to have your say, soonest deadline first. */
export const getConsultations = async (): Promise<Consultation[]> => (await getSite()).consultations;

export const getAreasOfNeed = memo(async () => (await getCheckedContent()).areasOfNeed);
export const getAudiences = memo(async () => (await getCheckedContent()).audiences);

/** Abbreviations and terms, A to Z. */
export const getGlossary = memo(async () =>
  (await getCollection('glossary')).sort((a, b) => (a.data.term ?? a.id).localeCompare(b.data.term ?? b.id, 'en', { sensitivity: 'base' })),
);

/**
 * "You said, we did", newest first: what the bulletins report (kept back while their
 * bulletin is) and the outcome of every published request.
 */
export const getYouSaidWeDid = memo(async (): Promise<FeedbackResponse[]> => {
  const { bulletins, consultations } = await getSite();
  const source = (entry: { url: string; data: { title: string } }) => ({ title: entry.data.title, url: entry.url });
  const bulletinsById = new Map(bulletins.map((bulletin) => [bulletin.id, source(bulletin)]));
  const consultationsById = new Map(consultations.map((consultation) => [consultation.id, source(consultation)]));
  const written = (await getCheckedContent()).youSaidWeDid.flatMap((item) => {
    const bulletin = bulletinsById.get(item.data.bulletin.id);
    const consultation = item.data.consultation && consultationsById.get(item.data.consultation.id);
    return bulletin ? [{ id: item.id, data: item.data, bulletin, consultation }] : [];
  });
  const requests = consultations.map((consultation) => ({
    id: consultation.id,
    kind: consultation.data.kind,
    outcome: consultation.data.outcome,
    ...source(consultation),
    bulletin: source(consultation.bulletin),
  }));
  return feedbackResponses(written, requests);
});
