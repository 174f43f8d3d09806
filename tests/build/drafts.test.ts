import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';
import { TEST_SITE_NOW } from '../support/site-now';

/*
 * Drafts and scheduled bulletins must not leak into any output: pages, lists, the home
 * page, the sitemap, and whatever else the build writes (feeds, calendars, the search
 * index). The scan reads every file of every type, unzipping gzip files such as
 * Pagefind's fragments, so new outputs are covered without changing this test.
 */

const BULLETIN_BODY = '## Canary article\n\nThe canary text of this entry.\n';
const AUTHOR = 'author:\n  name: Canary Author\n  role: Canary role\n';

function write(contentDir: string, file: string, frontmatter: string, body = 'The canary text of this entry.\n'): void {
  writeFileSync(join(contentDir, file), `---\n${frontmatter}---\n\n${body}`);
}

function event(title: string, date: string, bulletin: string, draft: boolean): string {
  return `title: ${title}\nsummary: A canary event used to prove drafts stay out of the site.\ndate: ${date}\nbulletin: "${bulletin}"\ndraft: ${draft}\n`;
}

function consultation(title: string, bulletin: string, draft: boolean): string {
  return `title: ${title}\nkind: survey\nsummary: A canary survey used to prove drafts stay out of the site.\ncloses: 2026-03-31\nrespond:\n  - text: Respond\nbulletin: "${bulletin}"\ndraft: ${draft}\n`;
}

/** Each hidden entry: the words to look for (title, and the address made from its file name). */
const HIDDEN = {
  'draft bulletin': ['Canary draft bulletin qx1', '/bulletins/2026-01'],
  'scheduled bulletin': ['Canary scheduled bulletin qx2', '/bulletins/2026-03'],
  'draft event': ['Canary draft event qx3', 'canary-draft-event'],
  'event of a scheduled bulletin': ['Canary scheduled event qx4', 'canary-scheduled-event'],
  'draft consultation': ['Canary draft consultation qx5', 'canary-draft-consultation'],
  'consultation of a scheduled bulletin': ['Canary scheduled consultation qx6', 'canary-scheduled-consultation'],
};
/** A published entry written the same way, so the scan is shown to find what is there. */
const PUBLISHED = ['Canary published event qx7', 'canary-published-event'];

function everyFile(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A file's text as a reader or a machine would get it: gzip files are unzipped first. */
function contentsOf(file: string): string {
  const bytes = readFileSync(file);
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (isGzip ? gunzipSync(bytes) : bytes).toString('utf8').toLowerCase();
}

describe('drafts and scheduled bulletins stay out of every output', () => {
  let build: FixtureBuild;
  let files: { path: string; text: string }[];
  const filesContaining = (needle: string) =>
    files.filter((file) => file.text.includes(needle.toLowerCase())).map((file) => file.path.slice(build.outDir.length));

  beforeAll(() => {
    build = buildWithContent((content) => {
      write(content, 'bulletins/2026-01.md', `title: Canary draft bulletin qx1\nissue: "2026-01"\nsummary: A canary bulletin used to prove drafts stay out.\n${AUTHOR}draft: true\n`, BULLETIN_BODY);
      // Published on 25 February, after the test build's "now" of 15 January.
      write(content, 'bulletins/2026-03.md', `title: Canary scheduled bulletin qx2\nissue: "2026-03"\npublished: 2026-02-25\nsummary: A canary bulletin used to prove scheduling works.\n${AUTHOR}`, BULLETIN_BODY);
      write(content, 'events/2026-02-10-canary-draft-event.md', event('Canary draft event qx3', '2026-02-10', '2026-02', true));
      write(content, 'events/2026-03-05-canary-scheduled-event.md', event('Canary scheduled event qx4', '2026-03-05', '2026-03', false));
      write(content, 'consultations/canary-draft-consultation.md', consultation('Canary draft consultation qx5', '2026-02', true));
      write(content, 'consultations/canary-scheduled-consultation.md', consultation('Canary scheduled consultation qx6', '2026-03', false));
      // Curly quotes from Word around the title: decoration, not part of it.
      write(content, 'events/2026-02-11-canary-published-event.md', event('“Canary published event qx7”', '2026-02-11', '2026-02', false));
      // Variables that switch import.meta.env.DEV and MODE, as a test runner or CI may set
      // them: a build must still never publish drafts.
    }, { NODE_ENV: 'development', DEV: '1', MODE: 'development' });
    files = build.ok ? everyFile(build.outDir).map((path) => ({ path, text: contentsOf(path) })) : [];
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect(TEST_SITE_NOW < '2026-02-25').toBe(true);
  });

  it('ends by listing what it left out and why, so nothing vanishes without a word', () => {
    const shown = (file: string) => relative(process.cwd(), join(build.contentDir, file));
    const listed = build.output.slice(build.output.lastIndexOf('Not published, and why:')).split('\n');
    expect(listed).toContain(`  Draft: ${shown('bulletins/2026-01.md')}`);
    expect(listed).toContain(`  Scheduled for 2026-02-25: ${shown('bulletins/2026-03.md')} and 2 entries it announces`);
    expect(listed).toContain(`  Draft: ${shown('events/2026-02-10-canary-draft-event.md')}, so the published bulletin 2026-02 does not list it`);
    expect(listed).toContain(`  Draft: ${shown('consultations/canary-draft-consultation.md')}, so the published bulletin 2026-02 does not list it`);
    expect(build.output).not.toContain('canary-published-event.md,');
  });

  it('the scan finds a published entry in its page, the lists and the sitemap', () => {
    const [title, slug] = PUBLISHED;
    expect(filesContaining(title)).toEqual(expect.arrayContaining(['/events/2026-02-11-canary-published-event/index.html', '/events/index.html']));
    expect(filesContaining(slug)).toEqual(expect.arrayContaining(['/sitemap-0.xml']));
    expect(filesContaining(`“${title}`)).toEqual([]);
    expect(filesContaining(`${title}”`)).toEqual([]);
  });

  it.each(Object.entries(HIDDEN))('no file mentions the %s', (_kind, needles) => {
    for (const needle of needles) expect(filesContaining(needle), needle).toEqual([]);
  });
});
