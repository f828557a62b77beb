// The stance step trained on a small slice of PolNeAR train: the same code path as
// `npm run train`, fast enough for every test run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadStanceCorpus } from '../src/train/stance-corpus';
import { runStanceTraining, STANCE_GRID } from '../src/train/stance-train';
import { measureStance } from '../src/train/stance-step';
import { serializeModel } from '../src/train/model-file';
import { decideStance, useStanceModel } from '../src/engine/stance-model';
import { analyze } from '../src/engine/analyze';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const hasPolnear = existsSync(resolve(repo, '..', 'shared', 'polnear', 'train'));
if (!hasPolnear) console.warn(`stance training test skipped: no PolNeAR at ${resolve(repo, '..', 'shared', 'polnear')} (it sits beside the repo in CI)`);

describe.skipIf(!hasPolnear)('stance step on a slice of PolNeAR', () => {
  const corpus = hasPolnear ? loadStanceCorpus(repo, 40) : null;
  const grid = STANCE_GRID.slice(0, 1);

  it('builds examples from what the engine finds and from labelled spans it misses', () => {
    const found = corpus!.train.reduce((n, d) => n + d.found.filter((f) => f.matches.length).length, 0);
    const rebuilt = corpus!.train.reduce((n, d) => n + d.rebuilt.length, 0);
    expect(found).toBeGreaterThan(200);
    expect(rebuilt).toBeGreaterThan(50);
  });

  it('trains deterministically and records how', () => {
    const a = runStanceTraining(corpus!, grid);
    const b = runStanceTraining(corpus!, grid);
    expect(serializeModel(a.model)).toBe(serializeModel(b.model));
    expect(a.model.trained?.settings).toEqual(grid[0]);
    expect(String(a.model.trained?.selected_on)).toMatch(/PolNeAR dev/);
  });

  it('learns stance: far above chance on its own training slice, and the engine runs with it', () => {
    const { model } = runStanceTraining(corpus!, grid);
    const fit = measureStance(model, corpus!.train);
    expect(fit.perClass.denies.f1).toBeGreaterThan(0.5);
    expect(fit.rightOnFound).toBeGreaterThan(0.9);
    useStanceModel(model);
    try {
      const a = analyze([{ id: 'b0', kind: 'paragraph', text: 'The senator denied the report, calling it “completely false”.' }]);
      expect(a.statements.some((s) => s.stance === 'denies')).toBe(true);
      const block = 'The mayor said the budget would pass.';
      expect(decideStance({ block, start: 15, end: block.length - 1, cueStart: 10, cueEnd: 14, form: 'indirect', previous: '', mention: 'The mayor' }).stance).toBe('asserts');
    } finally {
      useStanceModel(null);
    }
  });
});
