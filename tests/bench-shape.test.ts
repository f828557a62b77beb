// Both benchmarks' --json output. `npm run -s bench -- --json` is read by scripts and CI, so its stdout must stay exactly
// one JSON object with the agreed keys; a stray log line would break every consumer.
// Runs a cut-down bench (few pages, one pass) to keep this quick.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLoadFixture } from './fixtures/bench-loads';
import { BASELINE_KEYS, BROWSER_BENCH_KEYS, loadFigures, missingKeys, pageFigures, summarize, type BrowserRun, type PageLoads } from '../scripts/bench/summary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('bench --json', () => {
  it('prints exactly one JSON object with the agreed keys', () => {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--json', '--limit', '4', '--runs', '1', '--no-compromise-long'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000 },
    );
    const lines = stdout.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(out).toBeTypeOf('object');
    for (const key of ['engine_ms_median', 'compromise_ms_median', 'speedup', 'short_page_ms', 'long_page_words', 'long_page_ms']) {
      expect(out[key], key).toBeTypeOf('number');
      expect(Number.isFinite(out[key]), key).toBe(true);
    }
    expect(out.long_page_words as number).toBeGreaterThanOrEqual(100_000);
    expect(out.short_page_words as number).toBeGreaterThanOrEqual(1_000);
    expect(out.short_page_words as number).toBeLessThan(out.long_page_words as number);
    expect(out.pages).toBe(4);
  }, 120_000);
});

// `npm run bench:browser -- --json` prints one object per browser, built by summarize() from the
// loads of each page; the script refuses (exit 1) a line that missingKeys() finds incomplete.
// These build the line from figures shaped as a browser gives them, without a browser.

function page(name: string, scale: number, withBaseline: boolean): ReturnType<typeof pageFigures> {
  const loads: PageLoads = { page: name, loads: {} };
  for (let run = 0; run < 3; run++) {
    loads.loads.whosaid = [...(loads.loads.whosaid ?? []), loadFigures(readLoadFixture('whosaid', scale + run), 4000 + 600 * scale)];
    loads.loads.floor = [...(loads.loads.floor ?? []), loadFigures(readLoadFixture('floor', scale + run), null)];
    loads.loads.none = [...(loads.loads.none ?? []), loadFigures(readLoadFixture('none', scale + run), 4000)];
    if (withBaseline) loads.loads.baseline = [...(loads.loads.baseline ?? []), loadFigures(readLoadFixture('baseline', scale + run), null)];
  }
  return pageFigures(loads);
}

function run(browser: string, withBaseline: boolean): BrowserRun {
  return {
    browser,
    runs: 3,
    corpus: [1, 2, 3, 4, 5].map((i) => page(`p${i}.html`, i, withBaseline)),
    long: { '10000': page('10000 words', 8, withBaseline), '100000': page('100000 words', 20, withBaseline) },
    longTaskSource: 'longtask observer',
    probeControlOk: true,
    baseline: withBaseline ? 'abc1234' : null,
    backgroundHeapKb: browser === 'chromium' ? 5400 : null,
  };
}

describe('bench:browser --json', () => {
  it('has every agreed key, with the floor, the ratio and the main-thread time per browser', () => {
    for (const browser of ['chromium', 'firefox']) {
      const line = summarize(run(browser, true));
      expect(missingKeys(line, true), browser).toEqual([]);
      for (const key of ['floor_ms_median', 'page_main_thread_ms_median', 'ratio_to_floor_median']) {
        expect(line[key], key).toBeTypeOf('number');
      }
      // The ratio is WhoSaid's main-thread time over the floor's, page by page.
      expect(line.ratio_to_floor_median as number).toBeGreaterThan(1);
      expect(JSON.parse(JSON.stringify(line))).toEqual(line);
    }
  });

  it('finds a line incomplete when any agreed key is missing or empty', () => {
    const line = summarize(run('chromium', true));
    for (const key of [...BROWSER_BENCH_KEYS, ...BASELINE_KEYS]) {
      const without = { ...line };
      delete without[key];
      expect(missingKeys(without, true), key).toEqual([key]);
    }
    expect(missingKeys({ ...line, ratio_to_floor_median: null }, true)).toEqual(['ratio_to_floor_median']);
    expect(missingKeys({ ...line, long_page_ratio_to_floor: { '10000': 3, '100000': null } }, true)).toEqual(['long_page_ratio_to_floor']);
  });

  it('lets Firefox give no heap only with a note saying why', () => {
    const line = summarize(run('firefox', false));
    expect(line.added_heap_kb_median).toBeNull();
    expect(missingKeys(line, false)).toEqual([]);
    const { heap_note: _note, ...unexplained } = line;
    expect(missingKeys(unexplained, false)).toEqual(['added_heap_kb_median', 'added_heap_kb_100000_words', 'background_heap_kb_after_20_pages']);
  });

  it('counts the longest task WhoSaid adds as with less without, load by load', () => {
    const p = page('p.html', 1, false);
    const withExt = p.whosaid.longestTask;
    expect(p.addedLongestTask).not.toBeNull();
    expect(p.addedLongestTask!).toBeLessThan(withExt);
  });
});

describe('bench:browser --json stdout', () => {
  it('takes the build\'s console logging off stdout, and gives console.log back after', async () => {
    const { logsToStderr } = await import('../scripts/bench/logs-to-stderr');
    const out: string[] = [];
    const err: string[] = [];
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    const stderrWrite = process.stderr.write.bind(process.stderr);
    const original = console.log;
    process.stdout.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => err.push(String(s)) > 0) as typeof process.stderr.write;
    try {
      await logsToStderr(true, async () => console.log('[crx:content-scripts-iife] Building 1 content script(s)'));
    } finally {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
    }
    expect(out.join('')).not.toContain('[crx');
    expect(err.join('')).toContain('[crx:content-scripts-iife]');
    expect(console.log).toBe(original);
  });
});
