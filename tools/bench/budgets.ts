import type { ArchiveSize } from './generate-archive.ts';
import type { SearchVisit, Visit } from './first-visit.ts';
import type { PageTypeName } from './page-types.ts';
import type { Unreadable } from './reading-check.ts';
import type { BuildRun } from './timed-build.ts';
import type { EditingLoop } from './editing-loop.ts';

/*
 * The performance budgets from issues 6 and 14. `npm run bench` prints each as PASS or FAIL
 * (SKIP when the thing it judges is not in the build yet) and exits 1 if any fails.
 * Sizes are judged on gzip, the larger of the two encodings a host may use.
 */

export const KB = 1024;

export const BUDGETS = {
  contentPageScript: 1 * KB,
  css: 10 * KB,
  bulletinFirstVisit: 30 * KB,
  /** Our own addition: no page, lists included, may cost a phone more than a bulletin does. */
  anyFirstVisit: 30 * KB,
  /** The first search on an archive of up to ten years. */
  firstSearch: 100 * KB,
  /** The first search on an archive of more than ten years (issue 14 judges it at twenty). */
  firstSearchLargeArchive: 120 * KB,
  tenYearBuildSeconds: 60,
  /**
   * Our CPU time per page may be at most this multiple of the yardstick's: bare Astro plus
   * Pagefind, the least a searchable site of the same Markdown can build.
   */
  perPageVersusSearchableBare: 1.5,
  /** The time each extra page costs may grow by at most this factor from the small archive to the large one. */
  linearity: 1.5,
  /** Below this many extra pages a step's timing is mostly noise, so growth is not judged. */
  linearityMinimumPages: 300,
  /** Cumulative layout shift below this counts as none. */
  layoutShift: 0.01,
  renderBlockingStylesheets: 1,
  /** The editing loop under `astro dev` (`npm run bench -- --editing`), in seconds. */
  devServerReadySeconds: 5,
  savedChangeShownSeconds: 1,
  errorShownSeconds: 1,
};

export interface ScaleRun {
  label: string;
  size: ArchiveSize;
  build: BuildRun;
}

export interface BenchResults {
  scales: ScaleRun[];
  /** Years of bulletins in the largest archive: the first-search budget depends on it. */
  years: number;
  /** Bare Astro on its own: its ratio is printed for reading, not judged. */
  bare?: BuildRun;
  /** The yardstick: the bare project indexing its pages with Pagefind, as Pagefind's documentation shows. */
  bareWithSearch?: BuildRun;
  visits: Partial<Record<PageTypeName, Visit>>;
  unreadable: Unreadable[];
  /** Sampled pages checked in Chromium with JavaScript off, with any of their text it did not show. */
  noJavaScriptSamples: Unreadable[];
  search?: { indexBytes: number; indexFiles: number; visit: SearchVisit };
  images: { pagesScanned: number; total: number; problems: string[] };
}

export type Status = 'PASS' | 'FAIL' | 'SKIP';

