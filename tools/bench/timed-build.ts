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
  /**
   * Processor seconds (user and system) of the build and every process it started: less
   * disturbed than wall time by other work on the machine. Undefined off Linux.
   */
  cpuSeconds?: number;
  /** Of cpuSeconds, what each program used, such as node and pagefind_extended (Pagefind's search indexer). */
  cpuByProgram?: Record<string, number>;
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

/** Clock ticks per second in /proc/<pid>/stat: 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

interface ProcessSample {
  name: string;
  /** User and system ticks so far. */
  ticks: number;
  residentBytes: number;
}

/** A process and all its descendants right now, from /proc (Linux only). */
function sampleTree(pid: number): Map<number, ProcessSample> {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      stats.set(Number(name), stat);
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = new Map<number, ProcessSample>();
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const stat = stats.get(current);
    if (stat) {
      // Fields after the command name: state is 3rd overall, utime 14th, stime 15th, rss 24th (pages).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      tree.set(current, {
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        ticks: Number(fields[11]) + Number(fields[12]),
        residentBytes: Number(fields[21]) * 4096,
      });
    }
    stack.push(...(children.get(current) ?? []));
  }
  return tree;
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
  // GNU time counts only the processes the build waits for, and Pagefind's node wrapper
  // kills its indexer without waiting, so its CPU time would go missing: every process in
  // the tree is sampled instead, and the last figure seen for each is kept.
  const sampling = existsSync('/proc/self/stat');
  const lastSeen = new Map<number, ProcessSample>();
  let sampledPeak = 0;
  const sample = () => {
    const tree = sampleTree(child.pid!);
    for (const [pid, sampled] of tree) lastSeen.set(pid, sampled);
    sampledPeak = Math.max(sampledPeak, [...tree.values()].reduce((sum, sampled) => sum + sampled.residentBytes, 0));
  };
  const sampler = sampling ? setInterval(sample, 25) : undefined;
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
  const cpuByProgram: Record<string, number> = {};
  for (const sampled of lastSeen.values()) {
    if (sampled.name === 'time') continue;
    cpuByProgram[sampled.name] = (cpuByProgram[sampled.name] ?? 0) + sampled.ticks / TICKS_PER_SECOND;
  }
  const sampledCpu = Object.values(cpuByProgram).reduce((sum, seconds) => sum + seconds, 0);
  // Sampling misses each process's last few milliseconds; GNU time is exact for what it
  // counts. The larger is the nearer to the truth.
  const cpuSeconds = sampling ? Math.max(sampledCpu, useGnuTime ? user + system : 0) : useGnuTime ? user + system : undefined;
  return {
    seconds,
    pages: files.filter((file) => file.endsWith('.html')).length,
    cpuSeconds,
    cpuByProgram: sampling ? cpuByProgram : undefined,
    peakMemory: useGnuTime ? peakKilobytes * 1024 : sampledPeak || undefined,
    memorySource: useGnuTime ? 'largest process, GNU time' : 'process tree, sampled every 25 ms from /proc',
    outputBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    outDir,
  };
}
