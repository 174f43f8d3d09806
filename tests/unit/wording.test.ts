import { describe, expect, it } from 'vitest';
import { missingTimeNote, whenText, whereText } from '../../src/lib/wording';

describe('what the site says about an event', () => {
  it('gives times where the source gives them and says so where it does not', () => {
    expect(whenText({ date: '2026-06-16', startTime: '10:00', endTime: '11:00' })).toBe('Tuesday 16 June 2026, 10am to 11am');
    expect(whenText({ date: '2026-06-16' })).toBe('Tuesday 16 June 2026 (the bulletin gives no time)');
    expect(whenText({ date: '2026-06-16', partOfDay: 'morning' })).toBe('Tuesday 16 June 2026, morning (the bulletin gives no exact time)');
  });

  it('notes a missing time only where there is none', () => {
    expect(missingTimeNote({ date: '2026-06-16', startTime: '10:00' })).toBeUndefined();
    expect(missingTimeNote({ date: '2026-06-16', partOfDay: 'afternoon' })).toBe('The bulletin says afternoon but gives no exact time.');
    expect(missingTimeNote({ date: '2026-06-16' })).toBe('The bulletin gives no time.');
  });

  it('says where, or that the source does not say', () => {
    expect(whereText({ online: true, venue: 'Hall' })).toBe('Online');
    expect(whereText({ online: false, venue: 'Hall' })).toBe('Hall');
    expect(whereText({ online: false })).toBe('The bulletin does not say where.');
  });
});
