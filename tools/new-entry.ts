/**
 * Starts a new bulletin, event or consultation with the right file name and frontmatter:
 *
 *   npm run new -- event
 *   npm run new -- event --title "Autism awareness webinar" --date 2026-04-02 --start 10:00 --end 11:00 \
 *     --summary "An online session for parent carers about ..." --bulletin 2026-03
 *
 * It asks for anything required that is not given as an argument (or stops with a list
 * of what is missing when nobody is there to answer), checks each answer with the same
 * rules as the build, and writes the file as a draft so nothing goes live by accident.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { slug } from 'github-slugger';
import { dump } from 'js-yaml';
import { emailAddress, issueMonth, localDate, localTime, summary, webAddress } from '../src/lib/content-fields.ts';
import { inHouseStyle } from './frontmatter-style.ts';

type Kind = 'bulletin' | 'event' | 'consultation';
const KINDS: Kind[] = ['bulletin', 'event', 'consultation'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    title: { type: 'string' },
    summary: { type: 'string' },
    bulletin: { type: 'string' },
    issue: { type: 'string' },
    'author-name': { type: 'string' },
    'author-role': { type: 'string' },
    date: { type: 'string' },
    start: { type: 'string' },
    end: { type: 'string' },
    venue: { type: 'string' },
    online: { type: 'boolean' },
    kind: { type: 'string' },
    opens: { type: 'string' },
    closes: { type: 'string' },
    'respond-text': { type: 'string' },
    'respond-url': { type: 'string' },
    'respond-link-title': { type: 'string' },
    email: { type: 'string' },
    draft: { type: 'boolean', default: true },
    'content-dir': { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    help: { type: 'boolean', short: 'h' },
  },
});

const HELP = `Starts a new bulletin, event or consultation as a draft, with the right file name.

  npm run new -- bulletin       next month's bulletin
  npm run new -- event          an event a bulletin announces
  npm run new -- consultation   a consultation, survey or request a bulletin announces

In a terminal it asks for each detail. To give them at once instead (quotes around
anything with spaces):

  bulletin      --issue 2026-03 --title "..." --summary "..."
                --author-name "..." --author-role "..."  (leave both out to sign from the council)
  event         --title "..." --summary "..." --date 2026-03-31 --start 14:00 --end 15:30
                --venue "..." or --online, --bulletin 2026-03
  consultation  --title "..." --summary "..." --kind survey --opens 2026-03-02 --closes 2026-03-31
                --respond-text "Complete the survey" --respond-url https://...
                --respond-link-title "Short breaks survey" --email name@birmingham.gov.uk --bulletin 2026-03

  --no-draft      publish at the next build instead of starting as a draft
  --content-dir   where the content folder is (default: content)

Then open the file it names, write the text under the second ---, and preview it with
npm run dev. docs/editing.md explains each field.`;

const kind = positionals[0] as Kind;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (!KINDS.includes(kind)) {
  console.error(`Say what to create.\n\n${HELP}`);
  process.exit(1);
}
const contentDir = values['content-dir'];
const interactive = process.stdin.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const missing: string[] = [];

interface Check {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } };
}

/** An answer from the arguments or the editor, checked with the build's own rule. */
async function ask(
  option: keyof typeof values,
  question: string,
  { check, required = true, fallback }: { check?: Check; required?: boolean; fallback?: string } = {},
): Promise<string | undefined> {
  let answer = values[option] as string | undefined;
  for (;;) {
    if (answer === undefined && prompt) {
      const hint = fallback ? ` [${fallback}]` : required ? '' : ' (press Enter to leave out)';
      answer = (await prompt.question(`${question}${hint}: `)).trim() || fallback;
    }
    answer ??= fallback;
    if (answer === undefined || answer === '') {
      if (required) {
        if (!prompt) {
          missing.push(`--${option} (${question})`);
          return undefined;
        }
        console.log('  This is needed.');
        answer = undefined;
        continue;
      }
      return undefined;
    }
    const result = check?.safeParse(answer);
    if (!result || result.success) return answer;
    const message = result.error.issues[0].message;
    if (!prompt) {
      console.error(`--${option}: ${message}`);
      process.exit(1);
    }
    console.log(`  ${message}`);
    answer = undefined;
  }
}

const bulletinIds = () =>
  existsSync(join(contentDir, 'bulletins'))
    ? readdirSync(join(contentDir, 'bulletins'))
        .filter((name) => /^[^_].*\.mdx?$/.test(name))
        .map((name) => name.replace(/\.mdx?$/, ''))
        .sort()
    : [];

const knownBulletin: Check = {
  safeParse(value) {
    return bulletinIds().includes(String(value))
      ? { success: true, data: value }
      : { success: false, error: { issues: [{ message: `There is no bulletin called "${value}". Choose one of: ${bulletinIds().join(', ')}.` }] } };
  },
};

function nextMonth(): string {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 7);
}

