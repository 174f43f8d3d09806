import { londonInstant } from './london-time';

/**
 * Whether an entry is public at `now`. Drafts never are; an entry with a publish date is
 * hidden until that day starts in London. Events and consultations have no publish date
 * of their own: they follow the bulletin that announces them.
 */
export function isPublic(entry: { draft: boolean; published?: string }, now: Date): boolean {
  if (entry.draft) return false;
  return entry.published === undefined || londonInstant(entry.published).getTime() <= now.getTime();
}

/**
 * The date feeds and calendars give a bulletin: its publish date or, when the editor set
 * none (the source bulletins give none), the first day of its issue month.
 */
export function bulletinPublishDate(bulletin: { issue: string; published?: string }): string {
  return bulletin.published ?? `${bulletin.issue}-01`;
}
