import { describe, expect, it } from 'vitest';
import { hiddenBulletinIds, isHiddenEntry } from '../../src/lib/embargo';

const now = new Date('2026-01-15T12:00:00Z');

describe('which entries are kept out of the build entirely', () => {
  it('hides draft bulletins and those published after now, reading dates as YAML gives them', () => {
    const bulletins = new Map<string, { draft?: unknown; published?: unknown }>([
      ['2025-12', {}],
      ['2026-01', { draft: true }],
      ['2026-02', { published: new Date('2026-02-25T00:00:00Z') }],
      ['2026-03', { published: '2026-01-15' }],
      ['2026-04', { published: 'next week' }],
    ]);
    expect([...hiddenBulletinIds(bulletins, now)].sort()).toEqual(['2026-01', '2026-02', '2026-04']);
  });

  it('hides a draft event or consultation, and any announced in a hidden bulletin', () => {
    const hidden = new Set(['2026-02']);
    expect(isHiddenEntry('bulletins', '2026-02', {}, hidden)).toBe(true);
    expect(isHiddenEntry('bulletins', '2025-12', {}, hidden)).toBe(false);
    expect(isHiddenEntry('events', 'a', { draft: true, bulletin: { id: '2025-12' } }, hidden)).toBe(true);
    expect(isHiddenEntry('events', 'b', { bulletin: { id: '2026-02', collection: 'bulletins' } }, hidden)).toBe(true);
    expect(isHiddenEntry('consultations', 'c', { bulletin: '2026-02' }, hidden)).toBe(true);
    expect(isHiddenEntry('consultations', 'd', { bulletin: { id: '2025-12' } }, hidden)).toBe(false);
  });
});
