// `npm run bench:browser [-- --json] [-- --browser chromium|firefox] [-- --runs N] [-- --baseline REF]
// [-- --limit N]`: WhoSaid's cost to a page, in real headless browsers, as ratios to references
// loaded in the same browser, on the same pages, in the same run (machines differ and drift; a
// ratio measured side by side holds on any of them). Every page (the dev corpus pages, and
// 10,000- and 100,000-word pages made from their paragraphs, all served from 127.0.0.1) is loaded
// in turn (A B C D, then B C D A, …; the median of N rounds, 3 by default):
//   - with WhoSaid (127.0.0.1);
//   - with the floor (floor.localhost): a content script that makes one pass over the body's text
//     nodes reading their data, nothing else (scripts/bench/floor-content.js), timed with the same
//     marks. WhoSaid's main-thread time (every stretch it holds the page's thread until its first
//     pass is over: the task that starts it, each slice, each reply read) over the floor's is the
//     ratio;
//   - with no extension (localhost): the longest task WhoSaid adds is the longest task of a load
//     with it less that of the load without, and so is the JS heap it adds (Chromium);
//   - with `--baseline REF`, an earlier build (base.localhost), built from that ref: the time from
//     DOMContentLoaded to the first highlights, new over old.
// The background's heap (Chromium's service worker, the engine and model loaded) is read after
// 20 WhoSaid pages.
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from './build-ext';
import { logsToStderr } from './bench/logs-to-stderr';
import { writeFloorExtension } from './bench/floor-extension';
import { buildBaseline, type BaselineBuild } from './bench/baseline-build';
import { controlPage, hasMark, longTaskSource, pageLoaded, readLoad, withProbe } from './bench/page-probes';
import { loadFigures, missingKeys, pageFigures, summarize, type LoadFigures, type PageFigures, type PageLoads, type Variant } from './bench/summary';
import { PAGES, TEST_GRANTS, TEST_ORIGINS } from '../tests/e2e/support/env';
import { servePages } from '../tests/e2e/support/server';
import { NO_PAGE_SCRIPTS, corpusPageNames, scriptlessCorpus } from '../tests/e2e/support/static-pages';
import { launch, type BrowserName, type Driver } from '../tests/e2e/support/drivers';

const args = process.argv.slice(2);
const option = (name: string): string | null => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null);
const json = args.includes('--json');
const only = option('--browser') as BrowserName | null;
const baselineRef = option('--baseline');
/** Rounds per page (`--runs N`, default 3): each figure is the median of the rounds. */
const RUNS = Math.max(1, Number(option('--runs') ?? 3) || 1);
/** Only the first N corpus pages (`--limit N`), for a quick look. */
const LIMIT = option('--limit') ? Math.max(1, Number(option('--limit')) || 1) : Infinity;
const log = (s: string) => (json ? process.stderr.write(s + '\n') : console.log(s));

/** Hosts that all reach the one server on 127.0.0.1; each variant's extension runs on its own. */
const HOSTS: Record<Variant, string> = { whosaid: '127.0.0.1', floor: 'floor.localhost', none: 'localhost', baseline: 'base.localhost' };

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a page, retrying once: Firefox's remote protocol now and then refuses a navigation. */
async function openWithRetry(driver: Driver, url: string, timeoutMs: number) {
  try {
    return await driver.open(url, { timeoutMs });
  } catch (err) {
    log(`  (retrying ${url}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    await sleep(500);
    return driver.open(url, { timeoutMs });
  }
}

/** The mark that ends a variant's first pass (the earlier build writes no main-thread figure). */
const LAST_MARK: Record<Variant, string | null> = { whosaid: 'whosaid:main-thread', floor: 'whosaid:main-thread', baseline: 'whosaid:painted-all', none: null };

async function load(driver: Driver, port: string, variant: Variant, path: string, timeoutMs: number): Promise<LoadFigures> {
  const tab = await openWithRetry(driver, `http://${HOSTS[variant]}:${port}/${path}`, timeoutMs);
  try {
    const end = Date.now() + timeoutMs;
    const last = LAST_MARK[variant];
    if (last) {
      while (!(await tab.evaluateArg(hasMark, last)) && Date.now() < end) await sleep(100);
    } else {
      while (!(await tab.evaluate(pageLoaded)) && Date.now() < end) await sleep(100);
    }
    // The page's own tasks after the pass (late layout, the load event) fall in every variant's window.
    await sleep(400);
    const raw = await tab.evaluate(readLoad);
    const heap = variant === 'whosaid' || variant === 'none' ? await tab.heapBytes() : null;
    return loadFigures(raw, heap === null ? null : heap / 1024);
  } finally {
    await tab.close();
  }
}

/** The variants in a new order each round, so that a drift of the machine falls on all alike. */
const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length] as T);

