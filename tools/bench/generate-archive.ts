import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus, type Corpus } from './corpus.ts';
import { markdownFile } from './frontmatter.ts';
import { seededRandom, type Random } from './random.ts';

/*
 * A synthetic archive for the benchmark: monthly bulletins with their events and
 * consultations, valid against src/content.config.ts, written outside content/. The
 * text is the real bulletins' paragraphs, headings and lists, shuffled.
 */

export interface ArchiveSize {
  bulletins: number;
  events: number;
  consultations: number;
}

/** A decade of bulletins at the rate the real ones announce events and consultations. */
export function sizeForYears(years: number): ArchiveSize {
  return { bulletins: Math.round(12 * years), events: Math.round(150 * years), consultations: Math.round(30 * years) };
}

export interface GenerateOptions {
  /** The folder to write; it is emptied first. Must not be the site's own content/. */
  outDir: string;
  size: ArchiveSize;
  /** The real content/: its top-level data files are copied and its text reused. */
  sourceContentDir: string;
  /** The newest bulletin's issue month (YYYY-MM); older ones go back a month at a time. */
  lastIssue: string;
  seed?: number;
}

/** A generated page and phrases its raw HTML must contain for it to read without JavaScript. */
export interface GeneratedPage {
  path: string;
  probes: string[];
}

export interface Archive {
  size: ArchiveSize;
  bulletins: GeneratedPage[];
  events: GeneratedPage[];
  consultations: GeneratedPage[];
}

/** Headings a council bulletin carries, added to the real ones so eight articles an issue rarely repeat. */
const MORE_HEADINGS = [
  'Preparing for Adulthood',
  'SENCO Network Meetings',
  'Annual Reviews of Education, Health and Care Plans',
  'Local Offer Website Update',
  'News from the Parent Carer Forum',
  'Short Breaks',
  'Home to School Travel Assistance',
  'Sensory Support Service',
  'Early Years Inclusion Funding',
  'Ordinarily Available Guidance',
  'Training for Governors',
  'Mediation and Tribunal Update',
  'Educational Psychology Service Update',
  'Communication and Autism Team',
];

const EVENT_KINDS = [
  'SENCO network meeting',
  'Parent carer coffee morning',
  'EHC plan annual review training',
  'Preparing for Adulthood webinar',
  'Autism awareness training for schools',
  'Sensory support drop-in',
  'Inclusion Charter roadshow',
  'Early years SEND forum',
  'Banded descriptors review workshop',
  'SEND co-production training',
  'Educational Psychology Service webinar',
  'Governors’ SEND briefing',
];

const CONSULTATION_TOPICS = [
  'Inclusive Pathways Framework',
  'Alternative Provision Strategy',
  'Short Breaks Statement',
  'Home to School Travel Policy',
  'SEND Sufficiency Plan',
  'Local Offer website',
  'Preparing for Adulthood guidance',
  'Ordinarily Available Guidance',
  'Early Years Inclusion Fund',
  'SLCN Oversight Strategic Group',
];

const KINDS = ['consultation', 'survey', 'expression-of-interest', 'nominations'] as const;
const VENUES = ['Council House', 'Library of Birmingham', 'A central Birmingham venue', 'Lancaster Circus', 'Woodcock Street'];
const TIMES = [
  ['09:30', '11:00'],
  ['10:00', '12:00'],
  ['13:00', '15:30'],
  ['16:00', '17:00'],
  ['18:30', '20:00'],
];
const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

interface Term {
  id: string;
  label: string;
}

function termsIn(yamlFile: string): Term[] {
  return [...readFileSync(yamlFile, 'utf8').matchAll(/^- id: (\S+)\n\s+label: (.+)$/gm)].map((match) => ({
    id: match[1],
    label: match[2].trim(),
  }));
}

function slugify(text: string, words = 8): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function monthsBefore(issue: string, months: number): string {
  const [year, month] = issue.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - months, 1)).toISOString().slice(0, 7);
}

const MONTH_NAMES = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
function monthName(issue: string): string {
  return MONTH_NAMES.format(new Date(`${issue}-01T00:00:00Z`));
}

/** The text a reader sees for a Markdown paragraph: links and emphasis unwrapped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One or two whole sentences, short enough for the schema's 300-character summary. */
function summaryFrom(paragraph: string): string {
  const text = plainText(paragraph);
  const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > 280) break;
    summary = (summary + sentence).trim();
  }
  if (summary.length < 20) summary = `${text.slice(0, 270).replace(/\s+\S*$/, '')}…`;
  return summary;
}

/** Every count is spread evenly over the bulletins, so each month looks like the others. */
function shareOf(total: number, bulletins: number, index: number): number {
  return Math.floor(((index + 1) * total) / bulletins) - Math.floor((index * total) / bulletins);
}

interface Context {
  random: Random;
  corpus: Corpus;
  headings: string[];
  areas: Term[];
  audiences: string[];
  /** "date title" of every event written so far. */
  eventTitles: Set<string>;
}

