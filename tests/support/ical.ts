import ICAL from 'ical.js';

/** One VEVENT as a calendar app reads it, through ical.js (Mozilla's RFC 5545 parser). */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  stamp: ICAL.Time;
  start: ICAL.Time;
  end: ICAL.Time | null;
}

export function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    summary: String(vevent.getFirstPropertyValue('summary')),
    description: String(vevent.getFirstPropertyValue('description') ?? ''),
    location: (vevent.getFirstPropertyValue('location') as string | null) ?? null,
    url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    stamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time,
    start: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: (vevent.getFirstPropertyValue('dtend') as ICAL.Time | null) ?? null,
  }));
  return { calendar, events };
}

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** What a London clock shows at a parsed date-time: { date: '2026-06-16', time: '10:00' }. */
export function londonWallClock(time: ICAL.Time): { date: string; time: string } {
  const parts = Object.fromEntries(londonClock.formatToParts(time.toJSDate()).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** RFC 5545 3.1: every line ends in CRLF and is at most 75 octets long. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the last line does not end with CRLF');
  const lines = text.split('\r\n').slice(0, -1);
  lines.forEach((line, index) => {
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${index + 1} has a bare LF or CR`);
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${index + 1} is ${octets} octets: ${line}`);
  });
  return problems;
}
