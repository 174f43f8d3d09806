/**
 * Checks that need more than one file: references between files and duplicates.
 * Astro's reference() accepts any name without checking it exists, and a dangling name
 * would silently drop an event from the site, so the data layer runs these on every
 * build and stops it with the problems below.
 */

import { articleHeadings, headingId } from './in-short.ts';

interface Reference {
  id: string;
}

interface Entry<Data> {
  id: string;
  /** Where the editor wrote it, relative to the project, for example content/events/x.md. */
  filePath?: string;
  data: Data;
}

export interface ContentSnapshot {
  bulletins: (Entry<{ issue: string; audiences?: Reference[]; inShort?: { heading: string }[] }> & { body?: string })[];
  events: Entry<{ title: string; date: string; bulletin: Reference; areasOfNeed: Reference[]; audiences: Reference[] }>[];
  consultations: Entry<{
    bulletin: Reference;
    events: Reference[];
    areasOfNeed: Reference[];
    audiences: Reference[];
  }>[];
  areasOfNeed: { id: string }[];
  audiences: { id: string }[];
  /** What people said and what the council did, from content/you-said-we-did.yaml. */
  youSaidWeDid?: { id: string; filePath?: string; data: { bulletin: Reference; consultation?: Reference } }[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

function fileOf(entry: Entry<unknown>, folder: string): string {
  return entry.filePath ?? `${folder}/${entry.id}`;
}

function list(ids: Iterable<string>): string {
  return [...ids].join(', ') || '(none yet)';
}

export function contentProblems(content: ContentSnapshot): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bulletinIds = new Set(content.bulletins.map((bulletin) => bulletin.id));
  const eventIds = new Set(content.events.map((event) => event.id));
  const areaIds = new Set(content.areasOfNeed.map((area) => area.id));
  const audienceIds = new Set(content.audiences.map((audience) => audience.id));

  for (const bulletin of content.bulletins) {
    if (bulletin.id !== bulletin.data.issue) {
      problems.push({
        file: fileOf(bulletin, 'content/bulletins'),
        field: 'issue',
        message: `The file is named ${bulletin.id} but issue is "${bulletin.data.issue}". Name the file after the issue month (${bulletin.data.issue}.md), or correct issue.`,
      });
    }
    const headings = articleHeadings(bulletin.body ?? '');
    const ids = new Set(headings.map((heading) => heading.id));
    (bulletin.data.inShort ?? []).forEach((item, index) => {
      if (ids.has(headingId(item.heading))) return;
      problems.push({
        file: fileOf(bulletin, 'content/bulletins'),
        field: `inShort › item ${index + 1} › heading`,
        message: `No article in this bulletin has the heading "${item.heading}". Copy one of its ## headings exactly: ${headings.map((heading) => `"${heading.text}"`).join(', ') || '(it has none)'}.`,
      });
    });
  }

  const checkTerms = (file: string, data: { areasOfNeed: Reference[]; audiences: Reference[] }) => {
    for (const area of data.areasOfNeed) {
      if (!areaIds.has(area.id)) {
        problems.push({
          file,
          field: 'areasOfNeed',
          message: `"${area.id}" is not an area of need. Use ids from content/areas-of-need.yaml: ${list(areaIds)}.`,
        });
      }
    }
    for (const audience of data.audiences) {
      if (!audienceIds.has(audience.id)) {
        problems.push({
          file,
          field: 'audiences',
          message: `"${audience.id}" is not an audience. Use ids from content/audiences.yaml: ${list(audienceIds)}.`,
        });
      }
    }
  };
  const checkBulletin = (file: string, bulletin: Reference) => {
    if (!bulletinIds.has(bulletin.id)) {
      problems.push({
        file,
        field: 'bulletin',
        message: `There is no bulletin called "${bulletin.id}". Use the file name of a bulletin in content/bulletins/ without .md or .mdx: ${list(bulletinIds)}.`,
      });
    }
  };

  for (const bulletin of content.bulletins) {
    checkTerms(fileOf(bulletin, 'content/bulletins'), { areasOfNeed: [], audiences: bulletin.data.audiences ?? [] });
  }

  const firstWithTitleAndDate = new Map<string, string>();
  for (const event of content.events) {
    const file = fileOf(event, 'content/events');
    checkBulletin(file, event.data.bulletin);
    checkTerms(file, event.data);
    const key = `${event.data.date} ${event.data.title.trim().toLowerCase()}`;
    const first = firstWithTitleAndDate.get(key);
    if (first) {
      problems.push({
        file,
        field: 'title',
        message: `${first} is an event with the same title on the same day. If it is the same event, delete one of the files; if they are different sessions, give each its own title, for example "… session 2".`,
      });
    } else {
      firstWithTitleAndDate.set(key, file);
    }
  }

  for (const consultation of content.consultations) {
    const file = fileOf(consultation, 'content/consultations');
    checkBulletin(file, consultation.data.bulletin);
    checkTerms(file, consultation.data);
    for (const event of consultation.data.events) {
      if (!eventIds.has(event.id)) {
        problems.push({
          file,
          field: 'events',
          message: `There is no event called "${event.id}". Use file names from content/events/ without .md, for example ${[...eventIds][0] ?? '2026-01-21-workshop'}.`,
        });
      }
    }
  }

  const consultationIds = new Set(content.consultations.map((consultation) => consultation.id));
  (content.youSaidWeDid ?? []).forEach(({ filePath, data }, index) => {
    const file = filePath ?? 'content/you-said-we-did.yaml';
    if (!bulletinIds.has(data.bulletin.id)) {
      problems.push({
        file,
        field: `item ${index + 1} › bulletin`,
        message: `There is no bulletin called "${data.bulletin.id}". Use the file name of a bulletin in content/bulletins/ without .md or .mdx: ${list(bulletinIds)}.`,
      });
    }
    if (data.consultation && !consultationIds.has(data.consultation.id)) {
      problems.push({
        file,
        field: `item ${index + 1} › consultation`,
        message: `There is no request called "${data.consultation.id}". Use a file name from content/consultations/ without .md: ${list(consultationIds)}.`,
      });
    }
  });
  return problems;
}

/** One message listing every problem, grouped by file, so an editor can fix them all in one go. */
export function describeProblems(problems: ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const count = problems.length === 1 ? 'a mistake' : `${problems.length} mistakes`;
  const sections = [...byFile].map(
    ([file, found]) => `${file}\n${found.map((problem) => `  ${problem.field}: ${problem.message}`).join('\n')}`,
  );
  return `The content has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again.\n\n${sections.join('\n\n')}`;
}