function articleBody(context: Context): string {
  const { random, corpus } = context;
  const blocks: string[] = [];
  for (let i = random.int(1, 4); i > 0; i--) blocks.push(random.pick(corpus.paragraphs));
  if (random.chance(0.3)) blocks.push(random.pick(corpus.lists));
  if (random.chance(0.25)) {
    blocks.push(`### ${random.pick(corpus.subheadings)}`);
    for (let i = random.int(1, 3); i > 0; i--) blocks.push(random.pick(corpus.paragraphs));
  }
  return blocks.join('\n\n');
}

function writeBulletin(context: Context, dir: string, issue: string): { page: GeneratedPage; articles: string[] } {
  const { random, corpus } = context;
  const articles = random.sample(context.headings, random.int(6, 8));
  const letter = random.sample(corpus.paragraphs, random.int(4, 7));
  const body = [
    '## A message from Helen Ellis',
    'Dear colleagues',
    ...letter,
    'With kind regards\n\nHelen Ellis\n\nDirector of Early Years, SEND and Inclusion',
    ...articles.flatMap((heading) => [`## ${heading}`, articleBody(context)]),
  ].join('\n\n');
  const summary = summaryFrom(`This issue covers ${articles.slice(0, 3).join(', ')} and more.`);
  const undated = Array.from({ length: random.int(0, 3) }, () => {
    const paragraph = random.pick(corpus.paragraphs);
    return {
      title: random.pick(context.headings),
      description: summaryFrom(paragraph),
      link: random.chance(0.5) ? { title: `${random.pick(context.headings)} - Local Offer` } : undefined,
    };
  });
  writeFileSync(
    join(dir, 'bulletins', `${issue}.md`),
    markdownFile(
      {
        title: `SEND and Inclusion Update - ${monthName(issue)}`,
        issue,
        summary,
        author: { name: 'Helen Ellis', role: 'Director of Early Years, SEND and Inclusion' },
        undated,
        draft: false,
      },
      body,
    ),
  );
  return {
    page: { path: `/bulletins/${issue}/`, probes: [...articles, plainText(letter[0])] },
    articles,
  };
}

function writeEvent(
  context: Context,
  dir: string,
  issue: string,
  index: number,
  series?: { id: string; session: number },
): GeneratedPage & { id: string; date: string } {
  const { random, corpus } = context;
  const kind = random.pick(EVENT_KINDS);
  const area = random.chance(0.6) ? random.pick(context.areas) : undefined;
  const date = addDays(`${issue}-01`, random.int(3, 100));
  let title = `${kind}${series ? ` ${series.session}` : ''}${area ? `: ${area.label}` : ''}`;
  // Two events with one title on one day read as a duplicate, and the content checks stop the build.
  for (let session = 2; context.eventTitles.has(`${date} ${title}`); session++) {
    title = `${title.replace(/, session \d+$/, '')}, session ${session}`;
  }
  context.eventTitles.add(`${date} ${title}`);
  const id = `${date}-${slugify(title)}-${index}`;
  const timing = random.next();
  const [startTime, endTime] = random.pick(TIMES);
  const online = random.chance(0.35);
  const paragraphs = Array.from({ length: random.int(1, 4) }, () => random.pick(corpus.paragraphs));
  const body = [...paragraphs, ...(random.chance(0.3) ? [random.pick(corpus.lists)] : [])].join('\n\n');
  writeFileSync(
    join(dir, 'events', `${id}.md`),
    markdownFile(
      {
        title: title[0].toUpperCase() + title.slice(1),
        summary: summaryFrom(paragraphs[0]),
        date,
        endDate: timing > 0.95 ? addDays(date, 1) : undefined,
        startTime: timing < 0.5 ? startTime : undefined,
        endTime: timing < 0.45 ? endTime : undefined,
        partOfDay: timing >= 0.5 && timing < 0.7 ? random.pick(PARTS_OF_DAY) : undefined,
        venue: online ? undefined : random.pick(VENUES),
        online,
        booking: random.chance(0.7)
          ? {
              text: 'Book a place',
              link: random.chance(0.5)
                ? { title: `${kind} booking form`, url: random.chance(0.5) ? `https://example.org/book/${index}` : undefined }
                : undefined,
              email: random.chance(0.3) ? 'send.events@example.org' : undefined,
            }
          : undefined,
        series: series?.id,
        areasOfNeed: area ? [area.id] : [],
        audiences: random.sample(context.audiences, random.int(1, 3)),
        bulletin: issue,
        draft: false,
      },
      body,
    ),
  );
  return { id, date, path: `/events/${id}/`, probes: [plainText(paragraphs[0])] };
}

