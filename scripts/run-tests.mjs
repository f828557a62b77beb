#!/usr/bin/env node
// `npm test`: the type check, the unit and corpus suites, then the real-browser suite, and one
// closing line with the totals of both ("N passed, N failed, N skipped") so that a reader of
// the log, human or machine, sees the outcome at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'whosaid-tests-'));
const bin = (name) => join('node_modules', '.bin', name);
let failedSteps = 0;
const totals = { passed: 0, failed: 0, skipped: 0 };

function step(label, cmd, args) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failedSteps++;
  return r.status === 0;
}

function vitest(label, config) {
  const report = join(out, `${label}.json`);
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  step(label, bin('vitest'), args);
  if (!existsSync(report)) return;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  // A file that fails to load runs no test at all; it still counts as one failure, so that the
  // closing line never reads "0 failed" over a red run.
  const unloaded = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  totals.failed += (r.numFailedTests ?? 0) + unloaded;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

step('type check', bin('tsc'), ['--noEmit', '-p', '.']);
vitest('unit and corpus tests');
vitest('browser tests', 'vitest.e2e.config.ts');

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps || totals.failed ? 1 : 0);
