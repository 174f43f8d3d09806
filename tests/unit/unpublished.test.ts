import { describe, expect, it } from 'vitest';
import { unpublishedList, whyNotPublished } from '../../src/lib/unpublished';

const NOW = new Date('2026-03-10T12:00:00Z');
const bulletin = (id: string, data: { draft?: boolean; published?: string }) => ({ id, filePath: `content/bulletins/${id}.md`, data });
const event = (id: string, bulletinId: string, draft = false) => ({
  id,
  filePath: `content/events/${id}.md`,
  data: { draft, bulletin: { id: bulletinId } },
});

describe('unpublishedList', () => {
  it('names a draft bulletin with the entries that wait for it, and a draft event of a published bulletin', () => {
    const content = {
      bulletins: [bulletin('2026-02', {}), bulletin('2026-03', { draft: true }), bulletin('2026-04', { published: '2026-03-28' })],
      events: [event('a', '2026-03'), event('b', '2026-03'), event('c', '2026-02', true), event('d', '2026-02'), event('e', '2026-04')],
      consultations: [{ id: 'f', filePath: 'content/consultations/f.md', data: { bulletin: { id: '2026-03' } } }],
    };
    expect(unpublishedList(content, NOW)).toEqual([
      'Draft: content/bulletins/2026-03.md and 3 entries it announces',
      'Scheduled for 2026-03-28: content/bulletins/2026-04.md and 1 entry it announces',
      'Draft: content/events/c.md, so the published bulletin 2026-02 does not list it',
    ]);
  });

  it('is empty when everything is published', () => {
    expect(unpublishedList({ bulletins: [bulletin('2026-02', {})], events: [event('d', '2026-02')], consultations: [] }, NOW)).toEqual([]);
  });
});

describe('whyNotPublished', () => {
  it('gives an event the reason of the bulletin it waits for', () => {
    expect(whyNotPublished({ bulletin: { id: '2026-04' } }, { published: '2026-03-28' }, NOW)).toBe('Waits for its bulletin (2026-04, scheduled for 2026-03-28)');
    expect(whyNotPublished({ draft: true, bulletin: { id: '2026-02' } }, {}, NOW)).toBe('Draft');
    expect(whyNotPublished({ bulletin: { id: '2026-02' } }, {}, NOW)).toBeUndefined();
  });
});
