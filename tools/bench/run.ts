import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareProject } from './bare-project.ts';
import { BUDGETS, comparableSeconds, judge, judgeEditingLoop, KB, marginalPerPage, perPageSeconds, type BenchResults, type ScaleRun, type Verdict } from './budgets.ts';
import { launchChromium } from '../serve/chromium.ts';
import { measureEditingLoop, type EditingLoop } from './editing-loop.ts';
import { measureFirstSearch, measureFirstVisit, textWithoutJavaScript, type Visit } from './first-visit.ts';
import { generateArchive, sizeForYears, type Archive, type ArchiveSize } from './generate-archive.ts';
import { checkImages } from './image-check.ts';
import { describeMachine } from './machine.ts';
import { CONTENT_PAGE_TYPES, pageTypeStats, sitePaths, type PageTypeName } from './page-types.ts';
import { comparable, pagesUnreadableWithoutJavaScript } from './reading-check.ts';
import { searchParts } from './search-bytes.ts';
import { serveStatic } from '../serve/static-server.ts';
import { timedBuild, type BuildRun } from './timed-build.ts';

/*
 * `npm run bench`: builds a synthetic archive of one, five and ten years with this
 * site, and the ten-year one with a bare Astro project, then measures what a phone
 * downloads and checks every budget. See docs/performance.md.
 */

const HELP = `Usage: npm run bench -- [options]

  --years N          size of the main archive in years of bulletins (default 10; env BENCH_YEARS)
  --bulletins N      override the number of bulletins in the main archive (env BENCH_BULLETINS)
  --events N         override the number of events (env BENCH_EVENTS)
  --consultations N  override the number of consultations (env BENCH_CONSULTATIONS)
  --scales A,B,C     archive sizes in years for the growth check (default: a tenth, half and all of --years; env BENCH_SCALES)
  --repeat N         build each size N times and keep the fastest (default 3; env BENCH_REPEAT)
  --no-bare          skip the bare Astro comparisons
  --editing          measure only the editing loop under \`astro dev\` (what \`npm run dev\` runs) and judge its budgets
  --query WORD       what the first search types (default "consultation"; env BENCH_QUERY)
  --work-dir DIR     where archives and builds go (default .bench; env BENCH_DIR)
`;

/** Every build sees the same "now": the newest generated bulletin is this month's. */
const BENCH_NOW = '2026-01-15T12:00:00Z';
const LAST_ISSUE = '2026-01';

const root = resolve(import.meta.dirname, '..', '..');

