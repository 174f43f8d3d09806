import { describe, expect, test } from 'vitest';
import { bulletinPublishDate, isPublic } from '../../src/lib/publication';

describe('isPublic', () => {
  const now = new Date('2026-01-15T12:00:00Z');

  test('a draft is never public', () => {
    expect(isPublic({ draft: true }, now)).toBe(false);
    expect(isPublic({ draft: true, published: '2025-01-01' }, now)).toBe(false);
  });

  test('without a publish date an entry is public at once', () => {
    expect(isPublic({ draft: false }, now)).toBe(true);
  });

  test('with a publish date it waits for that London day to start', () => {
    expect(isPublic({ draft: false, published: '2026-01-15' }, now)).toBe(true);
    expect(isPublic({ draft: false, published: '2026-01-16' }, now)).toBe(false);
    expect(isPublic({ draft: false, published: '2026-06-16' }, new Date('2026-06-15T23:00:00Z'))).toBe(true);
    expect(isPublic({ draft: false, published: '2026-06-16' }, new Date('2026-06-15T22:59:59Z'))).toBe(false);
  });
});

describe('bulletinPublishDate', () => {
  test('uses the publish date, or the first of the issue month', () => {
    expect(bulletinPublishDate({ issue: '2026-02', published: '2026-01-30' })).toBe('2026-01-30');
    expect(bulletinPublishDate({ issue: '2026-02' })).toBe('2026-02-01');
  });
});
