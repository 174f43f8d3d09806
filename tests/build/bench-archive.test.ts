import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, sizeForYears, type Archive } from '../../tools/bench/generate-archive';
import { pagesUnreadableWithoutJavaScript } from '../../tools/bench/reading-check';
import { ARCHIVE } from '../support/dist';
import { ARCHIVE_BUILD_LOG, ARCHIVE_OPTIONS, LIVE_CONTENT } from '../support/sites';

/*
 * A smoke test of the benchmark's archive generator, on the archive the test run builds
 * (tests/support/build-sites.ts): it must pass the content model and build, so
 * `npm run bench` never measures a build that failed. The benchmark itself is too slow
 * for `npm test`; run it with `npm run bench`.
 */

const SIZE = ARCHIVE_OPTIONS.size;

describe('the benchmark archive generator', () => {
  let archive: Archive;
  let again: string;

  beforeAll(() => {
    // The same options again, into a folder of its own: the generator is deterministic,
    // so this gives the list of pages of the archive that was built.
    again = mkdtempSync(join(tmpdir(), 'bench-archive-'));
    archive = generateArchive({ ...ARCHIVE_OPTIONS, outDir: again });
  });

  it('writes the same archive from the same seed', () => {
    for (const folder of ['bulletins', 'events', 'consultations']) {
      const files = readdirSync(join(ARCHIVE.contentDir, folder));
      expect(readdirSync(join(again, folder)).sort()).toEqual([...files].sort());
      for (const file of files) {
        expect(readFileSync(join(again, folder, file), 'utf8')).toBe(readFileSync(join(ARCHIVE.contentDir, folder, file), 'utf8'));
      }
    }
  });

  it('writes the requested number of entries, one bulletin a month up to the last issue', () => {
    expect(readdirSync(join(ARCHIVE.contentDir, 'bulletins')).sort()).toEqual(['2024-10.md', '2024-11.md', '2024-12.md', '2025-01.md', '2025-02.md', '2025-03.md']);
    expect(readdirSync(join(ARCHIVE.contentDir, 'events'))).toHaveLength(SIZE.events);
    expect(readdirSync(join(ARCHIVE.contentDir, 'consultations'))).toHaveLength(SIZE.consultations);
    expect(archive.bulletins.map((page) => page.path).at(-1)).toBe('/bulletins/2025-03/');
  });

  it('writes content the site builds without an error or a content warning', () => {
    const output = readFileSync(ARCHIVE_BUILD_LOG, 'utf8');
    expect(output).toContain('Complete!');
    expect(output).not.toMatch(/\[ERROR\]|\[WARN\] \[content\]/);
  });

  it('copies every site-wide data file, such as the taxonomies, from the real content', () => {
    const dataFiles = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort();
    expect(dataFiles(ARCHIVE.contentDir)).toEqual(dataFiles(LIVE_CONTENT));
    expect(dataFiles(ARCHIVE.contentDir)).toContain('areas-of-need.yaml');
  });

  it('gives each bulletin about eight articles, as the real ones have', () => {
    for (const file of readdirSync(join(ARCHIVE.contentDir, 'bulletins'))) {
      const articles = readFileSync(join(ARCHIVE.contentDir, 'bulletins', file), 'utf8').match(/^## /gm) ?? [];
      expect(articles.length).toBeGreaterThanOrEqual(7);
      expect(articles.length).toBeLessThanOrEqual(9);
    }
  });

  it('produces every page it lists, each readable without JavaScript', () => {
    const pages = [...archive.bulletins, ...archive.events, ...archive.consultations];
    expect(pages).toHaveLength(SIZE.bulletins + SIZE.events + SIZE.consultations);
    expect(pagesUnreadableWithoutJavaScript(ARCHIVE.root, pages)).toEqual([]);
  });

  it('reports a page whose text is missing from its HTML, and one that was never built', () => {
    const [bulletin] = archive.bulletins;
    const problems = pagesUnreadableWithoutJavaScript(ARCHIVE.root, [
      { path: bulletin.path, probes: ['A sentence this bulletin never contains'] },
      { path: '/bulletins/1999-01/', probes: ['Anything'] },
    ]);
    expect(problems).toEqual([
      { path: bulletin.path, missing: ['A sentence this bulletin never contains'] },
      { path: '/bulletins/1999-01/', missing: ['the page itself'] },
    ]);
  });

  it('never gives two events the same title on the same day, even in a ten-year archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-archive-'));
    const { events } = generateArchive({ outDir: dir, size: sizeForYears(10), sourceContentDir: LIVE_CONTENT, lastIssue: '2026-01' });
    const titledDays = readdirSync(join(dir, 'events')).map((file) => {
      const text = readFileSync(join(dir, 'events', file), 'utf8');
      return `${/^date: (.+)$/m.exec(text)?.[1]} ${/^title: (.+)$/m.exec(text)?.[1]}`;
    });
    expect(titledDays).toHaveLength(events.length);
    expect(new Set(titledDays).size).toBe(titledDays.length);
  });
});
