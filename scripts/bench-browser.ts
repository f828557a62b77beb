// `npm run bench:browser [-- --json] [-- --browser chromium|firefox] [-- --runs N]`: the content
// script in real headless browsers on pages served from 127.0.0.1. Per browser: time from the
// content script's start to highlights painted (performance marks; the median of N loads, 3 by
// default) on each corpus page and on 10,000- and 100,000-word pages made from corpus paragraphs,
// split into the page's own time and its wait for the background's answer (the engine runs in the
// background: its time there is given too, as part of the wait),
// the longest main-thread task it causes
// (Chromium: PerformanceObserver longtask minus the page's own; Firefox: the longest slice the
// script measured itself), and the JS heap it adds (Chromium; Firefox has no per-page heap API).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from './build-ext';
import { PAGES, TEST_GRANTS, TEST_ORIGINS } from '../tests/e2e/support/env';
import { servePages } from '../tests/e2e/support/server';
import { NO_PAGE_SCRIPTS, PROBE_NONCE, corpusPageNames, scriptlessCorpus } from '../tests/e2e/support/static-pages';
import { launch, whosaidTimings, type BrowserName, type Driver } from '../tests/e2e/support/drivers';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--browser') ? (args[args.indexOf('--browser') + 1] as BrowserName) : null;
const log = (s: string) => (json ? process.stderr.write(s + '\n') : console.log(s));

/** Paragraphs of corpus prose, for long pages. */
function corpusParagraphs(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(PAGES).sort()) {
    const html = readFileSync(join(PAGES, f), 'utf8');
    for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)) {
      const text = (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      if (text.length > 80 && !/[<>]/.test(text)) out.push(text);
    }
  }
  return out;
}

export function longPage(words: number): string {
  const paras = corpusParagraphs();
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paras[i % paras.length] as string;
    out.push(`<p>${p}</p>`);
    count += p.split(' ').length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report - Bench Daily</title></head>
<body><main><article><h1>A long report of ${words} words</h1>
${out.join('\n')}
</article></main></body></html>`;
}

/** Installed before the page's scripts: records long tasks for the whole page life. */
const LONGTASK_PROBE = `<script nonce="${PROBE_NONCE}">window.__longtasks=[];try{new PerformanceObserver(l=>{for(const e of l.getEntries())window.__longtasks.push([e.startTime,e.duration])}).observe({type:'longtask',buffered:true})}catch(e){}</script>`;

const withProbe = (html: string) => html.replace(/<head[^>]*>/i, (m) => `${m}${LONGTASK_PROBE}`);

interface PageFigures {
  /** First highlights painted (the opening of a long article), and the whole article painted. */
  painted: number | null;
  paintedAll: number | null;
  /** Content script start to article read (marks whosaid:start, whosaid:read). */
  readMs: number | null;
  /**
   * The analysis is made in the background. `answerMs`: from the page's first question to the whole
   * answer back (whosaid:analyze to whosaid:analyzed: sending the blocks, the wait, reading the
   * answer); `waitMs`: of that, the time the page only waited for replies (whosaid:waited);
   * `engineMs`: the engine's own time in the background, inside the wait (whosaid:background-engine);
   * `pageMs`: the first pass painted less the wait, the page's own share (reading, sending,
   * ranges, painting, and the page's own tasks it yielded to).
   */
  answerMs: number | null;
  waitMs: number | null;
  engineMs: number | null;
  pageMs: number | null;
  /** Questions the page asked (more than one: it started over). */
  asks: number;
  /**
   * The page's DOMContentLoaded to the content script's start: the browser's wait before it
   * injects, and whatever it does first (Chromium compiles the whole script there; see the
   * compile hint in vite.config.ts). With `painted` it gives the reader's view: highlights so
   * many ms after the page's DOM was ready.
   */
  startAfterDomMs: number | null;
  /** The page's DOMContentLoaded to the first highlights painted. */
  paintedAfterDomMs: number | null;
  longestTask: number;
  heapKb: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};

/** Opens a page, retrying once: Firefox's remote protocol now and then refuses a navigation. */
async function openWithRetry(driver: Driver, url: string, timeoutMs: number) {
  try {
    return await driver.open(url, { timeoutMs });
  } catch (err) {
    log(`  (retrying ${url}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    await new Promise((r) => setTimeout(r, 500));
    return driver.open(url, { timeoutMs });
  }
}

