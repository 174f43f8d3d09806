import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';
import { FIXTURE_CONTENT } from '../support/sites';

/* `npm run new` writes files the build accepts, named as the site expects, into copies of the fixture site. */

function newEntry(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['tools/new-entry.ts', ...args, '--content-dir', contentDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  let build: FixtureBuild;
  const written: Record<string, { ok: boolean; output: string }> = {};

  beforeAll(() => {
    build = buildWithContent((content) => {
      written.bulletin = newEntry(content, 'bulletin', '--issue', '2025-10', '--no-draft',
        '--summary', 'News about the SEND White Paper and the spring term workshops for schools.',
        '--author-name', 'Helen Ellis', '--author-role', 'Director of Early Years, SEND and Inclusion');
      written.event = newEntry(content, 'event', '--title', 'Autism awareness webinar: for parents', '--date', '2026-02-12',
        '--start', '10:00', '--end', '11:30', '--online', '--bulletin', '2025-10', '--no-draft',
        '--summary', 'An online session for parent carers about autism support in Birmingham schools.');
      written.consultation = newEntry(content, 'consultation', '--title', 'Travel assistance policy 2026', '--closes', '2026-02-27',
        '--respond-url', 'https://forms.example.org/travel-assistance', '--email', 'send.consultation@birmingham.gov.uk', '--bulletin', '2025-10', '--no-draft',
        '--summary', 'Tell us what you think of the draft travel assistance policy for children and young people with SEND.');
      written.draft = newEntry(content, 'event', '--title', 'A draft event', '--date', '2026-02-13',
        '--summary', 'An event written as a draft, which must not be published yet.');
    });
  });

  it('writes each file with the name the site expects', () => {
    for (const result of Object.values(written)) expect(result.ok, result.output).toBe(true);
    expect(written.bulletin.output).toContain(join(build.contentDir, 'bulletins/2025-10.md'));
    expect(written.event.output).toContain(join(build.contentDir, 'events/2026-02-12-autism-awareness-webinar-for-parents.md'));
    expect(written.consultation.output).toContain(join(build.contentDir, 'consultations/travel-assistance-policy-2026.md'));
  });

  it('the build accepts them and publishes their pages', () => {
    expect(build.ok, build.output).toBe(true);
    const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
    expect(page('bulletins/2025-10')).toContain('SEND and Inclusion Update - October 2025');
    expect(page('events/2026-02-12-autism-awareness-webinar-for-parents')).toContain('10am to 11:30am');
    expect(page('have-your-say/travel-assistance-policy-2026')).toContain('https://forms.example.org/travel-assistance');
  });

  it('starts files as drafts unless told otherwise', () => {
    expect(readFileSync(join(build.contentDir, 'events/2026-02-13-a-draft-event.md'), 'utf8')).toContain('draft: true');
    expect(existsSync(join(build.outDir, 'events/2026-02-13-a-draft-event'))).toBe(false);
  });
});

describe('npm run new refuses what the build would refuse', () => {
  const contentDir = join(mkdtempSync(join(tmpdir(), 'local-offer-new-')), 'content');
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });

  it('says which answer is wrong and why', () => {
    const result = newEntry(contentDir, 'event', '--title', 'Webinar', '--date', '21/01/2026', '--summary', 'A webinar about SEND support for schools.');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('--date: Write the date as YYYY-MM-DD, for example 2026-01-21.');
  });

  it('lists what is missing when there is nobody to ask', () => {
    const result = newEntry(contentDir, 'consultation');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/--title[\s\S]*--summary[\s\S]*--closes/);
  });

  it('will not overwrite a file', () => {
    const result = newEntry(contentDir, 'bulletin', '--issue', '2025-11', '--summary', 'A second November bulletin, which already exists.', '--author-name', 'A', '--author-role', 'B');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/2025-11\.md already exists/);
  });
});
