// The browser benchmark's figures: one load's, one page's (the median of its loads), and the
// per-browser summary that `npm run bench:browser -- --json` prints. Pure functions, so that the
// output's shape is tested without a browser (tests/bench-shape.test.ts).
import type { RawLoad } from './page-probes';

/** The loads of a page: WhoSaid, the floor, no extension, and an earlier build of WhoSaid. */
export type Variant = 'whosaid' | 'floor' | 'none' | 'baseline';

export interface LoadFigures {
  /** First highlights painted, and the whole article, from the script's start (ms). */
  painted: number | null;
  paintedAll: number | null;
  /** The script's own main-thread time until its first pass is over (whosaid:main-thread). */
  mainThread: number | null;
  /** DOMContentLoaded to the script's start, and to the first highlights. */
  startAfterDom: number | null;
  paintedAfterDom: number | null;
  /** Reading, the wait for the background, the engine's time there (WhoSaid only). */
  read: number | null;
  wait: number | null;
  engine: number | null;
  asks: number;
  /** Longest task (or heartbeat gap) after DOMContentLoaded; 0 when none was reported. */
  longestTask: number;
  /** The tab's JS heap after a garbage collection (Chromium), in KB. */
  heapKb: number | null;
}

const duration = (load: RawLoad, name: string): number | null => load.marks[name]?.[1] ?? null;

export function loadFigures(load: RawLoad, heapKb: number | null): LoadFigures {
  const start = load.marks['whosaid:start']?.[0] ?? null;
  const dom = load.domContentLoaded;
  const painted = duration(load, 'whosaid:painted');
  const startAfterDom = start !== null && dom !== null ? start - dom : null;
  const read = start !== null && load.marks['whosaid:read'] ? (load.marks['whosaid:read'][0] - start) : null;
  const after = dom ?? 0;
  let longestTask = 0;
  for (const [s, d] of load.tasks) if (s + d > after && d > longestTask) longestTask = d;
  return {
    painted,
    paintedAll: duration(load, 'whosaid:painted-all'),
    mainThread: duration(load, 'whosaid:main-thread'),
    startAfterDom,
    paintedAfterDom: startAfterDom !== null && painted !== null ? startAfterDom + painted : null,
    read,
    wait: duration(load, 'whosaid:waited'),
    engine: duration(load, 'whosaid:background-engine'),
    asks: load.asks,
    longestTask,
    heapKb,
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
}

/** The median of the figures that are there; null when none is. */
export function mid(xs: readonly (number | null | undefined)[]): number | null {
  const there = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return there.length ? median(there) : null;
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b <= 0 ? null : a / b);

/** One page: the loads of each variant, made in turn (A B C D, then B C D A, …). */
export interface PageLoads {
  page: string;
  loads: Partial<Record<Variant, LoadFigures[]>>;
}

export interface PageFigures {
  page: string;
  /** Medians of the page's WhoSaid loads. */
  whosaid: LoadFigures;
  floorMainThread: number | null;
  floorPaintedAfterDom: number | null;
  baselinePaintedAfterDom: number | null;
  /** WhoSaid's main-thread time over the floor's. */
  ratioToFloor: number | null;
  /** DOMContentLoaded to the first highlights, WhoSaid over the earlier build. */
  afterDomRatioToBaseline: number | null;
  /** Longest task with WhoSaid less the longest without, load by load in turn; median of those. */
  addedLongestTask: number | null;
  /** JS heap with WhoSaid less without, load by load in turn; median. */
  addedHeapKb: number | null;
}

const pick = (loads: LoadFigures[] | undefined, f: (l: LoadFigures) => number | null): number | null => mid((loads ?? []).map(f));

/** Differences of the i-th loads of two variants (each pair loaded back to back). */
function paired(a: LoadFigures[] | undefined, b: LoadFigures[] | undefined, f: (l: LoadFigures) => number | null): number | null {
  const out: number[] = [];
  for (let i = 0; i < Math.min(a?.length ?? 0, b?.length ?? 0); i++) {
    const x = f(a![i]!);
    const y = f(b![i]!);
    if (x !== null && y !== null) out.push(x - y);
  }
  return mid(out);
}

export function pageFigures({ page, loads }: PageLoads): PageFigures {
  const w = loads.whosaid ?? [];
  const whosaid: LoadFigures = {
    painted: pick(w, (l) => l.painted),
    paintedAll: pick(w, (l) => l.paintedAll),
    mainThread: pick(w, (l) => l.mainThread),
    startAfterDom: pick(w, (l) => l.startAfterDom),
    paintedAfterDom: pick(w, (l) => l.paintedAfterDom),
    read: pick(w, (l) => l.read),
    wait: pick(w, (l) => l.wait),
    engine: pick(w, (l) => l.engine),
    asks: Math.max(0, ...w.map((l) => l.asks)),
    longestTask: Math.max(0, ...w.map((l) => l.longestTask)),
    heapKb: pick(w, (l) => l.heapKb),
  };
  const floorMainThread = pick(loads.floor, (l) => l.mainThread);
  const floorPaintedAfterDom = pick(loads.floor, (l) => l.paintedAfterDom);
  const baselinePaintedAfterDom = pick(loads.baseline, (l) => l.paintedAfterDom);
  return {
    page,
    whosaid,
    floorMainThread,
    floorPaintedAfterDom,
    baselinePaintedAfterDom,
    ratioToFloor: ratio(whosaid.mainThread, floorMainThread),
    afterDomRatioToBaseline: ratio(whosaid.paintedAfterDom, baselinePaintedAfterDom),
    addedLongestTask: paired(loads.whosaid, loads.none, (l) => l.longestTask),
    addedHeapKb: paired(loads.whosaid, loads.none, (l) => l.heapKb),
  };
}

const r1 = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10) / 10);
const r2 = (x: number | null | undefined): number | null => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);

