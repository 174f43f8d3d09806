import { isPublic } from './publication';

/*
 * Which entries are kept out of the site at `now`: drafts, bulletins not yet published,
 * and events and consultations whose bulletin is either. Decided from the frontmatter
 * alone, so the content loader can keep their pages, images and other files out of the
 * build's module graph entirely (src/content-loaders.ts), not only off the pages.
 */

/** A bulletin's frontmatter as YAML gives it: an unquoted date is a Date at UTC midnight. */
export interface BulletinFrontmatter {
  draft?: unknown;
  published?: unknown;
}

function asDateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : undefined;
}

/** The ids of bulletins hidden at `now`, from each bulletin file's frontmatter. */
export function hiddenBulletinIds(bulletins: Map<string, BulletinFrontmatter>, now: Date): Set<string> {
  const hidden = new Set<string>();
  for (const [id, frontmatter] of bulletins) {
    const published = asDateText(frontmatter.published);
    // Anything unreadable is hidden: the schema check will stop the build with the reason.
    const readable = published === undefined || /^\d{4}-\d{2}-\d{2}$/.test(published);
    if (!readable || !isPublic({ draft: frontmatter.draft === true, published }, now)) hidden.add(id);
  }
  return hidden;
}

/** Whether an entry's data, after the schema, belongs to a hidden entry. */
export function isHiddenEntry(collection: string, id: string, data: Record<string, unknown>, hiddenBulletins: Set<string>): boolean {
  if (data.draft === true) return true;
  if (collection === 'bulletins') return hiddenBulletins.has(id);
  const bulletin = data.bulletin as { id?: string } | string | undefined;
  const bulletinId = typeof bulletin === 'string' ? bulletin : bulletin?.id;
  return bulletinId !== undefined && hiddenBulletins.has(bulletinId);
}
