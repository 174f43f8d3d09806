import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildWithContent } from '../support/build-fixture';

/** Builds take turns (tests/support/build-lock.ts) and share two cores: allow for waiting. */
const BUILD_TIMEOUT = 180_000;

function edit(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('a mistake in a content file stops the build', () => {
  test('a missing field names the file and the field', () => {
    const build = buildWithContent((dir) =>
      edit(dir, 'consultations/inclusive-pathways-framework.md', (text) => text.replace(/^kind: .*\n/m, '')),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain('consultations/inclusive-pathways-framework.md');
    expect(build.output).toMatch(/kind: kind must be one of: consultation, survey, expression-of-interest, nominations/);
  }, BUILD_TIMEOUT);

  test('a wrong value names the file and the field', () => {
    const build = buildWithContent((dir) =>
      edit(dir, 'events/2026-03-19-slcn-oversight-strategic-group-meeting.md', (text) =>
        text.replace(/^date: .*$/m, 'date: 19/03/2026'),
      ),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain('events/2026-03-19-slcn-oversight-strategic-group-meeting.md');
    expect(build.output).toContain('date: Write the date as YYYY-MM-DD, for example 2026-01-21.');
  }, BUILD_TIMEOUT);
});

describe('a cross-reference to a missing entry stops the build', () => {
  test('an event naming a bulletin that does not exist names the file and the field', () => {
    const build = buildWithContent((dir) =>
      edit(dir, 'events/2026-03-19-slcn-oversight-strategic-group-meeting.md', (text) =>
        text.replace(/^bulletin: .*$/m, 'bulletin: "2026-13"'),
      ),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain('events/2026-03-19-slcn-oversight-strategic-group-meeting.md');
    expect(build.output).toContain('bulletin: There is no bulletin called "2026-13"');
  }, BUILD_TIMEOUT);
});
