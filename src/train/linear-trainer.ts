// Multinomial logistic regression over string features, trained by AdaGrad with L2, class
// weights against imbalance (denials are ~3 % of attributions) and a seeded order. Writes the
// LinearModelData the engine reads. Small and deterministic on purpose: the same inputs give
// the same file on every run.
import type { LinearModelData } from '../engine/linear-model';
import { seededRandom, shuffleInPlace } from './rng';

export interface Example {
  features: readonly string[];
  label: string;
  /** How much this example counts (e.g. more for the product's own kind of page). */
  weight?: number;
}

/** The settings a learned step chooses among on PolNeAR dev, as its model file records them. */
export interface StepSettings {
  epochs: number;
  learningRate: number;
  l2: number;
  classWeightPower: number;
  minCount: number;
  /** How much one example from the product's own kind of page (the labelled pages) counts. */
  pageWeight: number;
}

export interface TrainOptions {
  name: string;
  version: number;
  classes: readonly string[];
  epochs: number;
  learningRate: number;
  l2: number;
  /** Class weight = (share of an even split / class share) ^ power; 0 turns weighting off. */
  classWeightPower: number;
  /** Keep the mean of the weights at the end of each epoch instead of the last (steadier on rare classes). */
  averageEpochs?: boolean;
  /** Features seen in fewer examples are left out. */
  minCount: number;
  /** Features whose weights all stay within ±prune are dropped from the file. */
  prune: number;
  seed: number;
  /** Training runs from different seeded orders (seed, seed + 1, …) whose weights are averaged; 1 when absent. */
  orders?: number;
  /** Kept in the file, for people. */
  notes?: Record<string, unknown>;
}

interface Row { ids: Int32Array; y: number; weight: number }

/** One training run: AdaGrad over the rows in an order shuffled from `seed`. */
function trainOnce(rows: readonly Row[], features: number, K: number, classWeight: readonly number[], o: TrainOptions, seed: number): Float64Array {
  const W = new Float64Array(features * K);
  const G = new Float64Array(features * K).fill(1e-8);
  const scores = new Float64Array(K);
  const grad = new Float64Array(K);
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  const sum = o.averageEpochs ? new Float64Array(W.length) : null;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const { ids, y, weight } = rows[r]!;
      scores.fill(0);
      for (const f of ids) for (let k = 0; k < K; k++) scores[k]! += W[f * K + k]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, scores[k]!);
      let total = 0;
      for (let k = 0; k < K; k++) { scores[k] = Math.exp(scores[k]! - max); total += scores[k]!; }
      const scale = weight * classWeight[y]!;
      for (let k = 0; k < K; k++) grad[k] = (scores[k]! / total - (k === y ? 1 : 0)) * scale;
      for (const f of ids) {
        for (let k = 0; k < K; k++) {
          const at = f * K + k;
          const g = grad[k]! + o.l2 * W[at]!;
          G[at]! += g * g;
          W[at]! -= (o.learningRate * g) / Math.sqrt(G[at]!);
        }
      }
    }
    if (sum) for (let i = 0; i < W.length; i++) sum[i]! += W[i]!;
  }
  if (sum) for (let i = 0; i < W.length; i++) W[i] = sum[i]! / o.epochs;
  return W;
}

/** Rounded so that the file is small and the same on every machine. */
const round = (x: number): number => Math.round(x * 1e3) / 1e3;

export function trainLinear(examples: readonly Example[], o: TrainOptions): LinearModelData {
  const K = o.classes.length;
  const classIndex = new Map(o.classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= o.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));

  const perClass = new Array<number>(K).fill(0);
  const rows = examples.map((e) => {
    const y = classIndex.get(e.label);
    if (y === undefined) throw new Error(`unknown class ${e.label}`);
    perClass[y]! += 1;
    const ids = e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined);
    return { ids: Int32Array.from(ids), y, weight: e.weight ?? 1 };
  });
  const total = rows.length;
  const classWeight = perClass.map((n) => (n ? Math.pow(total / (K * n), o.classWeightPower) : 0));

  // Several passes from different seeded orders, their weights averaged: one order's luck moved
  // a rare class's held-out F1 by several points; the mean of a few is steadier (and still one
  // linear model of the same size).
  const runs = Math.max(1, o.orders ?? 1);
  const W = new Float64Array(vocab.length * K);
  for (let run = 0; run < runs; run++) {
    const one = trainOnce(rows, vocab.length, K, classWeight, o, o.seed + run);
    for (let i = 0; i < W.length; i++) W[i]! += one[i]! / runs;
  }

  const features: string[] = [];
  const weights: number[] = [];
  for (let f = 0; f < vocab.length; f++) {
    // Only differences between a feature's class weights decide anything: each row is centred
    // (which changes no decision), and rows that barely tell classes apart are left out.
    let mean = 0;
    for (let k = 0; k < K; k++) mean += W[f * K + k]! / K;
    let keep = false;
    for (let k = 0; k < K; k++) if (Math.abs(W[f * K + k]! - mean) > o.prune) keep = true;
    if (!keep) continue;
    features.push(vocab[f]!);
    for (let k = 0; k < K; k++) weights.push(round(W[f * K + k]! - mean));
  }
  return {
    name: o.name,
    version: o.version,
    classes: [...o.classes],
    features,
    weights,
    trained: {
      examples: total,
      per_class: Object.fromEntries(o.classes.map((c, i) => [c, perClass[i]])),
      epochs: o.epochs, average_epochs: !!o.averageEpochs, learning_rate: o.learningRate, l2: o.l2, class_weight_power: o.classWeightPower,
      min_count: o.minCount, prune: o.prune, seed: o.seed, ...(runs > 1 ? { orders: runs } : {}), ...o.notes,
    },
  };
}
