import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, type FixtureBuild } from '../support/build-fixture';
import { FIXTURE_CONTENT } from '../support/sites';

/* `npm run new` writes files the build accepts, named as the site expects. */

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
      // Nobody named to sign it: the page is then from the council.
      written.bulletin = newEntry(content, 'bulletin', '--issue', '2025-10', '--no-draft',
        '--summary', 'News about the SEND White Paper and the spring term workshops for schools.');
      written.event = newEntry(content, 'event', '--title', 'Autism awareness webinar: for parents', '--date', '2026-02-12',
        '--start', '10:00', '--end', '11:30', '--online', '--bulletin', '2025-10', '--no-draft',
        '--summary', 'An online session for parent carers about autism support in Birmingham schools.');
      written.consultation = newEntry(content, 'consultation', '--title', 'Short breaks statement 2026', '--closes', '2026-02-27',
        '--respond-url', 'https://forms.example.org/short-breaks', '--respond-link-title', 'Short breaks statement survey', '--email', 'send.consultation@birmingham.gov.uk', '--bulletin', '2025-10', '--no-draft',
        '--summary', 'Tell us what you think of the draft short breaks statement for families of disabled children.');
      written.draft = newEntry(content, 'event', '--title', 'A draft event', '--date', '2026-02-13',
        '--summary', 'An event written as a draft, which must not be published yet.');
    });
  });

  it('writes each file with the name the site expects', () => {
    for (const result of Object.values(written)) expect(result.ok, result.output).toBe(true);
    expect(written.bulletin.output).toContain(join(build.contentDir, 'bulletins/2025-10.md'));
    expect(written.event.output).toContain(join(build.contentDir, 'events/2026-02-12-autism-awareness-webinar-for-parents.md'));
    expect(written.consultation.output).toContain(join(build.contentDir, 'consultations/short-breaks-statement-2026.md'));
  });

  it('the build accepts them and publishes their pages', () => {
    expect(build.ok, build.output).toBe(true);
    const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
    expect(page('bulletins/2025-10')).toContain('SEND and Inclusion Update - October 2025');
    expect(page('bulletins/2025-10')).toMatch(/issue, from Birmingham City Council\s*<\/p>/);
    expect(page('events/2026-02-12-autism-awareness-webinar-for-parents')).toContain('10am to 11:30am');
    const consultation = page('have-your-say/short-breaks-statement-2026');
    expect(consultation).toContain('Share your views: <a href="https://forms.example.org/short-breaks">Short breaks statement survey</a>');
    expect(consultation).not.toContain('Share your views: <a href="https://forms.example.org/short-breaks">Share your views');
  });

  it('writes dates, months and times bare, as the guide, the web editor and the existing files do', () => {
    const file = readFileSync(join(build.contentDir, 'events/2026-02-12-autism-awareness-webinar-for-parents.md'), 'utf8');
    expect(file).toMatch(/^date: 2026-02-12$/m);
    expect(file).toMatch(/^startTime: 10:00$/m);
    expect(file).toMatch(/^bulletin: 2025-10$/m);
    expect(file).toMatch(/^title: "Autism awareness webinar: for parents"$/m);
    expect(readFileSync(join(build.contentDir, 'bulletins/2025-10.md'), 'utf8')).toMatch(/^issue: 2025-10$/m);
  });

  it('starts files as drafts unless told otherwise', () => {
    expect(readFileSync(join(build.contentDir, 'events/2026-02-13-a-draft-event.md'), 'utf8')).toContain('draft: true');
    expect(existsSync(join(build.outDir, 'events/2026-02-13-a-draft-event'))).toBe(false);
  });
});

describe('npm run new -- --help', () => {
  it('explains the three kinds and their options', () => {
    const result = spawnSync(process.execPath, ['tools/new-entry.ts', '--help'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('npm run new -- event');
    expect(result.stdout).toContain('--respond-link-title');
    expect(result.stderr).toBe('');
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
    const result = newEntry(contentDir, 'bulletin', '--issue', '2026-02', '--summary', 'A second February bulletin, which already exists.', '--author-name', 'A', '--author-role', 'B');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/2026-02\.md already exists/);
  });
});
