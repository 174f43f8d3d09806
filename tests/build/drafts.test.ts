import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';
import { contentsOf, everyFile } from '../support/output-files';
import { FIXTURE, LIVE } from '../support/dist';
import { TEST_SITE_NOW } from '../support/site-now';
import { LIVE_CONTENT } from '../support/sites';

/*
 * Drafts and scheduled bulletins must not leak into any output: pages, lists, the home
 * page, the sitemap, and whatever else the build writes (feeds, calendars, the search
 * index). The scan reads every file of every type, unzipping gzip files such as
 * Pagefind's fragments, so new outputs are covered without changing this test. The
 * fixture site holds one hidden entry of each kind (tests/fixtures/site/README.md).
 */

/** Each hidden entry of the fixture site: the words to look for (title, and the address made from its file name). */
const HIDDEN = {
  'draft bulletin': ['Fixture draft bulletin', '/bulletins/2025-12'],
  'scheduled bulletin': ['Fixture scheduled bulletin', '/bulletins/2026-02'],
  'draft event': ['Fixture draft event', 'draft-parent-workshop'],
  'event of a scheduled bulletin': ['Fixture scheduled event', '2026-02-24-scheduled-event'],
  'draft consultation': ['Fixture draft consultation', 'draft-consultation'],
  'consultation of a scheduled bulletin': ['Fixture scheduled consultation', 'school-place-planning-survey'],
};
/** A published entry, so the scan is shown to find what is there. */
const PUBLISHED = ['Summer transition fair', '2026-06-10-summer-transition-fair'];



function scanner(outDir: string): (needle: string) => string[] {
  const files = everyFile(outDir).map((path) => ({ path, text: contentsOf(path).toLowerCase() }));
  return (needle) => files.filter((file) => file.text.includes(needle.toLowerCase())).map((file) => file.path.slice(outDir.length));
}

describe('drafts and scheduled bulletins stay out of every output', () => {
  let build: FixtureBuild;
  let filesContaining: (needle: string) => string[];

  beforeAll(() => {
    // Variables that switch import.meta.env.DEV and MODE, as a test runner or CI may set
    // them: a build must still never publish drafts.
    build = buildWithContent(() => {}, { NODE_ENV: 'development', DEV: '1', MODE: 'development' });
    filesContaining = build.ok ? scanner(build.outDir) : () => [];
  });

  it('builds', () => {
    expect(build.ok, build.output).toBe(true);
    expect(TEST_SITE_NOW < '2026-02-02').toBe(true);
  });

  it('ends by listing what it left out and why, so nothing vanishes without a word', () => {
    const shown = (file: string) => relative(process.cwd(), join(build.contentDir, file));
    const listed = build.output.slice(build.output.lastIndexOf('Not published, and why:')).split('\n');
    expect(listed.join('\n')).toMatch(new RegExp(`Scheduled for 2026-02-02: ${shown('bulletins/2026-02.md').replace(/[.]/g, '\\.')}`));
    expect(listed).toContain(`  Draft: ${shown('events/2026-02-20-draft-parent-workshop.md')}, so the published bulletin 2026-01 does not list it`);
    expect(listed).toContain(`  Draft: ${shown('consultations/draft-consultation.md')}, so the published bulletin 2026-01 does not list it`);
  });

  it('the scan finds a published entry in its page, the lists and the sitemap', () => {
    const [title, slug] = PUBLISHED;
    expect(filesContaining(title)).toEqual(expect.arrayContaining([`/events/${slug}/index.html`, '/events/index.html']));
    expect(filesContaining(slug)).toEqual(expect.arrayContaining(['/sitemap-0.xml']));
  });

  it.each(Object.entries(HIDDEN))('no file mentions the %s', (_kind, needles) => {
    for (const needle of needles) expect(filesContaining(needle), needle).toEqual([]);
  });

  it('nor does the shared fixture build', () => {
    const shared = scanner(FIXTURE.root);
    expect(shared(PUBLISHED[0]).length).toBeGreaterThan(0);
    for (const needle of Object.values(HIDDEN).flat()) expect(shared(needle), needle).toEqual([]);
  });
});

describe('the live site', () => {
  const folders = { bulletins: 'bulletins', events: 'events', consultations: 'have-your-say' } as const;
  const hidden = Object.entries(folders).flatMap(([folder, section]) =>
    readdirSync(join(LIVE_CONTENT, folder))
      .filter((file) => /^[^_].*\.mdx?$/.test(file))
      .flatMap((file) => {
        const data = parseYaml(readFileSync(join(LIVE_CONTENT, folder, file), 'utf8').split(/^---$/m)[1]) as { draft?: boolean; published?: string | Date };
        const published = data.published instanceof Date ? data.published.toISOString() : data.published;
        const scheduled = published !== undefined && published > TEST_SITE_NOW;
        return data.draft || scheduled ? [`/${section}/${file.replace(/\.mdx?$/, '')}/`] : [];
      }),
  );

  it('publishes no page for a draft or a bulletin not yet due, nor lists one in the sitemap', () => {
    const sitemap = LIVE.sitemapPaths();
    for (const path of hidden) {
      expect(existsSync(LIVE.file(path)), path).toBe(false);
      expect(sitemap, path).not.toContain(path);
    }
  });
});
