// The keep step trained on a small slice of PolNeAR train: the same code path as
// `npm run train`, fast enough for every test run; and the engine obeying the model it is given.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLearningCorpus } from '../src/train/stance-corpus';
import { runKeepTraining, KEEP_GRID } from '../src/train/keep-train';
import { measureKeep, withOffset } from '../src/train/keep-step';
import { serializeModel } from '../src/train/model-file';
import { useKeepModel } from '../src/engine/keep-model';
import { analyze, analyzeCandidates } from '../src/engine/analyze';
import type { LinearModelData } from '../src/engine/linear-model';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const hasPolnear = existsSync(resolve(repo, '..', 'shared', 'polnear', 'train'));
if (!hasPolnear) console.warn(`keep training test skipped: no PolNeAR at ${resolve(repo, '..', 'shared', 'polnear')} (it sits beside the repo in CI)`);

const article = [
  { id: 'b0', kind: 'paragraph' as const, text: '“We will rebuild the pier by spring,” the harbour master said on Monday.' },
  { id: 'b1', kind: 'paragraph' as const, text: 'The council denied the report, calling it “completely false”.' },
  { id: 'b2', kind: 'paragraph' as const, text: 'Mayor Ilse Brandt blasted the harbour plan as reckless and costly.' },
];
const model = (keepWeight: number): LinearModelData => ({ name: 'keep', version: 1, classes: ['keep', 'drop'], features: ['bias'], weights: [keepWeight, 0] });

describe('keep step in the engine', () => {
  it('decides what learned cues introduce, drops what the model drops, and keeps every candidate for training', () => {
    useKeepModel(model(-1));
    try {
      const kept = analyze(article);
      // The listed verbs and the quote are statements by definition; "blasted" is a learned cue.
      expect(kept.statements.map((s) => s.cue)).not.toContain('blasted');
      expect(kept.statements.map((s) => s.cue)).toEqual(expect.arrayContaining(['said', 'denied']));
      expect(kept.actors.map((a) => a.name)).not.toContain('Ilse Brandt');
      const all = analyzeCandidates(article);
      expect(all.analysis.statements.map((s) => s.cue)).toContain('blasted');
      expect(all.keepFeatures).toHaveLength(all.analysis.statements.length);
      expect(all.keepFeatures[0]).toContain('bias');
    } finally {
      useKeepModel(null);
    }
    useKeepModel(model(1));
    try {
      expect(analyze(article).statements.length).toBe(analyzeCandidates(article).analysis.statements.length);
    } finally {
      useKeepModel(null);
    }
  });

  it('moves its threshold into the weights', () => {
    const moved = withOffset(model(0.25), -0.5);
    expect(moved.weights[0]).toBe(-0.25);
    expect(moved.trained?.offset).toBe(-0.5);
  });
});

describe.skipIf(!hasPolnear)('keep step on a slice of PolNeAR', () => {
  const corpus = hasPolnear ? loadLearningCorpus(repo, 40).keep : null;
  const grid = KEEP_GRID.slice(0, 1);

  it('labels candidates by the labelled statements they match', () => {
    const all = corpus!.train.flatMap((d) => d.candidates);
    const kept = all.filter((c) => c.matches.length).length;
    expect(kept).toBeGreaterThan(200);
    expect(all.length - kept).toBeGreaterThan(5);
  });

  it('trains deterministically, chooses a threshold that holds precision, and records how', () => {
    const a = runKeepTraining(corpus!, grid);
    const b = runKeepTraining(corpus!, grid);
    expect(serializeModel(a.model)).toBe(serializeModel(b.model));
    expect(a.model.trained?.settings).toEqual(grid[0]);
    expect(a.figures.precision).toBeGreaterThanOrEqual(0.9);
    expect(String(a.model.trained?.selected_on)).toMatch(/PolNeAR dev/);
    // The threshold baked into the file gives the figures it was chosen by.
    expect(measureKeep(a.model, corpus!.dev).f1).toBeCloseTo(a.figures.f1, 6);
  });
});
