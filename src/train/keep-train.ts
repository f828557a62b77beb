// The keep step end to end: settings and threshold chosen on PolNeAR dev, the model trained on
// PolNeAR train and the dev pages with them. Deterministic: same data, same file.
import type { LinearModelData } from '../engine/linear-model';
import type { KeepDoc } from './keep-data';
import { measureKeep, trainKeep, withOffset, type KeepFigures, type KeepSettings } from './keep-step';

export interface KeepCorpus {
  train: KeepDoc[];
  dev: KeepDoc[];
  pages: KeepDoc[];
}

export const KEEP_GRID: readonly KeepSettings[] = [
  { epochs: 6, learningRate: 0.05, l2: 1e-4, classWeightPower: 0, minCount: 3, pageWeight: 3 },
  { epochs: 6, learningRate: 0.05, l2: 1e-3, classWeightPower: 0, minCount: 3, pageWeight: 3 },
];

/** Thresholds tried, as offsets added to the keep score: from dropping freely to keeping nearly all. */
export const KEEP_OFFSETS: readonly number[] = Array.from({ length: 41 }, (_, i) => Math.round((-2 + i * 0.1) * 10) / 10);

/** The least statement precision the product accepts on PolNeAR dev while it reaches for recall. */
export const KEEP_MIN_PRECISION = 0.9;

export interface KeepRun {
  model: LinearModelData;
  settings: KeepSettings;
  offset: number;
  figures: KeepFigures;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export function runKeepTraining(corpus: KeepCorpus, grid: readonly KeepSettings[] = KEEP_GRID, log: (line: string) => void = () => {}): KeepRun {
  const learnFrom = [...corpus.train, ...corpus.pages];
  let best: KeepRun | null = null;
  for (const settings of grid) {
    const model = trainKeep(learnFrom, settings);
    let mine: { offset: number; figures: KeepFigures } | null = null;
    for (const offset of KEEP_OFFSETS) {
      const figures = measureKeep(model, corpus.dev, offset);
      if (figures.precision < KEEP_MIN_PRECISION) continue;
      // Strictly better only: on a tie the earlier (stricter) threshold stays.
      if (!mine || figures.f1 > mine.figures.f1) mine = { offset, figures };
    }
    if (!mine) { log(`  ${JSON.stringify(settings)}  no threshold keeps precision >= ${KEEP_MIN_PRECISION}`); continue; }
    const f = mine.figures;
    log(`  ${JSON.stringify(settings)}  offset ${mine.offset}: PolNeAR dev statements P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}`);
    if (!best || f.f1 > best.figures.f1) best = { model, settings, offset: mine.offset, figures: f };
  }
  if (!best) throw new Error('keep: no settings reach the precision floor on PolNeAR dev');
  const f = best.figures;
  best.model = withOffset(best.model, best.offset);
  best.model.trained = {
    ...best.model.trained,
    learned_from: `PolNeAR train (${corpus.train.length} articles) + WhoSaid pages (${corpus.pages.length}: the development pages and the further ones)`,
    selected_on: `PolNeAR dev (${corpus.dev.length} articles): statements P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}`,
  };
  return best;
}
