import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';

/*
 * The hostile fixtures (tests/fixtures/hostile/) built as a site, as an attacker or a
 * careless editor would commit them. Several cases share one build where they cannot
 * hide each other; tests/unit/content-source-check.test.ts checks each rule one by one.
 */

const HOSTILE = 'tests/fixtures/hostile';

/** How the build names a file in the fixture: relative to the project, like content/events/x.md. */
function shown(contentDir: string, file: string): string {
  return relative(process.cwd(), join(contentDir, file));
}

describe('an MDX bulletin cannot run code on the build machine', () => {
  let build: FixtureBuild;
  const marker = join(mkdtempSync(join(tmpdir(), 'hostile-marker-')), 'import-ran');
  beforeAll(() => {
    build = buildWithContent(
      (content) => {
        copyFileSync(join(HOSTILE, 'mdx-code.mdx'), join(content, 'bulletins/2026-01.mdx'));
        copyFileSync(join(HOSTILE, '_write-marker.mjs'), join(content, 'bulletins/_write-marker.mjs'));
      },
      { HOSTILE_IMPORT_MARKER: marker },
    );
  });

  it('stops the build naming the file and each line', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`${shown(build.contentDir, 'bulletins/2026-01.mdx')} has something the site does not allow in its text:`);
    expect(build.output).toMatch(/line 9: "import \{ execSync \} from "node:child_process"": bulletins cannot import or export code/);
    expect(build.output).toMatch(/line \d+: <WorkshopTimetabel>, which is not one of the site's components/);
  });

  it('never runs the editor\'s import or expressions', () => {
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(process.cwd(), 'HOSTILE-EXEC-MARKER'))).toBe(false);
  });

  it('leaves nothing behind in the output folder', () => {
    expect(existsSync(build.outDir)).toBe(false);
  });
});
