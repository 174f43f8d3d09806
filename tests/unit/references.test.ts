import { describe, expect, test } from 'vitest';
import { danglingReferences } from '../../src/lib/references';

const known = { bulletins: new Set(['2025-12', '2026-02']), events: new Set(['workshop-1']) };

describe('danglingReferences', () => {
  test('finds nothing when every reference exists', () => {
    const entries = [{ file: 'content/events/a.md', references: [{ field: 'bulletin', collection: 'bulletins', id: '2025-12' }] }];
    expect(danglingReferences(entries, known)).toEqual([]);
  });

  test('names the file, the field, the missing id and the ids that exist', () => {
    const entries = [
      {
        file: 'content/consultations/b.md',
        references: [
          { field: 'bulletin', collection: 'bulletins', id: '2026-13' },
          { field: 'events.0', collection: 'events', id: 'workshop-1' },
          { field: 'events.1', collection: 'events', id: 'workshop-9' },
        ],
      },
    ];
    expect(danglingReferences(entries, known)).toEqual([
      'content/consultations/b.md\n  bulletin: there is no bulletins entry called "2026-13". Check the spelling; it must be one of: 2025-12, 2026-02.',
      'content/consultations/b.md\n  events.1: there is no events entry called "workshop-9". Check the spelling; it must be one of: workshop-1.',
    ]);
  });
});
