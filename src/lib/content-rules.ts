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

export function bulletinProblems(bulletin: { issue: string; published?: string }): FieldProblem[] {
  if (!bulletin.published || bulletin.published.startsWith(bulletin.issue.slice(0, 4))) return [];
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
  if (event.endDate && event.endDate <= event.date) {
    problems.push({
      field: 'endDate',
      message: `endDate (${event.endDate}) must be after date (${event.date}). For a one-day event, leave endDate out.`,
    });
  }
  if (event.endTime && !event.startTime) {
    problems.push({ field: 'endTime', message: 'An endTime needs a startTime too. Add startTime, or remove endTime.' });
  }
  if (event.startTime && event.endTime && !event.endDate && event.endTime <= event.startTime) {
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
  if (consultation.opens && consultation.closes && consultation.closes < consultation.opens) {
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
