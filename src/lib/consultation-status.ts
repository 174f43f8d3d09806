import { londonInstant } from './london-time';

/** When a "have your say" request accepts responses, as content gives it. */
export interface ConsultationWindow {
  opens?: string;
  closes?: string;
  /** Defaults to 23:59: a deadline given as a date means 11:59pm London time that day. */
  closesTime?: string;
}

export type ConsultationStatus = 'not-yet-open' | 'open' | 'closing-soon' | 'closed';

export type ConsultationKind = 'consultation' | 'survey' | 'expression-of-interest' | 'nominations';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The deadline as written: 11:59pm London time on the closing day unless another time is given. */
export function deadlineInstant(window: ConsultationWindow): Date | undefined {
  if (!window.closes) return undefined;
  return londonInstant(window.closes, window.closesTime ?? '23:59');
}

/**
 * The instant responses stop. "Closes at 11:59pm" accepts a response sent during that
 * minute, so the request closes at the end of it.
 */
export function closingInstant(window: ConsultationWindow): Date | undefined {
  const deadline = deadlineInstant(window);
  return deadline && new Date(deadline.getTime() + MINUTE);
}

/**
 * Status at `now`. A request with no closing date (the source gave none) ends when the
 * events it recruits for have started: pass the start of the last one as `endsWith`.
 */
export function consultationStatus(
  window: ConsultationWindow,
  now: Date,
  options: { closingSoonDays: number; endsWith?: Date },
): ConsultationStatus {
  if (window.opens && now.getTime() < londonInstant(window.opens).getTime()) return 'not-yet-open';
  const closes = closingInstant(window) ?? options.endsWith;
  if (!closes) return 'open';
  const remaining = closes.getTime() - now.getTime();
  if (remaining <= 0) return 'closed';
  if (window.closes && remaining <= options.closingSoonDays * DAY) return 'closing-soon';
  return 'open';
}

export function isAcceptingResponses(status: ConsultationStatus): boolean {
  return status === 'open' || status === 'closing-soon';
}

/**
 * Groups requests by the status each already has: open (soonest deadline first), not open
 * yet, and closed (most recent first). Every list of requests groups them with this, so
 * no page can file a request that has not opened under "closed".
 */
export function groupByStatus<T extends { data: ConsultationWindow & { title: string }; status: ConsultationStatus }>(
  requests: readonly T[],
): { open: T[]; notYetOpen: T[]; closed: T[] } {
  const sorted = [...requests].sort(bySoonestDeadline);
  return {
    open: sorted.filter((request) => isAcceptingResponses(request.status)),
    notYetOpen: sorted.filter((request) => request.status === 'not-yet-open'),
    closed: sorted.filter((request) => request.status === 'closed').reverse(),
  };
}

/** Soonest deadline first; requests without a deadline after those with one. */
export function bySoonestDeadline<T extends { data: ConsultationWindow & { title: string } }>(a: T, b: T): number {
  const aCloses = closingInstant(a.data)?.getTime() ?? Number.POSITIVE_INFINITY;
  const bCloses = closingInstant(b.data)?.getTime() ?? Number.POSITIVE_INFINITY;
  if (aCloses !== bCloses) return aCloses < bCloses ? -1 : 1;
  return a.data.title.localeCompare(b.data.title);
}
