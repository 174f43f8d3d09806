import { describe, expect, it } from 'vitest';
import { nearestName } from '../../src/lib/nearest-name';

const EVENT_FIELDS = ['title', 'summary', 'date', 'endDate', 'startTime', 'endTime', 'partOfDay', 'venue', 'online', 'booking', 'bulletin', 'draft'];

describe('nearestName', () => {
  it.each([
    ['tittle', 'title'],
    ['tilte', 'title'],
    ['venu', 'venue'],
    ['starttime', 'startTime'],
    ['start-time', 'startTime'],
    ['bulletn', 'bulletin'],
    ['Draft', 'draft'],
  ])('takes %s for %s', (typed, meant) => {
    expect(nearestName(typed, EVENT_FIELDS)).toBe(meant);
  });

  it('makes no guess when nothing is close', () => {
    expect(nearestName('location', EVENT_FIELDS)).toBeUndefined();
    expect(nearestName('url', EVENT_FIELDS)).toBeUndefined();
  });
});
