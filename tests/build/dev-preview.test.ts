import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../support/build-lock';
import { TEST_SITE_NOW } from '../support/site-now';
import { FIXTURE_CONTENT } from '../support/sites';

/*
 * Drafts never reach a build, but an editor must be able to preview one with
 * `npm run dev` before publishing it. This starts the dev server on a copy of the
 * fixture site with a draft event in it and asks for the draft's page.
 */

const PORT = 4399;
const DRAFT = 'events/2026-02-10-canary-draft-preview.md';
let server: ChildProcess;
let releaseLock: (() => void) | undefined;
let output = '';

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`The dev server did not start:\n${output}`);
}

describe('npm run dev previews drafts', () => {
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'local-offer-dev-'));
    const contentDir = join(root, 'content');
    cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
    writeFileSync(
      join(contentDir, DRAFT),
      '---\ntitle: Canary draft preview qx8\nsummary: A draft event an editor wants to check before publishing.\ndate: 2026-02-10\nbulletin: "2026-01"\ndraft: true\n---\n\nDraft text.\n',
    );
    // As in an editor's terminal: without the variables the test runner sets for itself
    // (found by experiment: with VITEST=true the dev server answered 404 for the draft).
    const editorEnv = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NODE_ENV'].includes(name)),
    );
    // The dev server writes the project's .astro/ folder like a build does.
    releaseLock = acquireBuildLock();
    server = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      env: { ...editorEnv, SITE_NOW: TEST_SITE_NOW, CONTENT_DIR: contentDir, BUILD_CACHE_DIR: join(root, 'cache'), FORCE_COLOR: '0' },
    });
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    await waitForServer();
  }, 180_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
    }
    releaseLock?.();
  });

  it('shows the draft page and lists it', async () => {
    const page = await fetch(`http://127.0.0.1:${PORT}/events/2026-02-10-canary-draft-preview/`);
    expect(page.status, output).toBe(200);
    expect(await page.text()).toContain('Canary draft preview qx8');
    expect(await (await fetch(`http://127.0.0.1:${PORT}/events/`)).text()).toContain('Canary draft preview qx8');
  });
});
