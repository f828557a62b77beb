// Speed of the engine against compromise, the library a JS developer would otherwise reach
// for, on the same article texts, plus how the engine's time grows from a ~1,000-word page
// to a 100,000-word one. Page reading happens once before any timing: the question is what
// the analysis costs, not the HTML parser.
//
//   npm run bench                  readable table
//   npm run -s bench -- --json     exactly one JSON object on stdout
//   options: --runs N (timed passes over the pages, default 5), --limit N (first N pages),
//            --no-compromise-long (skip compromise on the 100,000-word page)
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyze } from '../src/engine/index';
import type { TextBlock } from '../src/engine/types';
import { buildPage, loadInputs, type BenchPage } from './bench-inputs';

interface Options {
  json: boolean;
  runs: number;
  limit: number | undefined;
  compromiseLong: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { json: false, runs: 5, limit: undefined, compromiseLong: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--runs') opts.runs = num();
    else if (a === '--limit') opts.limit = num();
    else if (a === '--no-compromise-long') opts.compromiseLong = false;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

// Results go somewhere observable so no work can be skipped as dead.
let sink = 0;

function runEngine(blocks: readonly TextBlock[]): number {
  const a = analyze(blocks);
  return a.statements.length;
}

function runCompromise(text: string): number {
  const doc = nlp(text);
  // Both lists are materialised, as the engine's output is, so lazy views are not flattered.
  const quotes = doc.quotations().out('array') as string[];
  const people = doc.people().out('array') as string[];
  return quotes.length + people.length * 1e-6;
}

function timeOnce(fn: () => number): number {
  const t0 = performance.now();
  sink += fn();
  return performance.now() - t0;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

interface ToolResult {
  /** Median over runs of each page's time, in page order. */
  perPage: number[];
  medianMs: number;
  pagesPerSec: number;
  wordsPerSec: number;
}

function summarise(perPage: number[], pages: readonly BenchPage[]): ToolResult {
  const total = sum(perPage);
  const words = sum(pages.map((p) => p.words));
  return {
    perPage,
    medianMs: median(perPage),
    pagesPerSec: total > 0 ? (pages.length / total) * 1000 : Infinity,
    wordsPerSec: total > 0 ? (words / total) * 1000 : Infinity,
  };
}

function timePages(pages: readonly BenchPage[], runs: number, log: (s: string) => void): { engine: ToolResult; compromise: ToolResult; engineStatements: number; compromiseQuotes: number } {
  // One untimed pass over everything first: compromise builds its lexicon lazily and both
  // sides need the JIT to settle before a page's time means anything.
  log('warm-up pass');
  let engineStatements = 0;
  let compromiseQuotes = 0;
  for (const p of pages) {
    engineStatements += runEngine(p.blocks);
    compromiseQuotes += Math.floor(runCompromise(p.text));
  }
  const eng: number[][] = pages.map(() => []);
  const cmp: number[][] = pages.map(() => []);
  for (let r = 0; r < runs; r++) {
    log(`timed pass ${r + 1}/${runs}`);
    pages.forEach((p, i) => {
      // Alternating who goes first keeps cache and GC leftovers from favouring one side.
      if ((r + i) % 2 === 0) {
        eng[i]!.push(timeOnce(() => runEngine(p.blocks)));
        cmp[i]!.push(timeOnce(() => runCompromise(p.text)));
      } else {
        cmp[i]!.push(timeOnce(() => runCompromise(p.text)));
        eng[i]!.push(timeOnce(() => runEngine(p.blocks)));
      }
    });
  }
  return {
    engine: summarise(eng.map(median), pages),
    compromise: summarise(cmp.map(median), pages),
    engineStatements,
    compromiseQuotes,
  };
}

function timeRepeated(fn: () => number, warm: number, runs: number, budgetMs: number): { ms: number; runs: number } {
  const first = timeOnce(fn);
  // A slow engine on the long page must not push the bench past its time budget, so the
  // number of repeats shrinks to what fits.
  const fit = first > 0 ? Math.floor(budgetMs / first) : runs + warm;
  const w = Math.max(0, Math.min(warm - 1, fit - 1));
  const n = Math.max(1, Math.min(runs, fit - w));
  if (fit < 2) return { ms: first, runs: 1 };
  for (let i = 0; i < w; i++) timeOnce(fn);
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(timeOnce(fn));
  return { ms: median(times), runs: n };
}

const fmtMs = (ms: number): string =>
  !Number.isFinite(ms) ? String(ms) : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms >= 0.01 ? ms.toFixed(4) : ms.toExponential(2);
const fmtInt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n));
const round = (x: number, digits = 4): number | null => (Number.isFinite(x) ? Number(x.toPrecision(digits)) : null);

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const startedAt = performance.now();
  // In --json mode stdout carries the one JSON object and nothing else.
  const log = (s: string): void => {
    if (!opts.json) process.stderr.write(`  · ${s}\n`);
  };

