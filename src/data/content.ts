import { getCollection, type CollectionEntry } from 'astro:content';
import site from '../../site.config';
import { whyMarkdownFailed } from '../integrations/reject-unsafe-html';
import { contentProblems, describeProblems } from '../lib/content-integrity';
import { consultationStatus, type ConsultationStatus } from '../lib/consultation-status';
import { byStart, eventBounds } from '../lib/event-timing';
import { isPublic } from '../lib/publication';
import { now } from './now';

/*
 * The only place pages get content from, so drafts and scheduled entries are filtered
 * once, the same way, for every page, feed and calendar. `npm run dev` shows drafts so
 * editors can preview them; a build never does.
 */

export type Bulletin = CollectionEntry<'bulletins'>;
export type SiteEvent = CollectionEntry<'events'>;
export type Consultation = CollectionEntry<'consultations'> & { status: ConsultationStatus };
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
  const [bulletins, events, consultations, areasOfNeed, audiences] = await Promise.all([
    getCollection('bulletins'),
    getCollection('events'),
    getCollection('consultations'),
    getCollection('areasOfNeed'),
    getCollection('audiences'),
  ]);
  const content = { bulletins, events, consultations, areasOfNeed, audiences };
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

/** Published bulletins, newest issue first. */
export const getBulletins = memo(async (): Promise<Bulletin[]> => {
  const all = (await getCheckedContent()).bulletins;
  return all
    .filter((bulletin) => previewDrafts || isPublic(bulletin.data, now))
    .sort((a, b) => b.data.issue.localeCompare(a.data.issue));
});

const getBulletinsById = memo(async () => new Map((await getBulletins()).map((bulletin) => [bulletin.id, bulletin])));

/** The published bulletin an event or request names; pages only ever have published entries, whose bulletins are published too. */
export async function getBulletin(id: string): Promise<Bulletin> {
  const bulletin = (await getBulletinsById()).get(id);
  if (!bulletin) throw new Error(`No published bulletin "${id}".`);
  return bulletin;
}

async function publicBulletinIds(): Promise<Set<string>> {
  return new Set((await getBulletins()).map((bulletin) => bulletin.id));
}

/** Published events, soonest first. An event is public only while the bulletin announcing it is. */
export const getEvents = memo(async (): Promise<SiteEvent[]> => {
  const bulletinIds = await publicBulletinIds();
  const all = (await getCheckedContent()).events;
  return all
    .filter((event) => previewDrafts || (!event.data.draft && bulletinIds.has(event.data.bulletin.id)))
    .sort(byStart);
});

/** Published consultations with their status at build time. */
export const getConsultations = memo(async (): Promise<Consultation[]> => {
  const bulletinIds = await publicBulletinIds();
  const events = new Map((await getEvents()).map((event) => [event.id, event]));
  const all = (await getCheckedContent()).consultations;
  return all
    .filter((consultation) => previewDrafts || (!consultation.data.draft && bulletinIds.has(consultation.data.bulletin.id)))
    .map((consultation) => {
      const starts = consultation.data.events
        .map((reference) => events.get(reference.id))
        .filter((event) => event !== undefined)
        .map((event) => eventBounds(event.data).start.getTime());
      const endsWith = starts.length > 0 ? new Date(Math.max(...starts)) : undefined;
      const status = consultationStatus(consultation.data, now, { closingSoonDays: site.closingSoonDays, endsWith });
      return Object.assign(consultation, { status });
    });
});

export const getAreasOfNeed = memo(async () => (await getCheckedContent()).areasOfNeed);
export const getAudiences = memo(async () => (await getCheckedContent()).audiences);

/** Abbreviations, A to Z. */
export const getGlossary = memo(async () =>
  (await getCollection('glossary')).sort((a, b) => a.id.localeCompare(b.id, 'en', { sensitivity: 'base' })),
);