function options() {
  const { values } = parseArgs({
    options: {
      years: { type: 'string', default: process.env.BENCH_YEARS ?? '10' },
      bulletins: { type: 'string', default: process.env.BENCH_BULLETINS },
      events: { type: 'string', default: process.env.BENCH_EVENTS },
      consultations: { type: 'string', default: process.env.BENCH_CONSULTATIONS },
      scales: { type: 'string', default: process.env.BENCH_SCALES },
      repeat: { type: 'string', default: process.env.BENCH_REPEAT ?? '3' },
      'no-bare': { type: 'boolean', default: false },
      editing: { type: 'boolean', default: false },
      query: { type: 'string', default: process.env.BENCH_QUERY ?? 'consultation' },
      'work-dir': { type: 'string', default: process.env.BENCH_DIR ?? '.bench' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const number = (name: string, text: string | undefined) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}".\n\n${HELP}`);
    return value;
  };
  const years = number('years', values.years);
  const byYears = sizeForYears(years);
  const size: ArchiveSize = {
    bulletins: values.bulletins ? number('bulletins', values.bulletins) : byYears.bulletins,
    events: values.events ? number('events', values.events) : byYears.events,
    consultations: values.consultations ? number('consultations', values.consultations) : byYears.consultations,
  };
  const scales = (values.scales ? values.scales.split(',').map((scale) => number('scales', scale)) : [years / 10, years / 2, years])
    .filter((scale) => scale <= years)
    .concat(years)
    .filter((scale, index, all) => all.indexOf(scale) === index)
    .sort((a, b) => a - b);
  return {
    years,
    size,
    scales,
    repeat: number('repeat', values.repeat),
    bare: !values['no-bare'],
    editing: values.editing,
    query: values.query,
    workDir: resolve(root, values['work-dir']),
  };
}

function scaled(size: ArchiveSize, fraction: number): ArchiveSize {
  return {
    bulletins: Math.max(1, Math.round(size.bulletins * fraction)),
    events: Math.round(size.events * fraction),
    consultations: Math.round(size.consultations * fraction),
  };
}

const yearsLabel = (years: number) => `${Number(years.toFixed(2))} year${years === 1 ? '' : 's'}`;
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const pad = (text: string | number, width: number) => String(text).padStart(width);

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');
}

/** CPU seconds of Pagefind's indexer, a program of its own that the build starts. */
function searchIndexing(build: BuildRun): number | undefined {
  const seconds = Object.entries(build.cpuByProgram ?? {})
    .filter(([name]) => name.startsWith('pagefind'))
    .reduce((sum, [, cpu]) => sum + cpu, 0);
  return seconds > 0 ? seconds : undefined;
}

function cpuNote(build: BuildRun): string {
  if (build.cpuSeconds === undefined) return '';
  if (!build.cpuByProgram) return " (CPU from GNU time, without /proc: Pagefind's indexer is not counted)";
  const indexing = searchIndexing(build);
  return indexing ? ` (of the CPU, ${indexing.toFixed(1)} s was Pagefind's indexer)` : '';
}

function printBuild(label: string, size: ArchiveSize, build: BuildRun, runs: BuildRun[]): void {
  const others =
    runs.length > 1
      ? ` (runs: ${runs.map((run) => `${run.seconds.toFixed(1)} s${run.cpuSeconds === undefined ? '' : ` / ${run.cpuSeconds.toFixed(1)} CPU s`}`).join(', ')})`
      : '';
  console.log(
    `  ${label.padEnd(22)} ${size.bulletins} bulletins, ${size.events} events, ${size.consultations} consultations: ` +
      `${build.pages} pages in ${build.seconds.toFixed(1)} s${others}${build.cpuSeconds ? `, at best ${build.cpuSeconds.toFixed(1)} CPU s` : ''} = ${(build.pages / build.seconds).toFixed(0)} pages/s, ` +
      `${(perPageSeconds(build) * 1000).toFixed(1)} ms/page${cpuNote(build)}, peak memory ${build.peakMemory ? mb(build.peakMemory) : 'not measured'} (${build.memorySource}), output ${mb(build.outputBytes)}`,
  );
}

function folderBytes(dir: string): { bytes: number; files: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0), files: files.length };
}

function printVisits(visits: Partial<Record<PageTypeName, Visit>>): void {
  const columns = ['HTML', 'CSS', 'JS', 'fonts', 'images', 'other', 'total', 'brotli'];
  console.log(`  ${'page type'.padEnd(20)}${columns.map((column) => pad(column, 8)).join('')}  blocking  CLS    page measured`);
  for (const [type, visit] of Object.entries(visits) as [PageTypeName, Visit][]) {
    const cells = [
      visit.byCategory.html.gzip,
      visit.byCategory.css.gzip,
      visit.byCategory.js.gzip,
      visit.byCategory.font.gzip,
      visit.byCategory.image.gzip,
      visit.byCategory.other.gzip + visit.byCategory['search index'].gzip,
      visit.total.gzip,
      visit.total.brotli,
    ];
    console.log(
      `  ${type.padEnd(20)}${cells.map((cell) => pad(kb(cell), 8)).join('')}  ${pad(visit.renderBlocking.length, 8)}  ${visit.layoutShift.toFixed(3)}  ${visit.path}`,
    );
  }
  const inline = (Object.entries(visits) as [PageTypeName, Visit][]).filter(([, visit]) => visit.inlineScript.raw + visit.inlineStyle.raw > 0);
  for (const [type, visit] of inline) {
    console.log(`  (${type}: HTML includes ${kb(visit.inlineScript.gzip)} KB inline script and ${kb(visit.inlineStyle.gzip)} KB inline style, gzip)`);
  }
}

