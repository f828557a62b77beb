// `npm run eval`: analyses the development pages and the PolNeAR dev articles through
// the CLI's own code path and scores them with the corpus scorer.
//
//   npm run eval -- [--json] [--pages] [--corpus DIR] [--gold DIR] [--polnear DIR] [--keep DIR] [--no-lopo]
//
// It also scores the pages leave-one-page-out: each page analysed with keep, stance and speaker models
// trained without it (on PolNeAR train and the other labelled pages, with the committed models'
// settings), the figure that predicts unseen pages. With --corpus, the pages of that set are left
// out in turn when they are among the labelled pages the models learn from (../shared/corpus-more
// is). --no-lopo skips that part (a few minutes).
//
// --corpus DIR: a set of pages (DIR/pages/*.html with DIR/gold, or DIR/*.html with --gold),
// so the same figures can be measured on pages the rules were not written against.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeContent, fileId, toJsonRecord } from '../src/cli/analyze-file';
import type { LinearModelData } from '../src/engine/linear-model';
import stanceModel from '../src/engine/models/stance.json';
import keepModel from '../src/engine/models/keep.json';
import { loadLearningCorpus } from '../src/train/stance-corpus';
import { leaveOnePageOut } from '../src/train/leave-one-out';
import { settingsOf } from '../src/train/stance-step';
import { keepSettingsOf } from '../src/train/keep-step';
import { speakerSettingsOf } from '../src/train/speaker-step';
import speakerModel from '../src/engine/models/speaker.json';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared');

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asJson = args.includes('--json');
const perPage = args.includes('--pages');

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

interface Suite {
  heading: string;
  key: 'corpus' | 'polnear';
  inputs: string;
  ext: RegExp;
  gold: string;
}

function corpusSuite(): Suite {
  const dir = opt('--corpus');
  if (!dir) return { heading: 'WhoSaid corpus (dev pages)', key: 'corpus', inputs: join(shared, 'corpus', 'pages'), ext: /\.html?$/i, gold: opt('--gold') ?? join(shared, 'corpus', 'gold') };
  const root = resolve(dir);
  const nested = existsSync(join(root, 'pages'));
  const inputs = nested ? join(root, 'pages') : root;
  const gold = opt('--gold') ?? (nested ? join(root, 'gold') : join(root, '..', 'gold'));
  return { heading: `WhoSaid corpus (${dir})`, key: 'corpus', inputs, ext: /\.html?$/i, gold: resolve(gold) };
}

function polnearSuite(): Suite {
  const dir = resolve(opt('--polnear') ?? join(shared, 'polnear', 'dev'));
  return { heading: 'PolNeAR dev', key: 'polnear', inputs: join(dir, 'text'), ext: /\.txt$/i, gold: join(dir, 'gold') };
}

/** Analyses every input of a suite and writes the scorer's jsonl; returns its path. */
function predict(suite: Suite, outDir: string): string {
  const files = readdirSync(suite.inputs).filter((f) => suite.ext.test(f)).sort();
  const lines = files.map((f) => {
    const content = readFileSync(join(suite.inputs, f), 'utf8');
    return JSON.stringify(toJsonRecord(fileId(f), analyzeContent(f, content)));
  });
  const out = join(outDir, `${suite.key}.jsonl`);
  writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
  return out;
}

/** The suite's pages, each analysed by models that never saw it; returns the jsonl's path, or null when none of its pages is learned from. */
function predictLeaveOneOut(suite: Suite, outDir: string): string | null {
  const corpus = loadLearningCorpus(repo, Infinity, false);
  const learned = new Set(corpus.stance.pages.map((p) => p.id));
  const ids = readdirSync(suite.inputs).filter((f) => suite.ext.test(f)).map(fileId).filter((id) => learned.has(id)).sort();
  if (!ids.length) return null;
  const settings = { stance: settingsOf(stanceModel as LinearModelData), keep: keepSettingsOf(keepModel as LinearModelData), speaker: speakerSettingsOf(speakerModel as LinearModelData) };
  const lines: string[] = [];
  const fileOf = new Map(readdirSync(suite.inputs).filter((f) => suite.ext.test(f)).map((f) => [fileId(f), f]));
  for (const { id, analysis } of leaveOnePageOut(corpus, settings, ids, (pageId) => analyzeContent(fileOf.get(pageId)!, readFileSync(join(suite.inputs, fileOf.get(pageId)!), 'utf8')))) {
    lines.push(JSON.stringify(toJsonRecord(id, analysis)));
  }
  const out = join(outDir, 'corpus-lopo.jsonl');
  writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
  return out;
}

function score(gold: string, pred: string, extra: string[]): string {
  const scorer = join(shared, 'corpus', 'score.mjs');
  const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...extra], { encoding: 'utf8' });
  if (r.status !== 0) fail(`scorer failed on ${pred}: ${r.stderr || r.error?.message || `exit ${r.status}`}`);
  return r.stdout;
}

function run(): void {
  if (!existsSync(join(shared, 'corpus', 'score.mjs'))) {
    fail(`the shared evaluation data is not at ${shared} (expected corpus/score.mjs there); nothing to measure`);
  }
  const suites = [corpusSuite(), polnearSuite()];
  for (const s of suites) {
    if (!existsSync(s.inputs)) fail(`no inputs at ${s.inputs}`);
    if (!existsSync(s.gold)) fail(`no gold at ${s.gold}`);
  }
  const keep = opt('--keep');
  const outDir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'whosaid-eval-'));
  mkdirSync(outDir, { recursive: true });
  try {
    const reports: Record<string, unknown> = {};
    for (const s of suites) {
      const pred = predict(s, outDir);
      if (asJson) {
        reports[s.key] = JSON.parse(score(s.gold, pred, ['--json']));
      } else {
        console.log(`== ${s.heading}`);
        console.log(score(s.gold, pred, perPage ? ['--pages'] : []).trimEnd());
        console.log();
      }
    }
    // Leave-one-page-out needs pages the models learn from (their gold is what they learn).
    if (!args.includes('--no-lopo')) {
      const pages = suites[0]!;
      const pred = predictLeaveOneOut(pages, outDir);
      if (!pred) {
        if (!asJson) console.log(`== ${pages.heading}, leave-one-page-out: none of these pages is learned from, so there is nothing to leave out\n`);
      } else if (asJson) reports.corpus_lopo = JSON.parse(score(pages.gold, pred, ['--json']));
      else {
        console.log(`== ${pages.heading}, leave-one-page-out: each page scored by models trained without it`);
        console.log(score(pages.gold, pred, perPage ? ['--pages'] : []).trimEnd());
        console.log();
      }
    }
    if (asJson) console.log(JSON.stringify(reports, null, 2));
    else if (keep) console.log(`predictions kept in ${outDir}`);
  } finally {
    if (!keep) rmSync(outDir, { recursive: true, force: true });
  }
}

run();
