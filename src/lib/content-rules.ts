/**
 * Rules that compare one field with another in the same file. The schemas in
 * src/content.config.ts run them, and each returns problems worded for the editor who
 * has to fix the file, so they can be tested without building the site.
 */

export interface FieldProblem {
  /** The frontmatter field to change. */
  field: string;
  message: string;
}

/*
 * A rule compares only values that passed their own field's check: "4.00pm" is reported
 * once as not a time, never again as "endTime must be after startTime".
 */
const isDate = (text: string | undefined): text is string => text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text);
const isTime = (text: string | undefined): text is string => text !== undefined && /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
const isMonth = (text: string | undefined): text is string => text !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

export function bulletinProblems(bulletin: { issue: string; published?: string }): FieldProblem[] {
  if (!isDate(bulletin.published) || !isMonth(bulletin.issue) || bulletin.published.startsWith(bulletin.issue.slice(0, 4))) return [];
  // A bulletin can go live late in the month before its issue month, but not a year away.
  const gapDays =
    Math.abs(Date.parse(`${bulletin.published}T00:00Z`) - Date.parse(`${bulletin.issue}-01T00:00Z`)) / 864e5;
  if (gapDays <= 62) return [];
  return [
    {
      field: 'published',
      message: `The published date ${bulletin.published} is far from the issue month ${bulletin.issue}. Check the year.`,
    },
  ];
}

export function eventProblems(event: {
  date: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  partOfDay?: string;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (isDate(event.endDate) && isDate(event.date) && event.endDate <= event.date) {
    problems.push({
      field: 'endDate',
      message: `endDate (${event.endDate}) must be after date (${event.date}). For a one-day event, leave endDate out.`,
    });
  }
  if (event.endTime && !event.startTime) {
    problems.push({ field: 'endTime', message: 'An endTime needs a startTime too. Add startTime, or remove endTime.' });
  }
  if (isTime(event.startTime) && isTime(event.endTime) && !event.endDate && event.endTime <= event.startTime) {
    problems.push({
      field: 'endTime',
      message: `endTime (${event.endTime}) must be after startTime (${event.startTime}). Use the 24-hour clock: 2pm is "14:00".`,
    });
  }
  if (event.partOfDay && event.startTime) {
    problems.push({
      field: 'partOfDay',
      message: 'Use partOfDay only when the source gives no times. Remove partOfDay or startTime.',
    });
  }
  return problems;
}

export function consultationProblems(consultation: {
  opens?: string;
  closes?: string;
  events: unknown[];
  outcome?: unknown;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (isDate(consultation.opens) && isDate(consultation.closes) && consultation.closes < consultation.opens) {
    problems.push({
      field: 'closes',
      message: `closes (${consultation.closes}) must be on or after opens (${consultation.opens}). Check the day, month and year of both.`,
    });
  }
  if (!consultation.closes && consultation.events.length === 0) {
    problems.push({
      field: 'closes',
      message:
        'Add the closing date (closes: YYYY-MM-DD). If the source gives none, list the events it is for under events: so the site knows when it has passed.',
    });
  }
  if (consultation.outcome && !consultation.closes) {
    problems.push({ field: 'outcome', message: 'An outcome needs a closing date. Add closes: YYYY-MM-DD.' });
  }
  return problems;
}
