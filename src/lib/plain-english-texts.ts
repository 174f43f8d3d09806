import type { CheckedContent } from './content-check.ts';

/*
 * The short texts written for families: each entry's summary, a request's outcome, a
 * bulletin's "In short" lines and the "You said, we did" entries. The readability check
 * (a build warning, and `npm run readability`) reads these; the bulletins' own text stays
 * as the council wrote it.
 */

export interface PlainText {
  /** As the build names it, for example content/events/2026-01-21-workshop.md. */
  file: string;
  /** Where in the file, for example summary or inShort › item 2. */
  field: string;
  text: string;
}

type Data = Record<string, unknown>;

function entryTexts(file: string, data: Data): PlainText[] {
  const found: PlainText[] = [];
  if (typeof data.summary === 'string') found.push({ file, field: 'summary', text: data.summary });
  const outcome = data.outcome as { summary?: string } | undefined;
  if (outcome?.summary) found.push({ file, field: 'outcome › summary', text: outcome.summary });
  const inShort = (data.inShort ?? []) as { text: string }[];
  inShort.forEach((item, index) => found.push({ file, field: `inShort › item ${index + 1}`, text: item.text }));
  return found;
}

/** Every text written for families, drafts included, so an editor hears about it before publishing. */
export function plainEnglishTexts(content: CheckedContent): PlainText[] {
  return [
    ...[...content.bulletins, ...content.events, ...content.consultations].flatMap((entry) => entryTexts(entry.filePath, entry.data)),
    ...content.youSaidWeDid.flatMap((item, index) =>
      (['youSaid', 'weDid'] as const).map((field) => ({ file: item.filePath, field: `item ${index + 1} › ${field}`, text: item.data[field] })),
    ),
  ];
}