const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));

function describe(name: string, p: PageFigures): string {
  const w = p.whosaid;
  return `  ${name} ${p.page}: main thread ${fmt(w.mainThread)} ms vs floor ${fmt(p.floorMainThread, 2)} (x${fmt(p.ratioToFloor, 1)}); ` +
    `highlights ${fmt(w.paintedAfterDom)} ms after DOMContentLoaded (floor ${fmt(p.floorPaintedAfterDom)}${p.baselinePaintedAfterDom !== null ? `, baseline ${fmt(p.baselinePaintedAfterDom)}, x${fmt(p.afterDomRatioToBaseline, 2)}` : ''}); ` +
    `from start ${fmt(w.painted)} / whole ${fmt(w.paintedAll)} (read ${fmt(w.read)}, waited ${fmt(w.wait)}, engine ${fmt(w.engine)}${w.asks > 1 ? `, asked ${w.asks} times` : ''}); ` +
    `added longest task ${fmt(p.addedLongestTask)} ms${p.addedHeapKb !== null ? `, heap +${fmt(p.addedHeapKb, 0)} KB` : ''}`;
}

async function benchBrowser(name: BrowserName, baseline: BaselineBuild | null): Promise<Record<string, unknown>> {
  // The pages' own scripts are switched off, so that what is timed is the extension and not a
  // saved page's ad code failing to reach the network; only the probes run.
  const corpus = corpusPageNames().slice(0, LIMIT);
  const { pages: extra, headers } = scriptlessCorpus('c', (html) => withProbe(html, name));
  for (const words of [10_000, 100_000]) {
    extra[`long-${words}.html`] = withProbe(longPage(words), name);
    headers[`long-${words}.html`] = NO_PAGE_SCRIPTS;
  }
  extra['control-longtask.html'] = controlPage(name);
  headers['control-longtask.html'] = NO_PAGE_SCRIPTS;
  const server = await servePages(PAGES, extra, headers);
  const port = new URL(server.origin).port;
  const floorDir = mkdtempSync(join(tmpdir(), 'whosaid-floor-'));
  const browserDir = name === 'chromium' ? 'chrome' : 'firefox';
  const others = [writeFloorExtension(floorDir, browserDir, `http://${HOSTS.floor}/*`)];
  if (baseline) others.push(baseline[browserDir]);
  const driver = await launch(name, { otherExtensions: others });
  const variants: Variant[] = baseline ? ['whosaid', 'floor', 'none', 'baseline'] : ['whosaid', 'floor', 'none'];
  let whosaidLoads = 0;
  let backgroundHeapKb: number | null = null;
  const measurePage = async (path: string, label: string, timeoutMs: number, round0: number): Promise<PageFigures> => {
    const loads: PageLoads = { page: label, loads: {} };
    for (let run = 0; run < RUNS; run++) {
      for (const v of rotate(variants, round0 + run)) {
        (loads.loads[v] ??= []).push(await load(driver, port, v, path, timeoutMs));
        if (v === 'whosaid' && ++whosaidLoads === 20) {
          const bytes = await driver.backgroundHeapBytes();
          backgroundHeapKb = bytes === null ? null : bytes / 1024;
        }
      }
    }
    return pageFigures(loads);
  };
  try {
    // One load of each first, so that the first page does not pay for the browser's cold start.
    for (const v of variants) await load(driver, port, v, `c/${corpus[0]}`, 30_000);
    // A 0 below means "no long task", not "no probe": the control page's own 120 ms task must show.
    const control = await load(driver, port, 'none', 'control-longtask.html', 30_000);
    const probeControlOk = control.longestTask >= 100;
    log(`  ${name} long-task probe control: longest task seen ${control.longestTask.toFixed(1)} ms`);
    const figures: PageFigures[] = [];
    for (const [i, f] of corpus.entries()) {
      const p = await measurePage(`c/${f}`, f, 30_000, i);
      figures.push(p);
      log(describe(name, p));
    }
    const long = {} as Record<'10000' | '100000', PageFigures>;
    for (const words of ['10000', '100000'] as const) {
      long[words] = await measurePage(`long-${words}.html`, `${words} words`, 120_000, 0);
      log(describe(name, long[words]));
    }
    // Fewer than 20 WhoSaid loads in a short run: the background's heap at its end.
    if (whosaidLoads < 20) {
      const bytes = await driver.backgroundHeapBytes();
      backgroundHeapKb = bytes === null ? null : bytes / 1024;
    }
    return summarize({ browser: name, runs: RUNS, corpus: figures, long, longTaskSource: longTaskSource(name), probeControlOk, baseline: baseline?.label ?? null, backgroundHeapKb });
  } finally {
    await driver.close();
    await server.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await logsToStderr(json, async () => {
    await buildExtension('chrome', TEST_ORIGINS, TEST_GRANTS);
    await buildExtension('firefox', TEST_ORIGINS, TEST_GRANTS);
  });
  const baseline = baselineRef ? buildBaseline(baselineRef, `http://${HOSTS.baseline}/*`, log) : null;
  const browsers: BrowserName[] = only ? [only] : ['chromium', 'firefox'];
  const results: Record<string, unknown>[] = [];
  try {
    for (const b of browsers) results.push(await benchBrowser(b, baseline));
  } finally {
    baseline?.remove();
  }
  let incomplete = false;
  for (const r of results) {
    const missing = missingKeys(r, baseline !== null);
    if (missing.length) {
      incomplete = true;
      log(`  ${String(r.browser)}: no figure for ${missing.join(', ')}`);
    }
  }
  if (json) {
    for (const r of results) console.log(JSON.stringify(r));
  } else {
    printTable(results);
  }
  if (incomplete) process.exitCode = 1;
}

function printTable(results: Record<string, unknown>[]): void {
  const row = (cells: unknown[]) => `| ${cells.join(' | ')} |`;
  const words = (r: Record<string, unknown>, key: string) => {
    const v = r[key] as Record<string, unknown> | undefined;
    return v ? `${v['10000']} / ${v['100000']}` : 'n/a';
  };
  console.log(`\nMedians of ${results[0]?.runs} rounds; corpus figures are the median page, long pages "10,000 / 100,000 words".`);
  console.log('\n' + row(['browser', 'main thread ms: WhoSaid / floor', 'ratio to floor (median; long pages; worst)', 'highlights after DOMContentLoaded ms (floor; baseline, new/old)', 'added longest task ms (max; page)', 'added heap KB (median; 100k words); background heap KB']));
  console.log(row(['---', '---', '---', '---', '---', '---']));
  for (const r of results) {
    console.log(row([
      r.browser,
      `${r.page_main_thread_ms_median} / ${r.floor_ms_median}`,
      `${r.ratio_to_floor_median}; ${words(r, 'long_page_ratio_to_floor')}; ${r.ratio_to_floor_max} (${r.ratio_to_floor_worst_page})`,
      `${r.painted_after_dom_ms_median} (${r.floor_painted_after_dom_ms_median}${r.baseline ? `; ${r.baseline_painted_after_dom_ms_median}, ${r.after_dom_ratio_to_baseline_median}` : ''})`,
      `${r.added_longest_task_ms_max} (${r.added_longest_task_page})`,
      `${r.added_heap_kb_median ?? 'n/a'} (${r.added_heap_kb_100000_words ?? 'n/a'}); ${r.background_heap_kb_after_20_pages ?? 'n/a'}`,
    ]));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
