import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * Runs one cold `astro build` (fresh cache folder, empty output folder) and records what
 * an editor waits for: wall time, peak memory and what it wrote.
 */

export interface BuildRun {
  /** Seconds from starting `astro build` until it exits. */
  seconds: number;
  /** HTML pages written. */
  pages: number;
  /** Processor seconds (user and system) the build used: less disturbed than wall time by other work on the machine. Undefined without GNU time. */
  cpuSeconds?: number;
  /** Peak resident memory of the build, in bytes; undefined when it could not be measured. */
  peakMemory?: number;
  /** How peak memory was measured. */
  memorySource: string;
  /** Bytes of everything in the output folder. */
  outputBytes: number;
  outDir: string;
}

const GNU_TIME = '/usr/bin/time';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Resident memory of a process and its descendants right now, from /proc (Linux only). */
function treeResidentBytes(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

export async function timedBuild(options: {
  /** The project to build (this repository, or the bare project). */
  projectDir: string;
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
}): Promise<BuildRun> {
  const { projectDir, contentDir, outDir } = options;
  rmSync(outDir, { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const cacheDir = join(scratch, 'cache');
  const timeFile = join(scratch, 'time.txt');
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // GNU time reports the largest single process's peak, exactly; without it, sample the whole tree.
  const useGnuTime = existsSync(GNU_TIME);
  const [command, args] = useGnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, astro, 'build', '--silent']]
    : [process.execPath, [astro, 'build', '--silent']];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: projectDir,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      BUILD_OUT_DIR: outDir,
      BUILD_CACHE_DIR: cacheDir,
      FORCE_COLOR: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let sampledPeak = 0;
  const sampler = useGnuTime
    ? undefined
    : setInterval(() => (sampledPeak = Math.max(sampledPeak, treeResidentBytes(child.pid!))), 100);
  const code: number = await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`astro build failed in ${projectDir} (exit ${code}):\n${output.slice(-4000)}`);
  const files = filesUnder(outDir);
  // GNU time's last line is "maxRSS-kB user-seconds system-seconds".
  const [peakKilobytes, user, system] = useGnuTime
    ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
    : [NaN, NaN, NaN];
  rmSync(scratch, { recursive: true, force: true });
  return {
    seconds,
    pages: files.filter((file) => file.endsWith('.html')).length,
    cpuSeconds: useGnuTime ? user + system : undefined,
    peakMemory: useGnuTime ? peakKilobytes * 1024 : sampledPeak || undefined,
    memorySource: useGnuTime ? 'largest process, GNU time' : 'process tree, sampled every 100 ms from /proc',
    outputBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    outDir,
  };
}