/** `--editing`: the editor's loop under `astro dev`, judged on its own. */
async function editingOnly(settings: ReturnType<typeof options>, machine: ReturnType<typeof describeMachine>): Promise<void> {
  console.log('Benchmark: the editing loop under `astro dev` on a temporary copy of content/\n');
  console.log(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}); Node ${machine.node}, Astro ${machine.astro}`);
  console.log(`  Load average before: ${loadAverage()} on ${machine.cpus} CPUs`);
  const browser = await launchChromium();
  let loop: EditingLoop;
  try {
    loop = await measureEditingLoop({ projectDir: root, sourceContentDir: join(root, 'content'), browser });
  } finally {
    await browser.close();
  }
  console.log(`  Load average after: ${loadAverage()}`);
  console.log(`  Dev server to the first page served: ${loop.devReadySeconds.toFixed(2)} s`);
  console.log(`  A saved bulletin to its page showing the change: ${loop.savedChangeSeconds.toFixed(2)} s`);
  console.log(`  A new event file to /events/ listing it: ${loop.newEventSeconds.toFixed(2)} s`);
  console.log(`  A mistake in a file to the terminal naming it: ${loop.errorInTerminalSeconds.toFixed(2)} s`);
  console.log(`  A mistake in a file to the browser's error overlay: ${loop.errorInBrowserSeconds.toFixed(2)} s ("${loop.errorShown}")`);
  report(judgeEditingLoop(loop), settings, machine, { editing: loop }, loadavg()[0] > machine.cpus / 2);
}