  log('reading pages (not timed)');
  const inputs = loadInputs(opts.limit ? { limit: opts.limit } : {});
  const { pages } = inputs;
  if (pages.length === 0) throw new Error('no pages to benchmark');
  const words = sum(pages.map((p) => p.words));

  const { engine, compromise, engineStatements, compromiseQuotes } = timePages(pages, opts.runs, log);
  const speedup = compromise.medianMs / engine.medianMs;

  log('short and long pages');
  const short = buildPage(pages, 1_000, 'short');
  const long = buildPage(pages, 100_000, 'long');
  const shortRun = timeRepeated(() => runEngine(short.blocks), 5, 15, 10_000);
  const longRun = timeRepeated(() => runEngine(long.blocks), 1, 3, 30_000);
  let cmpLong: { ms: number; runs: number } | null = null;
  if (opts.compromiseLong) {
    log('compromise on the long page');
    cmpLong = timeRepeated(() => runCompromise(long.text), 0, 1, 20_000);
  }
  const ratio = longRun.ms / shortRun.ms;
  const perWordRatio = longRun.ms / long.words / (shortRun.ms / short.words);
  const totalSec = (performance.now() - startedAt) / 1000;

  const bySet = new Map<string, number>();
  for (const p of pages) bySet.set(p.set, (bySet.get(p.set) ?? 0) + 1);
  const setList = [...bySet].map(([s, n]) => `${n} ${s}`).join(' + ');

  if (opts.json) {
    const out = {
      engine_ms_median: round(engine.medianMs),
      compromise_ms_median: round(compromise.medianMs),
      speedup: round(speedup),
      short_page_ms: round(shortRun.ms),
      short_page_words: short.words,
      long_page_words: long.words,
      long_page_ms: round(longRun.ms),
      long_short_ratio: round(ratio),
      long_short_per_word_ratio: round(perWordRatio),
      compromise_long_page_ms: cmpLong ? round(cmpLong.ms) : null,
      engine_pages_per_s: round(engine.pagesPerSec),
      engine_words_per_s: round(engine.wordsPerSec),
      compromise_pages_per_s: round(compromise.pagesPerSec),
      compromise_words_per_s: round(compromise.wordsPerSec),
      pages: pages.length,
      pages_by_set: Object.fromEntries(bySet),
      words: words,
      runs: opts.runs,
      engine_statements: engineStatements,
      compromise_quotations: compromiseQuotes,
      source: inputs.source,
      reader: inputs.reader,
      notes: inputs.notes,
      total_s: round(totalSec, 3),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }

  const rows: string[][] = [
    ['', 'median ms/page', 'pages/s', 'words/s'],
    ['engine analyze(blocks)', fmtMs(engine.medianMs), fmtInt(engine.pagesPerSec), fmtInt(engine.wordsPerSec)],
    ['compromise quotations+people', fmtMs(compromise.medianMs), fmtInt(compromise.pagesPerSec), fmtInt(compromise.wordsPerSec)],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ');
  const out: string[] = [];
  out.push('');
  out.push(`WhoSaid bench: ${pages.length} pages (${setList}), ${fmtInt(words)} words; ${opts.runs} timed passes after a warm-up; per-page time = median of passes`);
  out.push(`page reading (untimed): ${inputs.reader}`);
  for (const n of inputs.notes) out.push(`NOTE: ${n}`);
  out.push('');
  out.push(line(rows[0]!));
  out.push(widths.map((w) => '-'.repeat(w)).join('   '));
  out.push(line(rows[1]!));
  out.push(line(rows[2]!));
  out.push('');
  out.push(`speedup (compromise median / engine median): ${Number.isFinite(speedup) ? `${speedup.toFixed(speedup >= 100 ? 0 : 2)}x` : 'n/a'}`);
  out.push(`found on the warm-up pass: engine ${engineStatements} statements, compromise ${compromiseQuotes} quotations`);
  if (engineStatements === 0) out.push('NOTE: the engine found no statements on any page (still the stub?): its times measure almost nothing');
  out.push('');
  out.push('Engine scaling (pages built from the paragraphs above, cycled):');
  out.push(`  short page  ${fmtInt(short.words).padStart(8)} words  ${fmtMs(shortRun.ms).padStart(10)} ms  (median of ${shortRun.runs})`);
  out.push(`  long page   ${fmtInt(long.words).padStart(8)} words  ${fmtMs(longRun.ms).padStart(10)} ms  (median of ${longRun.runs})`);
  out.push(`  long/short time ratio ${ratio.toFixed(1)} for ${(long.words / short.words).toFixed(1)}x the words; per-word cost ratio ${perWordRatio.toFixed(2)} (1 = linear)`);
  if (cmpLong) out.push(`  compromise on the long page: ${fmtMs(cmpLong.ms)} ms`);
  out.push('');
  out.push(`total bench time ${totalSec.toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (sink === -1) process.stdout.write('\n');
}

try {
  main();
} catch (err: unknown) {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
}