function writeConsultation(
  context: Context,
  dir: string,
  issue: string,
  index: number,
  events: { id: string; date: string }[],
): GeneratedPage {
  const { random, corpus } = context;
  const kind = random.pick(KINDS);
  const topic = random.pick(CONSULTATION_TOPICS);
  const title = {
    consultation: `Consultation on the ${topic}`,
    survey: `${topic} survey`,
    'expression-of-interest': `Expressions of interest: ${topic} workshops`,
    nominations: `Nominations for the ${topic} group`,
  }[kind];
  const id = `${slugify(title)}-${issue}-${index}`;
  // As in the real December bulletin: an expression of interest for workshops ends when they start.
  const recruitsFor = kind === 'expression-of-interest' && events.length > 0 && random.chance(0.5);
  const opens = random.chance(0.3) ? addDays(`${issue}-01`, random.int(0, 10)) : undefined;
  const closes = recruitsFor ? undefined : addDays(`${issue}-01`, random.int(14, 70));
  const paragraphs = Array.from({ length: random.int(2, 5) }, () => random.pick(corpus.paragraphs));
  writeFileSync(
    join(dir, 'consultations', `${id}.md`),
    markdownFile(
      {
        title,
        kind,
        summary: summaryFrom(paragraphs[0]),
        opens,
        closes,
        closesTime: closes && random.chance(0.2) ? '17:00' : undefined,
        respond: [
          { text: 'Share your views', link: { title: `${title} form`, url: random.chance(0.6) ? `https://example.org/have-your-say/${index}` : undefined } },
          ...(random.chance(0.3) ? [{ text: 'Or email your response', email: 'send.consultations@example.org' }] : []),
        ],
        contacts: random.chance(0.7) ? [{ email: 'send.consultations@example.org' }] : [],
        documents: Array.from({ length: random.int(0, 4) }, (_, n) => ({ title: `${topic} document ${n + 1}` })),
        events: recruitsFor ? events.slice(0, random.int(1, events.length)).map((event) => event.id) : [],
        areasOfNeed: random.sample(context.areas, random.int(0, 2)).map((area) => area.id),
        audiences: random.sample(context.audiences, random.int(1, 3)),
        bulletin: issue,
        outcome:
          closes && random.chance(0.2)
            ? { summary: summaryFrom(random.pick(corpus.paragraphs)), published: addDays(closes, 60) }
            : undefined,
        draft: false,
      },
      paragraphs.join('\n\n'),
    ),
  );
  return { path: `/have-your-say/${id}/`, probes: [plainText(paragraphs[0])] };
}

/** Writes the archive and returns the pages it should produce. */
export function generateArchive(options: GenerateOptions): Archive {
  const { outDir, size, sourceContentDir, lastIssue } = options;
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of ['bulletins', 'events', 'consultations']) mkdirSync(join(outDir, folder), { recursive: true });
  // Taxonomies and other site-wide data files (areas of need, audiences, a glossary…) as they are.
  for (const entry of readdirSync(sourceContentDir, { withFileTypes: true })) {
    if (entry.isFile()) copyFileSync(join(sourceContentDir, entry.name), join(outDir, entry.name));
  }
  // "You said, we did" entries name the real bulletins, which a generated archive does not
  // have: keep the real entries' words, pointed at the archive's last issue.
  const feedback = join(sourceContentDir, 'you-said-we-did.yaml');
  if (existsSync(feedback)) {
    writeFileSync(
      join(outDir, 'you-said-we-did.yaml'),
      readFileSync(feedback, 'utf8')
        .replace(/^(\s+date: )"[^"]*"/gm, `$1"${lastIssue}"`)
        .replace(/^(\s+bulletin: )"[^"]*"/gm, `$1"${lastIssue}"`),
    );
  }
  const corpus = readCorpus(sourceContentDir);
  const context: Context = {
    random: seededRandom(options.seed ?? 2026),
    corpus,
    headings: [...new Set([...corpus.articleHeadings, ...MORE_HEADINGS])],
    areas: termsIn(join(sourceContentDir, 'areas-of-need.yaml')),
    audiences: termsIn(join(sourceContentDir, 'audiences.yaml')).map((audience) => audience.id),
    eventTitles: new Set(),
  };
  const archive: Archive = { size, bulletins: [], events: [], consultations: [] };
  let eventIndex = 0;
  let consultationIndex = 0;
  for (let b = 0; b < size.bulletins; b++) {
    const issue = monthsBefore(lastIssue, size.bulletins - 1 - b);
    archive.bulletins.push(writeBulletin(context, outDir, issue).page);
    const eventCount = shareOf(size.events, size.bulletins, b);
    // About one bulletin in three announces a series of workshops, as the December one did.
    const seriesLength = context.random.chance(0.35) ? Math.min(eventCount, context.random.int(3, 7)) : 0;
    const events = [];
    for (let e = 0; e < eventCount; e++) {
      const series = e < seriesLength ? { id: `workshops-${issue}`, session: e + 1 } : undefined;
      events.push(writeEvent(context, outDir, issue, eventIndex++, series));
    }
    archive.events.push(...events);
    for (let c = shareOf(size.consultations, size.bulletins, b); c > 0; c--) {
      archive.consultations.push(writeConsultation(context, outDir, issue, consultationIndex++, events));
    }
  }
  archive.events = archive.events.map(({ path, probes }) => ({ path, probes }));
  return archive;
}
