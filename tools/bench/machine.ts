import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

/** The machine and software a benchmark ran on, so its figures can be compared fairly. */
export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  astro: string;
  pagefind: string;
  /** Filled in once the browser that measures first visits has started. */
  chromium?: string;
}

function cpuModel(): string {
  if (!existsSync('/proc/cpuinfo')) return 'unknown';
  return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? 'unknown';
}

function packageVersion(root: string, name: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

export function describeMachine(root: string): Machine {
  return {
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    astro: packageVersion(root, 'astro'),
    pagefind: packageVersion(root, 'pagefind'),
  };
}
