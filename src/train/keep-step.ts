// The keep step's training and measurement, on the examples of keep-data.ts.
import type { LinearModelData } from '../engine/linear-model';
import { LinearModel } from '../engine/linear-model';
import { KEEP_FEATURES_VERSION, keepDecides } from '../engine/keep-model';
import { trainLinear, type Example, type StepSettings } from './linear-trainer';
import type { KeepDoc } from './keep-data';

export const KEEP_CLASSES = ['keep', 'drop'] as const;
export const KEEP_SEED = 20261205;

export type KeepSettings = StepSettings;

/** What the committed model was trained with, and the threshold chosen for it, as its file records them. */
export function keepSettingsOf(model: LinearModelData): { settings: KeepSettings; offset: number } {
  const t = model.trained ?? {};
  const settings = t.settings as KeepSettings | undefined;
  if (!settings || typeof settings.epochs !== 'number' || typeof t.offset !== 'number') throw new Error(`model ${model.name} does not record its training settings and offset`);
  return { settings, offset: t.offset };
}

export function keepExamples(docs: readonly KeepDoc[], s: KeepSettings): Example[] {
  return docs.flatMap((d) => d.candidates.filter((c) => keepDecides(c.features)).map((c) => ({ features: c.features, label: c.matches.length ? 'keep' : 'drop', weight: d.set === 'pages' ? s.pageWeight : 1 })));
}

export function trainKeep(docs: readonly KeepDoc[], s: KeepSettings, notes: Record<string, unknown> = {}): LinearModelData {
  return trainLinear(keepExamples(docs, s), {
    name: 'keep', version: KEEP_FEATURES_VERSION, classes: KEEP_CLASSES,
    epochs: s.epochs, averageEpochs: true, learningRate: s.learningRate, l2: s.l2, classWeightPower: s.classWeightPower,
    minCount: s.minCount, prune: 0.02, seed: KEEP_SEED, notes: { settings: s, ...notes },
  });
}

/**
 * The model with its threshold moved by `offset` (added to the keep class's bias), so the
 * engine decides by the plain comparison of the two scores.
 */
export function withOffset(model: LinearModelData, offset: number): LinearModelData {
  const k = model.classes.length;
  const keep = model.classes.indexOf('keep');
  let row = model.features.indexOf('bias');
  const features = [...model.features];
  const weights = [...model.weights];
  if (row < 0) { row = features.length; features.push('bias'); weights.push(...new Array<number>(k).fill(0)); }
  weights[row * k + keep] = Math.round((weights[row * k + keep]! + offset) * 1e3) / 1e3;
  return { ...model, features, weights, trained: { ...model.trained, offset } };
}

export interface KeepFigures { kept: number; precision: number; recall: number; f1: number }

/** Statement precision and recall as the corpus scorer counts them, with this model deciding which candidates stay. */
export function measureKeep(model: LinearModelData, docs: readonly KeepDoc[], offset = 0): KeepFigures {
  const m = new LinearModel(model);
  const keep = m.classes.indexOf('keep');
  const drop = m.classes.indexOf('drop');
  let kept = 0, right = 0, gold = 0, recalled = 0;
  for (const d of docs) {
    gold += d.goldCount;
    const hit = new Set<number>();
    for (const c of d.candidates) {
      if (keepDecides(c.features)) {
        const { scores } = m.score(c.features);
        if (scores[keep]! + offset < scores[drop]!) continue;
      }
      kept++;
      if (c.matches.length) right++;
      for (const g of c.matches) hit.add(g);
    }
    recalled += hit.size;
  }
  const precision = kept ? right / kept : 0;
  const recall = gold ? recalled / gold : 0;
  return { kept, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
