// Accuracy floors on the development corpus and PolNeAR dev, measured through `npm run eval`
// (the CLI's own reading and analysis path and the corpus scorer). A change that costs
// accuracy fails here; raise the floors when the figures rise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const shared = resolve(repo, '..', 'shared');
const hasShared = existsSync(resolve(shared, 'corpus', 'score.mjs')) && existsSync(resolve(shared, 'polnear', 'dev'));

interface Score {
  statement: { f1: number };
  attributed_statement: { f1: number };
  stance_accuracy_on_found: number;
  stance: Record<string, { f1: number | null }>;
  actor: { f1: number };
}

if (!hasShared) console.warn(`eval floors skipped: no corpus at ${shared} (it sits beside the repo in CI)`);

describe.skipIf(!hasShared)('accuracy floors (npm run eval)', () => {
  const run = () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--json'], { cwd: repo, encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    return JSON.parse(out.stdout) as { corpus: Score; polnear: Score; corpus_lopo: Score };
  };
  const scores = hasShared ? run() : null;

  it('WhoSaid dev pages', () => {
    const c = scores!.corpus;
    expect(c.attributed_statement.f1).toBeGreaterThanOrEqual(0.80);
    expect(c.statement.f1).toBeGreaterThanOrEqual(0.89);
    expect(c.stance.denies!.f1!).toBeGreaterThanOrEqual(0.85);
    expect(c.stance.declines!.f1!).toBeGreaterThanOrEqual(0.80);
    expect(c.actor.f1).toBeGreaterThanOrEqual(0.80);
    expect(c.stance_accuracy_on_found).toBeGreaterThanOrEqual(0.90);
  });

  // The figure that predicts unseen pages: each page analysed by learned steps trained without it.
  it('WhoSaid dev pages, leave-one-page-out', () => {
    const c = scores!.corpus_lopo;
    // Where the figures stand (denies 75.2, declines 73.8, right on found 90.6, attributed 83.9, actors 82.8).
    expect(c.stance.denies!.f1!).toBeGreaterThanOrEqual(0.70);
    // 19 labelled declines: one more or one fewer found right moves this by 3 points (73.8-76.1
    // between retrainings this round), so its floor sits a statement below.
    expect(c.stance.declines!.f1!).toBeGreaterThanOrEqual(0.70);
    expect(c.stance_accuracy_on_found).toBeGreaterThanOrEqual(0.895);
    expect(c.attributed_statement.f1).toBeGreaterThanOrEqual(0.82);
    expect(c.actor.f1).toBeGreaterThanOrEqual(0.82);
  });

  it('PolNeAR dev', () => {
    const p = scores!.polnear;
    expect(p.statement.f1).toBeGreaterThanOrEqual(0.75);
    expect(p.attributed_statement.f1).toBeGreaterThanOrEqual(0.69);
    // Above where the rules stood (18.9 / 20.3 / 29.8 before the learned stance). Denies moves
    // 21-26 from one extraction change to the next: 63 labelled denials, 12-14 of them found
    // right, so one denial is a point and a half.
    expect(p.stance.denies!.f1!).toBeGreaterThanOrEqual(0.20);
    expect(p.stance.confirms!.f1!).toBeGreaterThanOrEqual(0.27);
  });
});