export interface Verdict {
  status: Status;
  budget: string;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (pass: boolean, budget: string, detail: string): Verdict => ({ status: pass ? 'PASS' : 'FAIL', budget, detail });

/**
 * Comparisons between builds use processor seconds when GNU time measured them: on a
 * shared machine other work stretches wall time by chance, but barely changes the work a
 * build does. Wall time is what an editor waits for, so the 60-second budget uses it.
 */
export function comparableSeconds(build: BuildRun): number {
  return build.cpuSeconds ?? build.seconds;
}

const measure = (build: BuildRun) => (build.cpuSeconds === undefined ? 'wall time' : 'CPU time');

export function perPageSeconds(build: BuildRun): number {
  return build.seconds / build.pages;
}

/** Seconds each page added between two archive sizes: the fixed start-up cost cancels out. */
export function marginalPerPage(smaller: BuildRun, larger: BuildRun, seconds = comparableSeconds): number {
  return (seconds(larger) - seconds(smaller)) / (larger.pages - smaller.pages);
}

/** What a first search may cost: 100 KB up to ten years of bulletins, 120 KB beyond (judged at twenty). */
export function firstSearchBudget(years: number): number {
  return years <= 10 ? BUDGETS.firstSearch : BUDGETS.firstSearchLargeArchive;
}

export function judge(results: BenchResults): Verdict[] {
  const verdicts: Verdict[] = [];
  const visits = Object.entries(results.visits) as [PageTypeName, Visit][];
  const nonSearch = visits.filter(([type]) => type !== 'search');

  const unreadable = [...results.unreadable, ...results.noJavaScriptSamples];
  verdicts.push(
    verdict(
      unreadable.length === 0,
      'No JavaScript needed to read',
      unreadable.length === 0
        ? 'every generated bulletin, event and consultation has its text in its HTML, and Chromium with JavaScript off shows it'
        : `${unreadable.length} page(s) lack their text without JavaScript, first ${unreadable[0].path}: ${unreadable[0].missing[0]}`,
    ),
  );

  const scriptOf = (visit: Visit) => visit.byCategory.js.gzip + visit.inlineScript.gzip;
  const heaviestScript = nonSearch.sort(([, a], [, b]) => scriptOf(b) - scriptOf(a))[0];
  if (heaviestScript) {
    verdicts.push(
      verdict(
        scriptOf(heaviestScript[1]) <= BUDGETS.contentPageScript,
        `Pages other than search ship at most ${kb(BUDGETS.contentPageScript)} of script`,
        `most is ${kb(scriptOf(heaviestScript[1]))} on the ${heaviestScript[0]} page`,
      ),
    );
  }

  const cssOf = (visit: Visit) => visit.byCategory.css.gzip + visit.inlineStyle.gzip;
  const heaviestCss = [...visits].sort(([, a], [, b]) => cssOf(b) - cssOf(a))[0];
  if (heaviestCss) {
    verdicts.push(
      verdict(
        cssOf(heaviestCss[1]) < BUDGETS.css,
        `CSS under ${kb(BUDGETS.css)}`,
        `most is ${kb(cssOf(heaviestCss[1]))} on the ${heaviestCss[0]} page`,
      ),
    );
  }

  const bulletin = results.visits.bulletin;
  if (bulletin) {
    verdicts.push(
      verdict(
        bulletin.total.gzip < BUDGETS.bulletinFirstVisit,
        `A bulletin page's first visit under ${kb(BUDGETS.bulletinFirstVisit)} in all`,
        `${kb(bulletin.total.gzip)} for the largest bulletin, ${bulletin.path}`,
      ),
    );
  }

  const heaviest = [...nonSearch].sort(([, a], [, b]) => b.total.gzip - a.total.gzip)[0];
  if (heaviest) {
    verdicts.push(
      verdict(
        heaviest[1].total.gzip < BUDGETS.anyFirstVisit,
        `Every other page's first visit under ${kb(BUDGETS.anyFirstVisit)} too, so lists stay phone-sized (our addition)`,
        `the largest is ${kb(heaviest[1].total.gzip)}, the ${heaviest[0]} page ${heaviest[1].path}`,
      ),
    );
  }

  const searchBudget = firstSearchBudget(results.years);
  if (results.search) {
    const { visit } = results.search;
    const found = visit.resultsLoaded > 0;
    verdicts.push(
      verdict(
        found && visit.total.gzip <= searchBudget,
        `A first search at most ${kb(searchBudget)} at ${results.years} years`,
        found
          ? `${kb(visit.total.gzip)}: the search page ${kb(visit.page.total.gzip)}, then the search ${kb(visit.searchTotal.gzip)}`
          : 'the query showed no results, so the figure would mean nothing',
      ),
    );
  } else {
    verdicts.push({ status: 'SKIP', budget: `A first search at most ${kb(searchBudget)} at ${results.years} years`, detail: 'search: not built (no pagefind/ folder in the output)' });
  }

  const largest = results.scales.at(-1);
  if (largest) {
    verdicts.push(
      verdict(
        largest.build.seconds < BUDGETS.tenYearBuildSeconds,
        `The ${largest.label} archive builds in under ${BUDGETS.tenYearBuildSeconds} s`,
        `${largest.build.seconds.toFixed(1)} s for ${largest.build.pages} pages`,
      ),
    );
    const yardstick = results.bareWithSearch;
    const budget = `CPU time per page within ${BUDGETS.perPageVersusSearchableBare}× bare Astro + Pagefind`;
    if (yardstick) {
      const ours = comparableSeconds(largest.build) / largest.build.pages;
      const theirs = comparableSeconds(yardstick) / yardstick.pages;
      const wallRatio = perPageSeconds(largest.build) / perPageSeconds(yardstick);
      const againstBare = results.bare
        ? `; ${(ours / (comparableSeconds(results.bare) / results.bare.pages)).toFixed(2)}× bare Astro alone, for reading`
        : '';
      verdicts.push(
        verdict(
          ours / theirs <= BUDGETS.perPageVersusSearchableBare,
          budget,
          `${(ours / theirs).toFixed(2)}× in ${measure(largest.build)} (${(ours * 1000).toFixed(1)} ms against ${(theirs * 1000).toFixed(1)} ms a page); ${wallRatio.toFixed(2)}× in wall time${againstBare}`,
        ),
      );
    } else {
      verdicts.push({ status: 'SKIP', budget, detail: 'bare Astro builds skipped (--no-bare)' });
    }
  }

  if (results.scales.length >= 3) {
    const [small, middle, large] = results.scales.slice(-3);
    const early = marginalPerPage(small.build, middle.build);
    const late = marginalPerPage(middle.build, large.build);
    const fewestAdded = Math.min(middle.build.pages - small.build.pages, large.build.pages - middle.build.pages);
    verdicts.push(
      fewestAdded < BUDGETS.linearityMinimumPages ? { status: 'SKIP', budget: 'Build time grows linearly', detail: `the archives differ by only ${fewestAdded} pages, too few to judge` } : verdict(
        late <= early * BUDGETS.linearity,
        'Build time grows linearly',
        `each extra page cost ${(early * 1000).toFixed(1)} ms of ${measure(large.build)} from ${small.label} to ${middle.label} and ${(late * 1000).toFixed(1)} ms from ${middle.label} to ${large.label} (${(late / early).toFixed(2)}×, allowed up to ${BUDGETS.linearity}×)`,
      ),
    );
  } else {
    verdicts.push({ status: 'SKIP', budget: 'Build time grows linearly', detail: 'needs three archive sizes (--scales)' });
  }

  const blocking = visits.filter(
    ([, visit]) =>
      visit.renderBlocking.filter((item) => item.startsWith('script')).length > 0 ||
      visit.renderBlocking.filter((item) => item.startsWith('stylesheet')).length > BUDGETS.renderBlockingStylesheets,
  );
  verdicts.push(
    verdict(
      blocking.length === 0,
      'No render-blocking request beyond one stylesheet',
      blocking.length === 0
        ? `every page type: ${[...new Set(visits.map(([, visit]) => visit.renderBlocking.length))].join(' or ')} blocking request(s)`
        : `${blocking.map(([type, visit]) => `${type}: ${visit.renderBlocking.join(', ')}`).join('; ')}`,
    ),
  );

  const shifting = visits.filter(([, visit]) => visit.layoutShift >= BUDGETS.layoutShift);
  const worstShift = Math.max(0, ...visits.map(([, visit]) => visit.layoutShift));
  verdicts.push(
    verdict(
      shifting.length === 0,
      'No layout shift',
      shifting.length === 0
        ? `largest cumulative layout shift ${worstShift.toFixed(3)} (under ${BUDGETS.layoutShift} counts as none)`
        : shifting.map(([type, visit]) => `${type} ${visit.layoutShift.toFixed(3)}`).join(', '),
    ),
  );

  verdicts.push(
    verdict(
      results.images.problems.length === 0,
      'Images sized and lazy-loaded (astro:assets)',
      results.images.total === 0
        ? `no images on any of ${results.images.pagesScanned} pages`
        : results.images.problems.length === 0
          ? `${results.images.total} images, all with width, height and loading="lazy"`
          : results.images.problems.slice(0, 3).join('; '),
    ),
  );

  const fonts = visits.filter(([, visit]) => visit.byCategory.font.gzip > 0);
  verdicts.push(
    verdict(
      fonts.length === 0,
      'System fonts: no web font downloads',
      fonts.length === 0 ? 'no page type downloads a font' : fonts.map(([type, visit]) => `${type} ${kb(visit.byCategory.font.gzip)}`).join(', '),
    ),
  );
  return verdicts;
}

/** The editing loop's budgets: what an editor waits for between saving a file and seeing it. */
export function judgeEditingLoop(loop: EditingLoop): Verdict[] {
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  const slowestChange = Math.max(loop.savedChangeSeconds, loop.newEventSeconds);
  const slowestError = Math.max(loop.errorInTerminalSeconds, loop.errorInBrowserSeconds);
  return [
    verdict(
      loop.devReadySeconds <= BUDGETS.devServerReadySeconds,
      `\`npm run dev\` serves its first page within ${BUDGETS.devServerReadySeconds} s`,
      s(loop.devReadySeconds),
    ),
    verdict(
      slowestChange <= BUDGETS.savedChangeShownSeconds,
      `A saved change is shown within ${BUDGETS.savedChangeShownSeconds} s`,
      `a changed bulletin ${s(loop.savedChangeSeconds)}, a new event in /events/ ${s(loop.newEventSeconds)}`,
    ),
    verdict(
      slowestError <= BUDGETS.errorShownSeconds,
      `A mistake is shown within ${BUDGETS.errorShownSeconds} s`,
      `in the terminal ${s(loop.errorInTerminalSeconds)}, in the browser overlay ${s(loop.errorInBrowserSeconds)}`,
    ),
  ];
}
