import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorAssetFor, editorAssets } from '../../src/integrations/web-editor';
import { launchChromium } from '../../tools/serve/chromium';
import { FIXTURE_CONTENT } from '../support/sites';
import { buildWithContent } from '../support/build-fixture';
import { freePort } from '../../tools/serve/free-port';

/*
 * An editor publishes an event through the web editor at /admin/, against decap-server
 * (the local editing server) on a temporary git copy of content/: the event is written
 * with the right frontmatter, London times as typed, and the site builds with it.
 */


const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

let repo = '';
let decap: ChildProcess;
let site: Server;
let browser: Browser;
let page: Page;
let siteUrl = '';
let log = '';
const problems: string[] = [];

describe('the web editor at /admin/', () => {
  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'local-offer-cms-'));
    cpSync(FIXTURE_CONTENT, join(repo, 'content'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
    git(repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'Content');
    const decapPort = await freePort();
    decap = spawn('decap-server', [], {
      env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(decapPort), GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org' },
    });
    decap.stdout?.on('data', (chunk) => (log += chunk));
    decap.stderr?.on('data', (chunk) => (log += chunk));
    const assets = editorAssets(join(repo, 'content'), `http://localhost:${decapPort}/api/v1`);
    site = createHttpServer((request, response) => {
      const asset = editorAssetFor(assets, new URL(request.url ?? '/', 'http://localhost').pathname);
      if (!asset) return response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': asset.type }).end(asset.body());
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const address = site.address();
    siteUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    for (let attempt = 0; attempt < 100 && !log.includes('listening'); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // "Are you sure you want to publish this entry?": yes.
    page.on('dialog', (dialog) => void dialog.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    site?.close();
    decap?.kill();
  });

  it('creates an event with a summer (BST) time, and the file builds', async () => {
    await page.goto(`${siteUrl}/admin/`);
    await page.getByRole('button', { name: /login/i }).click({ timeout: 60_000 });
    await page.goto(`${siteUrl}/admin/#/collections/events/new`);
    const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
    await field('title').fill('Canary drop-in for parent carers qz1');
    await field('summary').fill('A drop-in session where parent carers can ask about SEND support.');
    await field('date').fill('2026-06-16');
    await field('startTime').fill('14:00');
    await field('endTime').fill('15:30');
    await field('venue').fill('Council House');
    await field('bulletin').click();
    await field('bulletin').fill('November');
    await page.getByText('Fixture Update - November 2025', { exact: true }).click();
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Come along with your questions about support in school.');
    await page.getByRole('button', { name: 'Save' }).click();
    // The editorial workflow: saved as a draft change on its own branch, then ready, then published.
    await page.getByRole('button', { name: 'Status: Draft' }).waitFor({ timeout: 60_000 });
    expect(git(repo, 'branch', '--list', 'cms/*').trim()).toBe('cms/events/2026-06-16-canary-drop-in-for-parent-carers-qz1');
    await page.getByRole('button', { name: 'Status: Draft' }).click();
    await page.getByRole('menuitem', { name: 'Ready' }).click();
    await page.getByRole('button', { name: 'Status: Ready' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    const file = join(repo, 'content/events/2026-06-16-canary-drop-in-for-parent-carers-qz1.md');
    for (let attempt = 0; attempt < 100 && !existsSync(file); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 200));
    const text = readFileSync(file, 'utf8');
    const frontmatter = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]) as Record<string, unknown>;
    // A bare date, as in every other file (YAML reads it as a date; the site reads it as typed).
    expect(text).toMatch(/^date: 2026-06-16$/m);
    expect(frontmatter).toMatchObject({
      title: 'Canary drop-in for parent carers qz1',
      // British Summer Time: the time stays as the editor typed it, never moved to UTC.
      startTime: '14:00',
      endTime: '15:30',
      venue: 'Council House',
      bulletin: '2025-11',
    });
    expect(text).toContain('Come along with your questions about support in school.');
    expect(problems.filter((problem) => /Content Security Policy/i.test(problem))).toEqual([]);

    const build = buildWithContent((content) => cpSync(file, join(content, 'events/2026-06-16-canary-drop-in-for-parent-carers-qz1.md')));
    expect(build.ok, build.output).toBe(true);
    const built = readFileSync(join(build.outDir, 'events/2026-06-16-canary-drop-in-for-parent-carers-qz1/index.html'), 'utf8');
    expect(built).toContain('Canary drop-in for parent carers qz1');
    expect(built).toMatch(/2pm to 3:30pm/);
  }, 180_000);
});
