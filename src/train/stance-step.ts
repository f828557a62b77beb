// The stance step's training and measurement, on the examples of stance-data.ts.
import type { LinearModelData } from '../engine/linear-model';
import { LinearModel } from '../engine/linear-model';
import { STANCE_FEATURES_VERSION } from '../engine/stance-model';
import type { Stance } from '../engine/types';
import { trainLinear, type Example, type StepSettings } from './linear-trainer';
import type { StanceDoc } from './stance-data';

export const STANCE_CLASSES: readonly Stance[] = ['denies', 'confirms', 'declines', 'asserts'];

export interface StanceSettings extends StepSettings {
  /** Whether labelled statements the engine misses are rebuilt from their spans and learned from. */
  rebuilt: boolean;
  averageEpochs?: boolean;
}

export const STANCE_SEED = 20261204;
/** Training runs averaged into the one model: held-out denial and decline F1 moved by up to six points from one seed to the next. */
export const STANCE_ORDERS = 3;

/** The settings a committed model was trained with, as its file records them. */
export function settingsOf(model: LinearModelData): StanceSettings {
  const s = model.trained?.settings as StanceSettings | undefined;
  if (!s || typeof s.epochs !== 'number') throw new Error(`model ${model.name} does not record its training settings`);
  return s;
}

export function stanceExamples(docs: readonly StanceDoc[], s: StanceSettings): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const weight = d.set === 'pages' ? s.pageWeight : 1;
    for (const f of d.found) if (f.matches.length) out.push({ features: f.features, label: d.gold[f.matches[0]!]!, weight });
    if (s.rebuilt) for (const r of d.rebuilt) out.push({ features: r.features, label: r.label, weight });
  }
  return out;
}

export function trainStance(docs: readonly StanceDoc[], s: StanceSettings, notes: Record<string, unknown> = {}): LinearModelData {
  return trainLinear(stanceExamples(docs, s), {
    name: 'stance', version: STANCE_FEATURES_VERSION, classes: STANCE_CLASSES,
    epochs: s.epochs, averageEpochs: s.averageEpochs, learningRate: s.learningRate, l2: s.l2, classWeightPower: s.classWeightPower,
    minCount: s.minCount, prune: 0.05, seed: STANCE_SEED, orders: STANCE_ORDERS,
    notes: { settings: s, ...notes },
  });
}

export interface ClassFigures { gold: number; predicted: number; precision: number; recall: number; f1: number }
export interface StanceFigures {
  perClass: Record<Stance, ClassFigures>;
  /** Of labelled statements the engine found, how many got the right stance (best match decides). */
  rightOnFound: number;
  /** The mistakes on found statements, gold → predicted, with their counts. */
  confusions: Map<string, number>;
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** The corpus scorer's stance lines, on the engine's statements as found, with this model deciding. */
export function measureStance(model: LinearModelData, docs: readonly StanceDoc[]): StanceFigures {
  const m = new LinearModel(model);
  const counts = Object.fromEntries(STANCE_CLASSES.map((c) => [c, { gold: 0, predicted: 0, p: 0, r: 0 }])) as Record<Stance, { gold: number; predicted: number; p: number; r: number }>;
  let found = 0;
  let right = 0;
  const confusions = new Map<string, number>();
  for (const d of docs) {
    const predicted = d.found.map((f) => m.classes[m.score(f.features).best] as Stance);
    for (const g of d.gold) counts[g].gold++;
    const recalled = new Set<number>();
    const best = new Map<number, { stance: Stance; score: number }>();
    d.found.forEach((f, i) => {
      const stance = predicted[i]!;
      counts[stance].predicted++;
      if (f.matches.some((g) => d.gold[g] === stance)) counts[stance].p++;
      for (const g of f.matches) {
        if (d.gold[g] === stance) recalled.add(g);
      }
    });
    // As the scorer does: a labelled statement's stance is judged on the found statement that overlaps it most.
    d.found.forEach((f, i) => f.matches.forEach((g, j) => {
      const score = f.scores[j]!;
      if (!best.has(g) || score > best.get(g)!.score) best.set(g, { stance: predicted[i]!, score });
    }));
    for (const g of recalled) counts[d.gold[g]!].r++;
    for (const [g, { stance }] of best) {
      found++;
      if (stance === d.gold[g]) right++;
      else confusions.set(`${d.gold[g]} → ${stance}`, (confusions.get(`${d.gold[g]} → ${stance}`) ?? 0) + 1);
    }
  }
  const perClass = Object.fromEntries(STANCE_CLASSES.map((c) => {
    const k = counts[c];
    const precision = k.predicted ? k.p / k.predicted : 0;
    const recall = k.gold ? k.r / k.gold : 0;
    return [c, { gold: k.gold, predicted: k.predicted, precision, recall, f1: f1(precision, recall) }];
  })) as Record<Stance, ClassFigures>;
  return { perClass, rightOnFound: found ? right / found : 0, confusions };
}

/** One number to choose settings by: the mean F1 of the three stances a reader comes for. */
export function selectionScore(f: StanceFigures): number {
  return (f.perClass.denies.f1 + f.perClass.confirms.f1 + f.perClass.declines.f1) / 3;
}
