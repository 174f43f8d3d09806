import { describe, expect, it } from 'vitest';
import { eventStructuredData, jsonForScript, type StructuredEventInput } from '../../src/lib/event-structured-data';

const event: StructuredEventInput = {
  title: 'Conference',
  summary: 'A conference.',
  when: { date: '2026-06-16' },
  online: false,
  url: 'https://send-news.example.org/events/conference/',
  organiser: { name: 'Birmingham City Council', url: 'https://www.birmingham.gov.uk' },
};

describe('eventStructuredData', () => {
  it('gives only a date when the source gives no time, and no end unless it has one', () => {
    const data = eventStructuredData(event);
    expect(data.startDate).toBe('2026-06-16');
    expect(data).not.toHaveProperty('endDate');
    expect(eventStructuredData({ ...event, when: { date: '2026-06-16', endDate: '2026-06-17' } }).endDate).toBe('2026-06-17');
  });

  it("gives times with London's offset: +01:00 in summer, +00:00 in winter", () => {
    expect(eventStructuredData({ ...event, when: { date: '2026-06-16', startTime: '10:00', endTime: '11:30' } })).toMatchObject({
      startDate: '2026-06-16T10:00:00+01:00',
      endDate: '2026-06-16T11:30:00+01:00',
    });
    expect(eventStructuredData({ ...event, when: { date: '2026-01-28', startTime: '14:00' } }).startDate).toBe(
      '2026-01-28T14:00:00+00:00',
    );
  });

  it('takes attendance mode from online and a location only from a named venue', () => {
    expect(eventStructuredData(event)).toMatchObject({ eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' });
    expect(eventStructuredData(event)).not.toHaveProperty('location');
    expect(eventStructuredData({ ...event, online: true }).eventAttendanceMode).toBe(
      'https://schema.org/OnlineEventAttendanceMode',
    );
    expect(eventStructuredData({ ...event, venue: 'Council House' }).location).toEqual({
      '@type': 'Place',
      name: 'Council House',
      address: 'Council House',
    });
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element early', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});