export interface BrowserRun {
  browser: string;
  runs: number;
  /** The dev corpus pages, and the long pages by their word count. */
  corpus: PageFigures[];
  long: Record<'10000' | '100000', PageFigures>;
  longTaskSource: string;
  /** Whether the probe saw the control page's own 120 ms task (null: no control loaded). */
  probeControlOk: boolean | null;
  /** The earlier build measured beside WhoSaid (`--baseline REF`), or null. */
  baseline: string | null;
  /** WhoSaid's background heap after 20 pages, in KB (Chromium). */
  backgroundHeapKb: number | null;
}

/** Keys every browser's --json line has; a number unless the browser gives none (then null and a *_note). */
export const BROWSER_BENCH_KEYS = [
  'browser', 'runs', 'pages', 'pages_painted',
  'page_ms_median', 'page_all_ms_median', 'read_ms_median', 'wait_ms_median', 'background_engine_ms_median', 'pages_asked_again',
  'floor_ms_median', 'page_main_thread_ms_median', 'ratio_to_floor_median', 'ratio_to_floor_max', 'ratio_to_floor_worst_page',
  'long_page_main_thread_ms', 'long_page_floor_ms', 'long_page_ratio_to_floor',
  'start_after_dom_ms_median', 'painted_after_dom_ms_median', 'floor_painted_after_dom_ms_median',
  'long_page_painted_after_dom_ms',
  'added_longest_task_ms_max', 'added_longest_task_page', 'added_longest_task_ms_median', 'long_page_added_longest_task_ms',
  'longest_task_source', 'longtask_probe_control_ok',
  'added_heap_kb_median', 'added_heap_kb_100000_words', 'background_heap_kb_after_20_pages',
] as const;

/** With --baseline REF, these too. */
export const BASELINE_KEYS = [
  'baseline', 'baseline_painted_after_dom_ms_median', 'after_dom_ratio_to_baseline_median', 'long_page_after_dom_ratio_to_baseline',
] as const;

const byWords = <T>(long: BrowserRun['long'], f: (p: PageFigures) => T) => ({ '10000': f(long['10000']), '100000': f(long['100000']) });

