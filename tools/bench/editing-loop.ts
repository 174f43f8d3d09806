import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../serve/free-port.ts';

/*
 * An editor's loop under `astro dev` (what `npm run dev` runs), on a temporary copy of
 * content/ and a free port: how long until the first page is served, until a saved
 * bulletin shows its change, until a new event file appears in /events/, and until a
 * mistake in a file reaches the terminal and the browser's error overlay.
 */

export interface EditingLoop {
  /** Starting `astro dev` until the home page is first served. */
  devReadySeconds: number;
  /** Saving a changed bulletin until the open page shows the change. */
  savedChangeSeconds: number;
  /** Writing a new event file until the open /events/ page lists it. */
  newEventSeconds: number;
  /** Saving a broken file until the terminal names it. */
  errorInTerminalSeconds: number;
  /** Saving a broken file until the open page shows the error overlay. */
  errorInBrowserSeconds: number;
  /** The error overlay's first line, to show it names the problem. */
  errorShown: string;
}

const TIMEOUT_MS = 60_000;
const SETTLE_MS = 2_000;


async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Editing loop: gave up after ${TIMEOUT_MS / 1000} s waiting for ${what}.`);
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Resolves when the open page's text includes `text`, checking on every frame (the page may reload meanwhile). */
async function pageShows(page: Page, text: string): Promise<void> {
  await until(`the page to show "${text}"`, async () => {
    try {
      return await page.evaluate((wanted) => document.body?.innerText.includes(wanted), text);
    } catch {
      return undefined; // The page was reloading.
    }
  });
}

/**
 * Opens a page as an editor has it open: Vite's client connected, and any reload still
 * on its way from the step before arrived, so it cannot wipe what the next step shows.
 */
async function open(page: Page, url: string): Promise<void> {
  const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: TIMEOUT_MS });
  await page.goto(url);
  await connected;
  await page.waitForTimeout(SETTLE_MS);
}

export async function measureEditingLoop(options: { projectDir: string; sourceContentDir: string; browser: Browser }): Promise<EditingLoop> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-editing-'));
  const contentDir = join(scratch, 'content');
  cpSync(options.sourceContentDir, contentDir, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let terminal = '';
  let server: ChildProcess | undefined;
  const context = await options.browser.newContext();
  try {
    const started = performance.now();
    server = spawn(
      process.execPath,
      [join(options.projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: options.projectDir,
        env: { ...process.env, CONTENT_DIR: contentDir, BUILD_CACHE_DIR: join(scratch, 'cache'), FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (chunk) => (terminal += chunk));
    server.stderr!.on('data', (chunk) => (terminal += chunk));
    const exited = new Promise<never>((_, reject) =>
      server!.once('exit', (code) => reject(new Error(`astro dev stopped (exit ${code}):\n${terminal.slice(-3000)}`))),
    );
    exited.catch(() => undefined);
    const served = async (path: string) => {
      try {
        const response = await fetch(origin + path);
        return response.ok && (await response.text()).includes('<main') ? true : undefined;
      } catch {
        return undefined;
      }
    };
    await Promise.race([until('the first page', () => served('/'), 50), exited]);
    const devReadySeconds = seconds(started);

    const page = await context.newPage();
    // A bulletin: the newest in the copy, changed in its summary, which its page shows.
    const bulletinFile = join(contentDir, 'bulletins', '2026-02.md');
    const bulletin = readFileSync(bulletinFile, 'utf8');
    await open(page, `${origin}/bulletins/2026-02/`);
    const changed = `Bench edit ${Date.now()}.`;
    let since = performance.now();
    writeFileSync(bulletinFile, bulletin.replace(/^summary: >-\n/m, `summary: >-\n  ${changed}\n`));
    await pageShows(page, changed);
    const savedChangeSeconds = seconds(since);

    // A new event: a copy of a listed one under a new name and title.
    await open(page, `${origin}/events/`);
    const eventFile = join(contentDir, 'events', '2026-06-16-attendance-and-inclusion-conference.md');
    const newTitle = `Bench new event ${Date.now()}`;
    since = performance.now();
    writeFileSync(
      join(contentDir, 'events', '2026-06-16-bench-new-event.md'),
      readFileSync(eventFile, 'utf8').replace(/^title: .*$/m, `title: "${newTitle}"`).replace(/^series: .*\n/m, ''),
    );
    await pageShows(page, newTitle);
    const newEventSeconds = seconds(since);

    // A mistake editors make: a colon inside a value, which breaks the YAML.
    await open(page, `${origin}/bulletins/2026-02/`);
    const before = terminal.length;
    since = performance.now();
    writeFileSync(bulletinFile, bulletin.replace(/^title: .*$/m, 'title: Update: February'));
    const inTerminal = until('the error in the terminal', () => (terminal.slice(before).includes('2026-02') ? true : undefined));
    const inBrowser = until('the error overlay', async () => {
      try {
        return await page.evaluate(() => {
          const overlay = document.querySelector('vite-error-overlay');
          if (!overlay) return undefined;
          const texts = [...(overlay.shadowRoot?.querySelectorAll('#message-content, #message, .message, h2') ?? [])].map((node) => node.textContent?.trim());
          return texts.find((text) => text) ?? 'an overlay without text';
        });
      } catch {
        return undefined;
      }
    });
    const [errorInTerminalSeconds, [errorInBrowserSeconds, errorShown]] = await Promise.all([
      inTerminal.then(() => seconds(since)),
      inBrowser.then((text) => [seconds(since), text] as const),
    ]);
    return {
      devReadySeconds,
      savedChangeSeconds,
      newEventSeconds,
      errorInTerminalSeconds,
      errorInBrowserSeconds,
      errorShown: errorShown.split('\n')[0].slice(0, 200),
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\nastro dev printed, at the end:\n${terminal.slice(-2500)}`);
  } finally {
    await context.close();
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}
