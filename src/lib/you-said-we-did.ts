import { kindLabel } from './wording';
import type { ConsultationKind } from './consultation-status';

/*
 * "You said, we did" (SEND Regulations 2014, regulation 56): what people told the council
 * and what it did about it. Only what the bulletins report, and the published outcome of
 * each request to have your say.
 */

export interface FeedbackResponse {
  id: string;
  /** YYYY-MM or YYYY-MM-DD, as the source gives it. */
  date: string;
  theme: string;
  youSaid: string;
  weDid: string;
  /** Where it came from, as links: the request if there was one, then the bulletin. */
  from: { label: string; href: string }[];
}

interface Source {
  title: string;
  url: string;
}

export interface WrittenResponse {
  id: string;
  data: { date: string; theme: string; youSaid: string; weDid: string };
  bulletin: Source;
  consultation?: Source;
}

export interface RequestWithOutcome extends Source {
  id: string;
  kind: ConsultationKind;
  outcome?: { summary: string; published: string };
  bulletin: Source;
}

const link = (source: Source) => ({ label: source.title, href: source.url });

/** Everything reported, newest first: the written entries and every request's published outcome. */
export function feedbackResponses(written: readonly WrittenResponse[], requests: readonly RequestWithOutcome[]): FeedbackResponse[] {
  const fromWritten = written.map((entry) => ({
    id: entry.id,
    ...entry.data,
    from: [...(entry.consultation ? [link(entry.consultation)] : []), link(entry.bulletin)],
  }));
  const fromOutcomes = requests.flatMap((request) =>
    request.outcome
      ? [
          {
            id: `outcome-${request.id}`,
            date: request.outcome.published,
            theme: request.title,
            youSaid: `People responded to this ${kindLabel[request.kind].toLowerCase()}.`,
            weDid: request.outcome.summary,
            from: [link(request), link(request.bulletin)],
          },
        ]
      : [],
  );
  return [...fromWritten, ...fromOutcomes].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