// Runs in the page: no inner named functions (the TypeScript loader would wrap them in a helper the page lacks).
const stages = () => {
  const [start, read, a, b] = ['whosaid:start', 'whosaid:read', 'whosaid:analyze', 'whosaid:analyzed'].map(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
  );
  const waited = performance.getEntriesByName('whosaid:waited')[0]?.duration ?? null;
  const engine = performance.getEntriesByName('whosaid:background-engine')[0]?.duration ?? null;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    startAfterDomMs: start != null && nav && nav.domContentLoadedEventEnd > 0 ? start - nav.domContentLoadedEventEnd : null,
    readMs: start != null && read != null ? read - start : null,
    answerMs: a != null && b != null ? b - a : null,
    waitMs: waited,
    engineMs: engine,
    asks: performance.getEntriesByName('whosaid:ask').length,
  };
};

async function measure(driver: Driver, origin: string, other: string, path: string, timeoutMs: number, withHeap = true): Promise<PageFigures> {
  const tab = await openWithRetry(driver, `${origin}/${path}`, timeoutMs);
  try {
    const end = Date.now() + timeoutMs;
    let t = await tab.evaluate(whosaidTimings);
    while (t.paintedAll === null && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      t = await tab.evaluate(whosaidTimings);
    }
    await new Promise((r) => setTimeout(r, 300));
    t = await tab.evaluate(whosaidTimings);
    const { readMs, answerMs, waitMs, engineMs, asks, startAfterDomMs } = await tab.evaluate(stages);
    let longestTask = t.longestSlice;
    let heapKb: number | null = null;
    if (driver.name === 'chromium') {
      // Long tasks that start after the content script did (the page's own parsing comes first).
      longestTask = await tab.evaluate(() => {
        const start = performance.getEntriesByName('whosaid:start')[0]?.startTime ?? 0;
        const tasks = (window as unknown as { __longtasks: [number, number][] }).__longtasks ?? [];
        return Math.max(0, ...tasks.filter(([s, d]) => s + d > start).map(([, d]) => d));
      });
      if (withHeap) {
        const withExt = await tab.heapBytes();
        const plain = await openWithRetry(driver, `${other}/${path}`, timeoutMs);
        await new Promise((r) => setTimeout(r, 300));
        const without = await plain.heapBytes();
        await plain.close();
        if (withExt !== null && without !== null) heapKb = Math.round((withExt - without) / 1024);
      }
    }
    const paintedAfterDomMs = t.painted === null || startAfterDomMs === null ? null : startAfterDomMs + t.painted;
    const pageMs = t.paintedAll === null || waitMs === null ? null : t.paintedAll - waitMs;
    return { painted: t.painted, paintedAll: t.paintedAll, readMs, answerMs, waitMs, engineMs, pageMs, asks, startAfterDomMs, paintedAfterDomMs, longestTask, heapKb };
  } finally {
    await tab.close();
  }
}

/** Loads per page (`--runs N`, default 3): each figure is the median of the loads, steadier than one. */
const RUNS = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 1) : 3;

async function measureRepeated(driver: Driver, origin: string, other: string, path: string, timeoutMs: number): Promise<PageFigures> {
  const runs: PageFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(driver, origin, other, path, timeoutMs, i === 0));
  const mid = (pick: (r: PageFigures) => number | null): number | null => {
    const xs = runs.map(pick).filter((x): x is number => x !== null);
    return xs.length ? median(xs) : null;
  };
  return {
    painted: mid((r) => r.painted),
    paintedAll: mid((r) => r.paintedAll),
    readMs: mid((r) => r.readMs),
    answerMs: mid((r) => r.answerMs),
    waitMs: mid((r) => r.waitMs),
    engineMs: mid((r) => r.engineMs),
    pageMs: mid((r) => r.pageMs),
    asks: Math.max(...runs.map((r) => r.asks)),
    startAfterDomMs: mid((r) => r.startAfterDomMs),
    paintedAfterDomMs: mid((r) => r.paintedAfterDomMs),
    longestTask: Math.max(...runs.map((r) => r.longestTask)),
    heapKb: runs[0]?.heapKb ?? null,
  };
}

