import { escapeHtml } from './html-text';

/*
 * What to do to get a form, a document or a place that the bulletin names. With its web
 * address, that is the link. Without one it is never a dead end: the reader is told whom to
 * email and what to ask for, from the people the source names (the entry's own contacts
 * first, then its bulletin's). One wording for pages, feeds, emails and calendars.
 */

export interface NamedThing {
  title: string;
  url?: string;
}

export interface Contact {
  name?: string;
  email: string;
}

export type NextStep =
  | { kind: 'link'; title: string; url: string }
  | { kind: 'ask'; title: string; contact: Contact; mailto: string }
  | { kind: 'unknown'; title: string };

/** Said first when a name has no link, before whom to email. */
export const NO_LINK = 'The bulletin does not link to it.';

/** Said when there is neither a link nor anyone to ask. */
export const NOBODY_TO_ASK = 'The bulletin does not link to it or say whom to ask.';

export function mailtoWithSubject(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/** The link, or whom to ask for it: the first of `contacts`, which come in order of preference. */
export function nextStep(thing: NamedThing, contacts: readonly Contact[]): NextStep {
  if (thing.url) return { kind: 'link', title: thing.title, url: thing.url };
  const [contact] = contacts;
  if (!contact) return { kind: 'unknown', title: thing.title };
  return { kind: 'ask', title: thing.title, contact, mailto: mailtoWithSubject(contact.email, `Please send me: ${thing.title}`) };
}

/** "Helen Ellis (Helen.Ellis@…)", or the address alone. */
export function contactText(contact: Contact): string {
  return contact.name ? `${contact.name} (${contact.email})` : contact.email;
}

/**
 * An email link whose words say what it is for ("Email Helen Ellis to ask for …"), so two
 * on a page with different subjects never share link text, then the address written out
 * where the link names a person.
 */
function emailLinkHtml(contact: Contact, mailto: string, purpose: string): string {
  const link = `<a href="${escapeHtml(mailto)}">Email ${escapeHtml(contact.name ?? contact.email)} ${escapeHtml(purpose)}</a>`;
  return contact.name ? `${link} (${escapeHtml(contact.email)})` : link;
}

/** The whole next step as HTML, for pages (NamedLink), feed items and emails. */
export function nextStepHtml(thing: NamedThing, contacts: readonly Contact[]): string {
  const step = nextStep(thing, contacts);
  const title = escapeHtml(step.title);
  if (step.kind === 'link') return `<a href="${escapeHtml(step.url)}">${title}</a>`;
  if (step.kind === 'unknown') return `${title}. ${NOBODY_TO_ASK}`;
  return `${title}. ${NO_LINK} ${emailLinkHtml(step.contact, step.mailto, `to ask for “${step.title}”`)}.`;
}

/** The whole next step as plain text, for calendar descriptions. */
export function nextStepText(thing: NamedThing, contacts: readonly Contact[]): string {
  const step = nextStep(thing, contacts);
  if (step.kind === 'link') return `${step.title}: ${step.url}`;
  if (step.kind === 'unknown') return `${step.title}. ${NOBODY_TO_ASK}`;
  return `${step.title}. ${NO_LINK} Email ${contactText(step.contact)} to ask for it.`;
}

/**
 * Whom to email about booking an event whose booking names no link or address, such as
 * places "to be shared soon": the first contact, with the subject filled in.
 */
export function askToBook(eventTitle: string, contacts: readonly Contact[]): { contact: Contact; mailto: string } | undefined {
  const [contact] = contacts;
  return contact && { contact, mailto: mailtoWithSubject(contact.email, `Booking: ${eventTitle}`) };
}

/** The same as HTML and as text. */
export function askToBookHtml(eventTitle: string, contacts: readonly Contact[]): string | undefined {
  const ask = askToBook(eventTitle, contacts);
  return ask && `${emailLinkHtml(ask.contact, ask.mailto, 'to ask about booking')}.`;
}

export function askToBookText(eventTitle: string, contacts: readonly Contact[]): string | undefined {
  const ask = askToBook(eventTitle, contacts);
  return ask && `Email ${contactText(ask.contact)} to ask about booking.`;
}
