import { isPublic } from './publication';

/**
 * What a build leaves out of the site and why, so a forgotten `draft: true` or a
 * publish date in the future never makes a bulletin vanish without a word.
 */

interface Entry {
  id: string;
  filePath: string;
  data: { draft?: boolean; published?: string; bulletin?: { id: string } };
}

export interface UnpublishedContent {
  bulletins: Entry[];
  events: Entry[];
  consultations: Entry[];
}

/** Why an entry is not on the site at `now`, or undefined when it is. Shared by the build's list and the preview banner. */
export function whyNotPublished(
  entry: Entry['data'],
  bulletin: Entry['data'] | undefined,
  now: Date,
): string | undefined {
  if (entry.draft) return 'Draft';
  if (entry.bulletin === undefined) {
    return isPublic({ draft: false, published: entry.published }, now) ? undefined : `Scheduled for ${entry.published}`;
  }
  if (!bulletin) return undefined;
  const reason = whyNotPublished(bulletin, undefined, now);
  return reason && `Waits for its bulletin (${entry.bulletin.id}, ${reason.toLowerCase()})`;
}

function entries(count: number): string {
  return count === 1 ? '1 entry it announces' : `${count} entries it announces`;
}

export function unpublishedList(content: UnpublishedContent, now: Date): string[] {
  const bulletins = new Map(content.bulletins.map((bulletin) => [bulletin.id, bulletin]));
  const announced = [...content.events, ...content.consultations];
  const lines: string[] = [];
  for (const bulletin of [...content.bulletins].sort((a, b) => a.id.localeCompare(b.id))) {
    const reason = whyNotPublished(bulletin.data, undefined, now);
    if (!reason) continue;
    const count = announced.filter((entry) => entry.data.bulletin?.id === bulletin.id).length;
    lines.push(`${reason}: ${bulletin.filePath}${count > 0 ? ` and ${entries(count)}` : ''}`);
  }
  // Entries kept back on their own, while the bulletin announcing them is published.
  for (const entry of announced) {
    if (!entry.data.draft) continue;
    const bulletin = bulletins.get(entry.data.bulletin?.id ?? '');
    if (!bulletin || whyNotPublished(bulletin.data, undefined, now)) continue;
    lines.push(`Draft: ${entry.filePath}, so the published bulletin ${bulletin.id} does not list it`);
  }
  return lines;
}