export function summarize(run: BrowserRun): Record<string, unknown> {
  const { corpus, long } = run;
  const all = [...corpus, long['10000'], long['100000']];
  const c = (f: (p: PageFigures) => number | null) => mid(corpus.map(f));
  let worst: PageFigures | null = null;
  for (const p of all) if (p.ratioToFloor !== null && (worst === null || p.ratioToFloor > (worst.ratioToFloor ?? 0))) worst = p;
  let longest: PageFigures | null = null;
  for (const p of all) if (p.addedLongestTask !== null && (longest === null || p.addedLongestTask > (longest.addedLongestTask ?? -Infinity))) longest = p;
  const chromium = run.browser === 'chromium';
  const out: Record<string, unknown> = {
    browser: run.browser,
    runs: run.runs,
    pages: corpus.length,
    pages_painted: corpus.filter((p) => p.whosaid.painted !== null).length,
    page_ms_median: r1(c((p) => p.whosaid.painted)),
    page_all_ms_median: r1(c((p) => p.whosaid.paintedAll)),
    read_ms_median: r1(c((p) => p.whosaid.read)),
    wait_ms_median: r1(c((p) => p.whosaid.wait)),
    background_engine_ms_median: r1(c((p) => p.whosaid.engine)),
    pages_asked_again: corpus.filter((p) => p.whosaid.asks > 1).length,
    floor_ms_median: r2(c((p) => p.floorMainThread)),
    page_main_thread_ms_median: r1(c((p) => p.whosaid.mainThread)),
    ratio_to_floor_median: r2(c((p) => p.ratioToFloor)),
    ratio_to_floor_max: r2(worst?.ratioToFloor),
    ratio_to_floor_worst_page: worst?.page ?? null,
    long_page_main_thread_ms: byWords(long, (p) => r1(p.whosaid.mainThread)),
    long_page_floor_ms: byWords(long, (p) => r2(p.floorMainThread)),
    long_page_ratio_to_floor: byWords(long, (p) => r2(p.ratioToFloor)),
    start_after_dom_ms_median: r1(c((p) => p.whosaid.startAfterDom)),
    painted_after_dom_ms_median: r1(c((p) => p.whosaid.paintedAfterDom)),
    floor_painted_after_dom_ms_median: r1(c((p) => p.floorPaintedAfterDom)),
    long_page_painted_after_dom_ms: byWords(long, (p) => r1(p.whosaid.paintedAfterDom)),
    added_longest_task_ms_max: r1(longest?.addedLongestTask),
    added_longest_task_page: longest?.page ?? null,
    added_longest_task_ms_median: r1(mid(all.map((p) => p.addedLongestTask))),
    long_page_added_longest_task_ms: byWords(long, (p) => r1(p.addedLongestTask)),
    longest_task_source: run.longTaskSource,
    longtask_probe_control_ok: run.probeControlOk,
    added_heap_kb_median: chromium ? r1(c((p) => p.addedHeapKb)) : null,
    added_heap_kb_100000_words: chromium ? r1(long['100000'].addedHeapKb) : null,
    background_heap_kb_after_20_pages: chromium ? r1(run.backgroundHeapKb) : null,
  };
  if (!chromium) out.heap_note = 'Firefox gives no per-page or per-extension JS heap to scripts or to WebDriver BiDi';
  if (run.baseline !== null) {
    out.baseline = run.baseline;
    out.baseline_painted_after_dom_ms_median = r1(c((p) => p.baselinePaintedAfterDom));
    out.after_dom_ratio_to_baseline_median = r2(c((p) => p.afterDomRatioToBaseline));
    out.long_page_after_dom_ratio_to_baseline = byWords(long, (p) => r2(p.afterDomRatioToBaseline));
  }
  return out;
}

/** Keys missing from a --json line, or holding nothing usable (null only where a note says why). */
export function missingKeys(line: Record<string, unknown>, withBaseline: boolean): string[] {
  const keys: readonly string[] = withBaseline ? [...BROWSER_BENCH_KEYS, ...BASELINE_KEYS] : BROWSER_BENCH_KEYS;
  const heapKeys = new Set(['added_heap_kb_median', 'added_heap_kb_100000_words', 'background_heap_kb_after_20_pages']);
  return keys.filter((k) => {
    if (!(k in line) || line[k] === undefined) return true;
    const v = line[k];
    if (v === null) return !(heapKeys.has(k) && typeof line.heap_note === 'string');
    if (typeof v === 'object') return Object.values(v as object).some((x) => x === null || x === undefined);
    return typeof v === 'number' && !Number.isFinite(v);
  });
}