/** Prints the verdicts, writes every figure to results.json and sets the exit code. */
function report(verdicts: Verdict[], settings: ReturnType<typeof options>, machine: ReturnType<typeof describeMachine>, results: object, busy: boolean): void {
  console.log('\nBudgets');
  for (const { status, budget, detail } of verdicts) console.log(`  ${status}  ${budget}: ${detail}`);
  const failed = verdicts.filter((item) => item.status === 'FAIL').length;
  const skipped = verdicts.filter((item) => item.status === 'SKIP').length;
  console.log(`\n${verdicts.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped.`);
  if (busy) console.log('The machine was busy: judge the times again on a quiet machine.');
  const resultsFile = join(settings.workDir, settings.editing ? 'editing-results.json' : 'results.json');
  writeFileSync(resultsFile, JSON.stringify({ machine, settings, budgets: BUDGETS, results, verdicts }, null, 2));
  console.log(`Every figure is in ${resultsFile}.`);
  process.exitCode = failed > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const settings = options();
  const machine = describeMachine(root);
  mkdirSync(settings.workDir, { recursive: true });
  if (settings.editing) return editingOnly(settings, machine);
  console.log('Benchmark: a synthetic archive built with this site and with bare Astro\n');
  console.log(
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.os}; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}`,
  );
  console.log(`Sizes are compressed bytes: gzip level 6 (budgets are judged on it) and brotli quality 11. 1 KB = 1,024 bytes.\n`);

  console.log(`Builds (cold: empty cache and output folders; one at a time, ${settings.repeat} round(s), fastest kept)`);
  console.log(`  Load average before: ${loadAverage()} on ${machine.cpus} CPUs`);
  const busy = loadavg()[0] > machine.cpus / 2;
  if (busy) console.log('  Warning: the machine is busy with other work, so build times will be longer than on a quiet machine.');
  const jobs: { label: string; size: ArchiveSize; projectDir: string; contentDir: string; outDir: string; runs: BuildRun[] }[] = [];
  let largestArchive: Archive | undefined;
  for (const years of settings.scales) {
    const size = scaled(settings.size, years / settings.years);
    const contentDir = join(settings.workDir, `archive-${years}y`);
    largestArchive = generateArchive({ outDir: contentDir, size, sourceContentDir: join(root, 'content'), lastIssue: LAST_ISSUE });
    jobs.push({ label: `this site, ${yearsLabel(years)}`, size, projectDir: root, contentDir, outDir: join(settings.workDir, `dist-${years}y`), runs: [] });
  }
  const largestJob = jobs.at(-1)!;
  const bareDir = settings.bare ? writeBareProject(mkdtempSync(join(tmpdir(), 'bare-astro-')), join(root, 'node_modules')) : undefined;
  const searchableBareDir = settings.bare
    ? writeBareProject(mkdtempSync(join(tmpdir(), 'bare-astro-search-')), join(root, 'node_modules'), { search: true })
    : undefined;
  if (bareDir && searchableBareDir) {
    jobs.push({ ...largestJob, label: `bare Astro + search, ${yearsLabel(settings.years)}`, projectDir: searchableBareDir, outDir: join(settings.workDir, 'dist-bare-search'), runs: [] });
    jobs.push({ ...largestJob, label: `bare Astro, ${yearsLabel(settings.years)}`, projectDir: bareDir, outDir: join(settings.workDir, 'dist-bare'), runs: [] });
  }
  // Rounds rather than repeats back to back, so a burst of other work on the machine
  // slows one run of each build instead of every run of one.
  for (let round = 0; round < settings.repeat; round++) {
    for (const job of jobs) {
      job.runs.push(await timedBuild({ projectDir: job.projectDir, contentDir: job.contentDir, outDir: job.outDir, env: { SITE_NOW: BENCH_NOW } }));
    }
  }
  for (const dir of [bareDir, searchableBareDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  // The least disturbed run: the shortest wall time, with the fewest CPU seconds of any run.
  const fastest = (runs: BuildRun[]): BuildRun => {
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const measured = runs.filter((run) => run.cpuSeconds !== undefined);
    const leastCpu = measured.length > 0 ? measured.reduce((a, b) => (b.cpuSeconds! < a.cpuSeconds! ? b : a)) : undefined;
    return { ...best, cpuSeconds: leastCpu?.cpuSeconds, cpuByProgram: leastCpu?.cpuByProgram };
  };
  for (const job of jobs) printBuild(job.label, job.size, fastest(job.runs), job.runs);
  console.log(`  Load average after: ${loadAverage()}`);
  const scales: ScaleRun[] = jobs
    .filter((job) => job.projectDir === root)
    .map((job) => ({ label: job.label.replace('this site, ', ''), size: job.size, build: fastest(job.runs) }));
  const largest = scales.at(-1)!;
  const bare = bareDir ? fastest(jobs.at(-1)!.runs) : undefined;
  const searchableBare = searchableBareDir ? fastest(jobs.at(-2)!.runs) : undefined;
  if (searchableBare?.cpuSeconds && largest.build.cpuSeconds) {
    const perPage = (run: BuildRun) => comparableSeconds(run) / run.pages;
    const wall = perPageSeconds(largest.build) / perPageSeconds(searchableBare);
    console.log(
      `  CPU time per page, this site ÷ bare Astro + search (the budget's yardstick): ${(perPage(largest.build) / perPage(searchableBare)).toFixed(2)} (${wall.toFixed(2)} in wall time)`,
    );
    if (bare?.cpuSeconds) {
      console.log(`  CPU time per page, this site ÷ bare Astro alone (for reading): ${(perPage(largest.build) / perPage(bare)).toFixed(2)}`);
    }
    const ours = searchIndexing(largest.build);
    const theirs = searchIndexing(searchableBare);
    if (ours && theirs) {
      // For reading the figures: how much of the difference is the search index itself.
      const without = (run: BuildRun, indexing: number) => (run.cpuSeconds! - indexing) / run.pages;
      console.log(
        `  Leaving out Pagefind's indexer on both sides: ${(without(largest.build, ours) / without(searchableBare, theirs)).toFixed(2)} ` +
          `(the indexer spends ${((ours / largest.build.pages) * 1000).toFixed(2)} ms a page here, ${((theirs / searchableBare.pages) * 1000).toFixed(2)} ms on the bare pages)`,
      );
    }
  }
  if (scales.length >= 2) {
    const step = (index: number, seconds: (run: BuildRun) => number) =>
      (marginalPerPage(scales[index - 1].build, scales[index].build, seconds) * 1000).toFixed(1);
    const steps = scales.slice(1).map((scale, i) => {
      const cpu = scale.build.cpuSeconds === undefined ? '' : `, ${step(i + 1, comparableSeconds)} ms CPU`;
      return `${scales[i].label} → ${scale.label}: ${step(i + 1, (run) => run.seconds)} ms wall${cpu}`;
    });
    console.log(`  Each extra page cost: ${steps.join('; ')}`);
  }

  const outDir = largest.build.outDir;
  const stats = pageTypeStats(outDir);
  console.log(`\nHTML of each page type in the ${largest.label} build (gzip, KB)`);
  console.log(`  ${'page type'.padEnd(20)}${pad('pages', 7)}${pad('median', 8)}${pad('largest', 9)}`);
  for (const type of stats) {
    console.log(`  ${type.name.padEnd(20)}${pad(type.pages, 7)}${pad(kb(type.medianHtmlGzip), 8)}${pad(kb(type.largestHtmlGzip), 9)}`);
  }

  const generated = [...largestArchive!.bulletins, ...largestArchive!.events, ...largestArchive!.consultations];
  const results: BenchResults = {
    scales,
    years: settings.years,
    bare,
    bareWithSearch: searchableBare,
    visits: {},
    unreadable: pagesUnreadableWithoutJavaScript(outDir, generated),
    noJavaScriptSamples: [],
    images: { pagesScanned: 0, total: 0, problems: [] },
  };
  const allPaths = sitePaths(outDir);
  results.images = { pagesScanned: allPaths.length, ...checkImages(outDir, allPaths) };

  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  machine.chromium = browser.version();
  try {
    for (const type of stats) {
      if (type.largest && type.name !== 'search') {
        results.visits[type.name] = await measureFirstVisit(browser, server.origin, outDir, type.largest);
      }
    }
    for (const name of CONTENT_PAGE_TYPES) {
      const path = stats.find((type) => type.name === name)?.largest;
      const page = generated.find((candidate) => candidate.path === path);
      if (!page) continue;
      const shown = comparable(await textWithoutJavaScript(browser, server.origin, page.path));
      const missing = page.probes.filter((probe) => !shown.includes(comparable(probe)));
      if (missing.length > 0) results.noJavaScriptSamples.push({ path: page.path, missing });
    }
    console.log(
      `\nFirst visit on a phone (390×844, empty cache, Chromium ${browser.version()}) to the largest page of each type (gzip KB, and the total in brotli KB)`,
    );
    printVisits(results.visits);

    const pagefindDir = join(outDir, 'pagefind');
    const searchPath = stats.find((type) => type.name === 'search')?.largest;
    if (existsSync(pagefindDir) && searchPath) {
      const index = folderBytes(pagefindDir);
      const visit = await measureFirstSearch(browser, server.origin, outDir, searchPath, settings.query);
      results.search = { indexBytes: index.bytes, indexFiles: index.files, visit };
      results.visits.search = visit.page;
      console.log(`\nSearch`);
      console.log(`  Pagefind index: ${mb(index.bytes)} in ${index.files} files`);
      console.log(
        `  First search for "${settings.query}": ${kb(visit.total.gzip)} KB gzip (${kb(visit.total.brotli)} KB brotli) in all: ` +
          `the page ${kb(visit.page.total.gzip)} KB (HTML ${kb(visit.page.byCategory.html.gzip)}, CSS ${kb(visit.page.byCategory.css.gzip)}, JS ${kb(visit.page.byCategory.js.gzip)}), ` +
          `then ${visit.search.length} requests for ${kb(visit.searchTotal.gzip)} KB (${visit.resultsLoaded} result fragments)`,
      );
      console.log(`    the search page: ${kb(visit.page.total.gzip)} KB`);
      for (const { part, files, size } of searchParts(visit.search)) console.log(`    ${part}: ${files} file${files === 1 ? '' : 's'}, ${kb(size.gzip)} KB`);
    } else {
      console.log(`\nSearch: not built (${existsSync(pagefindDir) ? 'no /search/ page' : 'no pagefind/ folder in the output'})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  report(judge(results), settings, machine, results, busy);
}

await main();