function monthName(issue: string): string {
  return new Date(`${issue}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

async function bulletin() {
  const issue = (await ask('issue', 'Issue month (YYYY-MM)', { check: issueMonth, fallback: nextMonth() }))!;
  const title = await ask('title', 'Title', { fallback: `SEND and Inclusion Update - ${monthName(issue)}` });
  const about = await ask('summary', 'Summary: one or two sentences on what this issue covers (20 to 300 characters)', { check: summary });
  const authorName = await ask('author-name', 'Who signs the opening letter (leave empty to sign it from the council)', { required: false });
  const authorRole = authorName ? await ask('author-role', 'Their job title') : undefined;
  return {
    file: join('bulletins', `${issue}.md`),
    data: { title, issue, summary: about, author: authorName ? { name: authorName, role: authorRole } : undefined, draft: values.draft },
    body: `${authorName ? `## A message from ${authorName}\n\nWrite the opening letter here.\n\n` : ''}## The first article's heading\n\nEach article starts with a heading on a line beginning "## ". The headings make the "In this bulletin" list.\n`,
  };
}

async function event() {
  const title = await ask('title', 'Title: what the event is');
  const about = await ask('summary', 'Summary: one or two sentences (20 to 300 characters)', { check: summary });
  const date = await ask('date', 'Date (YYYY-MM-DD)', { check: localDate });
  const startTime = await ask('start', 'Start time (HH:MM, 24-hour clock)', { check: localTime, required: false });
  const endTime = startTime ? await ask('end', 'End time (HH:MM, 24-hour clock)', { check: localTime, required: false }) : undefined;
  const online = values.online ?? (prompt ? /^y/i.test(await prompt.question('Is it online? (y/N): ')) : false);
  const venue = online ? undefined : await ask('venue', 'Venue, as the bulletin names it', { required: false });
  const announcedIn = await ask('bulletin', 'The bulletin that announces it', { check: knownBulletin, fallback: bulletinIds().at(-1) });
  return {
    file: join('events', `${date}-${slug(title ?? '')}.md`),
    data: { title, summary: about, date, startTime, endTime, venue, online: online || undefined, bulletin: announcedIn, draft: values.draft },
    body: 'Describe the event in the words of the bulletin: who it is for, what happens and how to book.\n',
  };
}

async function consultation() {
  const title = await ask('title', 'Title: what people are asked about');
  const about = await ask('summary', 'Summary: one or two sentences (20 to 300 characters)', { check: summary });
  const kindOf = await ask('kind', 'Kind (consultation, survey, expression-of-interest or nominations)', {
    fallback: 'consultation',
    check: {
      safeParse: (value) =>
        ['consultation', 'survey', 'expression-of-interest', 'nominations'].includes(String(value))
          ? { success: true, data: value }
          : { success: false, error: { issues: [{ message: 'Use consultation, survey, expression-of-interest or nominations.' }] } },
    },
  });
  const opens = await ask('opens', 'Opens (YYYY-MM-DD)', { check: localDate, required: false });
  const closes = await ask('closes', 'Closes: the last day to respond (YYYY-MM-DD)', { check: localDate });
  const respondText = await ask('respond-text', 'How to respond, in words', { fallback: 'Share your views' });
  const respondUrl = await ask('respond-url', 'The web address of the form or page (https://...)', { check: webAddress, required: false });
  // The name of what the link opens, as the bulletin gives it: the page shows "text: name".
  const respondLinkTitle = respondUrl ? await ask('respond-link-title', 'The name of the form or page, as the bulletin gives it') : undefined;
  const email = await ask('email', 'Email address for questions', { check: emailAddress, required: false });
  const announcedIn = await ask('bulletin', 'The bulletin that announces it', { check: knownBulletin, fallback: bulletinIds().at(-1) });
  return {
    file: join('consultations', `${slug(title ?? '')}.md`),
    data: {
      title,
      kind: kindOf,
      summary: about,
      opens,
      closes,
      respond: [{ text: respondText, link: respondUrl ? { title: respondLinkTitle, url: respondUrl } : undefined }],
      contacts: email ? [{ email }] : undefined,
      bulletin: announcedIn,
      draft: values.draft,
    },
    body: 'Say what the consultation is about and why responses matter, in the words of the bulletin.\n',
  };
}

const entry = await { bulletin, event, consultation }[kind]();
prompt?.close();
if (missing.length > 0) {
  console.error(`Give these as arguments, or run this in a terminal to be asked for them:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const path = join(contentDir, entry.file);
if (existsSync(path)) {
  console.error(`${path} already exists. Edit that file, or choose another title or date.`);
  process.exit(1);
}
mkdirSync(join(path, '..'), { recursive: true });
// JSON round trip drops the fields left out, so the file holds only what was given.
const frontmatter = inHouseStyle(dump(JSON.parse(JSON.stringify(entry.data)), { lineWidth: 100, quotingType: '"' }));
writeFileSync(path, `---\n${frontmatter}---\n\n${entry.body}`);
console.log(`Wrote ${path}`);
console.log(
  values.draft
    ? 'It is a draft: preview it with npm run dev, then change draft: true to draft: false to publish it.'
    : 'It will be published at the next build.',
);