async function benchBrowser(name: BrowserName): Promise<Record<string, unknown>> {
  // The pages' own scripts are switched off, so that what is timed is the extension and not a
  // saved page's ad code failing to reach the network; only the long-task probe runs.
  const corpus = corpusPageNames();
  const { pages: extra, headers } = scriptlessCorpus('c', withProbe);
  for (const words of [10_000, 100_000]) {
    extra[`long-${words}.html`] = withProbe(longPage(words));
    headers[`long-${words}.html`] = NO_PAGE_SCRIPTS;
  }
  // A control for the long-task probe: the page itself blocks the main thread for 120 ms.
  extra['control-longtask.html'] = withProbe(`<!doctype html><html><head><title>Control</title></head><body><p>Control page.</p>
<script nonce="${PROBE_NONCE}">setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }, 50);</script></body></html>`);
  headers['control-longtask.html'] = NO_PAGE_SCRIPTS;
  const server = await servePages(PAGES, extra, headers);
  const driver = await launch(name);
  try {
    // One warm-up load so the first page does not pay for the browser's cold start.
    await measure(driver, server.origin, server.otherOrigin, `c/${corpus[0]}`, 30_000);
    let probeSeesLongTasks: boolean | null = null;
    if (name === 'chromium') {
      // A 0 below means "no long task", not "no probe": the control page's own 120 ms task must show.
      const control = await openWithRetry(driver, `${server.origin}/control-longtask.html`, 30_000);
      await new Promise((r) => setTimeout(r, 600));
      const seen = await control.evaluate(() => Math.max(0, ...((window as unknown as { __longtasks?: [number, number][] }).__longtasks ?? []).map(([, d]) => d)));
      await control.close();
      probeSeesLongTasks = seen >= 100;
      log(`  chromium long-task probe control: longest task seen ${seen.toFixed(1)} ms`);
    }
    const pages: number[] = [];
    const pagesAll: number[] = [];
    const reads: number[] = [];
    const startsAfterDom: number[] = [];
    const paintedAfterDom: number[] = [];
    const answers: number[] = [];
    const waits: number[] = [];
    const engines: number[] = [];
    const own: number[] = [];
    let restarts = 0;
    const tasks: number[] = [];
    const heaps: number[] = [];
    for (const f of corpus) {
      const r = await measureRepeated(driver, server.origin, server.otherOrigin, `c/${f}`, 30_000);
      if (r.painted !== null) pages.push(r.painted);
      if (r.paintedAll !== null) pagesAll.push(r.paintedAll);
      if (r.readMs !== null) reads.push(r.readMs);
      if (r.startAfterDomMs !== null) startsAfterDom.push(r.startAfterDomMs);
      if (r.paintedAfterDomMs !== null) paintedAfterDom.push(r.paintedAfterDomMs);
      if (r.answerMs !== null) answers.push(r.answerMs);
      if (r.waitMs !== null) waits.push(r.waitMs);
      if (r.engineMs !== null) engines.push(r.engineMs);
      if (r.pageMs !== null) own.push(r.pageMs);
      if (r.asks > 1) restarts++;
      tasks.push(r.longestTask);
      if (r.heapKb !== null) heaps.push(r.heapKb);
      log(`  ${name} ${f}: ${r.painted?.toFixed(1) ?? 'not painted'} ms, whole ${r.paintedAll?.toFixed(1)} ms (page's own ${r.pageMs?.toFixed(1)}: read ${r.readMs?.toFixed(1)}; waited for the background ${r.waitMs?.toFixed(1)}, of which its engine ${r.engineMs?.toFixed(1)}; asked to answered ${r.answerMs?.toFixed(1)}${r.asks > 1 ? `; asked ${r.asks} times` : ''}; started ${r.startAfterDomMs?.toFixed(1)} ms after DOMContentLoaded), longest task ${r.longestTask.toFixed(1)} ms${r.heapKb !== null ? `, heap +${r.heapKb} KB` : ''}`);
    }
    const long: Record<string, PageFigures> = {};
    for (const words of [10_000, 100_000]) {
      const r = await measureRepeated(driver, server.origin, server.otherOrigin, `long-${words}.html`, 90_000);
      long[words] = r;
      tasks.push(r.longestTask);
      log(`  ${name} ${words} words: ${r.painted?.toFixed(1) ?? 'not painted'} ms, whole ${r.paintedAll?.toFixed(1)} ms (page's own ${r.pageMs?.toFixed(1)}, waited ${r.waitMs?.toFixed(1)}, background engine ${r.engineMs?.toFixed(1)}), longest task ${r.longestTask.toFixed(1)} ms${r.heapKb !== null ? `, heap +${r.heapKb} KB` : ''}`);
    }
    return {
      browser: name,
      pages: corpus.length,
      pages_painted: pages.length,
      page_ms_median: Math.round(median(pages) * 10) / 10,
      read_ms_median: Math.round(median(reads) * 10) / 10,
      page_own_ms_median: Math.round(median(own) * 10) / 10,
      wait_ms_median: Math.round(median(waits) * 10) / 10,
      background_engine_ms_median: Math.round(median(engines) * 10) / 10,
      answer_ms_median: Math.round(median(answers) * 10) / 10,
      pages_asked_again: restarts,
      page_ms_max: Math.round(Math.max(...pages) * 10) / 10,
      page_all_ms_median: Math.round(median(pagesAll) * 10) / 10,
      start_after_dom_ms_median: Math.round(median(startsAfterDom) * 10) / 10,
      painted_after_dom_ms_median: Math.round(median(paintedAfterDom) * 10) / 10,
      long_page_ms: { '10000': round(long[10_000]?.painted), '100000': round(long[100_000]?.painted) },
      long_page_all_ms: { '10000': round(long[10_000]?.paintedAll), '100000': round(long[100_000]?.paintedAll) },
      long_page_wait_ms: { '10000': round(long[10_000]?.waitMs), '100000': round(long[100_000]?.waitMs) },
      long_page_background_engine_ms: { '10000': round(long[10_000]?.engineMs), '100000': round(long[100_000]?.engineMs) },
      longest_task_ms: Math.round(Math.max(...tasks) * 10) / 10,
      longest_task_source: name === 'chromium' ? 'longtask observer' : 'longest slice measured in the content script',
      ...(probeSeesLongTasks === null ? {} : { longtask_probe_control_ok: probeSeesLongTasks }),
      heap_kb: heaps.length ? Math.round(median(heaps)) : null,
      ...(heaps.length ? {} : { heap_note: 'Firefox exposes no per-page JS heap figure to scripts or to WebDriver BiDi' }),
      heap_kb_100000_words: long[100_000]?.heapKb ?? null,
    };
  } finally {
    await driver.close();
    await server.close();
  }
}

