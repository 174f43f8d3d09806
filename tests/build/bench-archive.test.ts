import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, sizeForYears, type Archive } from '../../tools/bench/generate-archive';
import { pagesUnreadableWithoutJavaScript } from '../../tools/bench/reading-check';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';

/*
 * A smoke test of the benchmark's archive generator: a tiny archive must pass the
 * content model and build, so `npm run bench` never measures a build that failed.
 * The benchmark itself is too slow for `npm test`; run it with `npm run bench`.
 */

const SIZE = { bulletins: 2, events: 5, consultations: 3 };

describe('the benchmark archive generator', () => {
  let archive: Archive;
  let build: FixtureBuild;

  beforeAll(() => {
    build = buildWithContent((contentDir) => {
      archive = generateArchive({ outDir: contentDir, size: SIZE, sourceContentDir: 'content', lastIssue: '2026-01' });
    });
  });

  it('writes the requested number of entries, newest bulletin last', () => {
    expect(readdirSync(join(build.contentDir, 'bulletins')).sort()).toEqual(['2025-12.md', '2026-01.md']);
    expect(readdirSync(join(build.contentDir, 'events'))).toHaveLength(SIZE.events);
    expect(readdirSync(join(build.contentDir, 'consultations'))).toHaveLength(SIZE.consultations);
    expect(archive.bulletins.map((page) => page.path)).toEqual(['/bulletins/2025-12/', '/bulletins/2026-01/']);
  });

  it('writes content the site builds without an error or a content warning', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).not.toMatch(/\[ERROR\]|\[WARN\] \[content\]/);
  });

  it('copies every site-wide data file, such as the taxonomies, from the real content', () => {
    const dataFiles = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort();
    expect(dataFiles(build.contentDir)).toEqual(dataFiles('content'));
    expect(dataFiles(build.contentDir)).toContain('areas-of-need.yaml');
  });

  it('gives each bulletin about eight articles, as the real ones have', () => {
    for (const file of readdirSync(join(build.contentDir, 'bulletins'))) {
      const articles = readFileSync(join(build.contentDir, 'bulletins', file), 'utf8').match(/^## /gm) ?? [];
      expect(articles.length).toBeGreaterThanOrEqual(7);
      expect(articles.length).toBeLessThanOrEqual(9);
    }
  });

  it('produces every page it lists, each readable without JavaScript', () => {
    const pages = [...archive.bulletins, ...archive.events, ...archive.consultations];
    expect(pages).toHaveLength(SIZE.bulletins + SIZE.events + SIZE.consultations);
    expect(pagesUnreadableWithoutJavaScript(build.outDir, pages)).toEqual([]);
  });

  it('reports a page whose text is missing from its HTML, and one that was never built', () => {
    const [bulletin] = archive.bulletins;
    const problems = pagesUnreadableWithoutJavaScript(build.outDir, [
      { path: bulletin.path, probes: ['A sentence this bulletin never contains'] },
      { path: '/bulletins/1999-01/', probes: ['Anything'] },
    ]);
    expect(problems).toEqual([
      { path: bulletin.path, missing: ['A sentence this bulletin never contains'] },
      { path: '/bulletins/1999-01/', missing: ['the page itself'] },
    ]);
  });

  it('writes the same archive from the same seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'bench-archive-'));
    generateArchive({ outDir: again, size: SIZE, sourceContentDir: 'content', lastIssue: '2026-01' });
    for (const folder of ['bulletins', 'events', 'consultations']) {
      for (const file of readdirSync(join(build.contentDir, folder))) {
        expect(readFileSync(join(again, folder, file), 'utf8')).toBe(readFileSync(join(build.contentDir, folder, file), 'utf8'));
      }
    }
  });

  it('never gives two events the same title on the same day, even in a ten-year archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-archive-'));
    const { events } = generateArchive({ outDir: dir, size: sizeForYears(10), sourceContentDir: 'content', lastIssue: '2026-01' });
    const titledDays = readdirSync(join(dir, 'events')).map((file) => {
      const text = readFileSync(join(dir, 'events', file), 'utf8');
      return `${/^date: (.+)$/m.exec(text)?.[1]} ${/^title: (.+)$/m.exec(text)?.[1]}`;
    });
    expect(titledDays).toHaveLength(events.length);
    expect(new Set(titledDays).size).toBe(titledDays.length);
  });
});
