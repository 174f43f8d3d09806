import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro writes some of every build's state to the project's own .astro/ folder (the list
 * of content modules to bundle, for one), whatever the content and output folders are.
 * Two fixture builds or a dev server running at once in parallel test files then read
 * each other's content. Holding this lock makes them take turns.
 */
const LOCK = join(process.cwd(), 'node_modules', '.astro-fixture-lock');
/** Longer than any build or dev-server test: a lock this old was left by a killed run. */
const STALE_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Waits for the lock and returns the function that releases it. */
export function acquireBuildLock(): () => void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // Released between the two calls: try again.
    }
    sleep(200);
  }
}

/** Called once before a test run starts, when no build can be running: clears a lock a killed run left. */
export function clearBuildLock(): void {
  rmSync(LOCK, { recursive: true, force: true });
}