const round = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

async function main(): Promise<void> {
  await buildExtension('chrome', TEST_ORIGINS, TEST_GRANTS);
  await buildExtension('firefox', TEST_ORIGINS, TEST_GRANTS);
  const browsers: BrowserName[] = only ? [only] : ['chromium', 'firefox'];
  const results: Record<string, unknown>[] = [];
  for (const b of browsers) results.push(await benchBrowser(b));
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
    return;
  }
  const row = (cells: unknown[]) => `| ${cells.join(' | ')} |`;
  console.log('\nms from the content script\'s start: first highlights painted / whole article painted');
  console.log('\n' + row(['browser', 'page ms (median of ' + results[0]?.pages + ')', "page's own (read) / waiting for the background (its engine)", 'start / painted after DOMContentLoaded', '10,000 words ms', '100,000 words ms', 'longest task ms', 'added heap KB (median; 100k words)']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---', '---']));
  for (const r of results) {
    const long = r.long_page_ms as Record<string, number | null>;
    const all = r.long_page_all_ms as Record<string, number | null>;
    console.log(row([r.browser, `${r.page_ms_median} / ${r.page_all_ms_median}`, `${r.page_own_ms_median} (read ${r.read_ms_median}) / ${r.wait_ms_median} (${r.background_engine_ms_median})`, `${r.start_after_dom_ms_median} / ${r.painted_after_dom_ms_median}`, `${long['10000']} / ${all['10000']}`, `${long['100000']} / ${all['100000']}`, r.longest_task_ms, r.heap_kb === null ? 'n/a' : `${r.heap_kb}; ${r.heap_kb_100000_words}`]));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
