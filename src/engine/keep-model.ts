// The keep step: of the candidates the extractor finds, a linear model trained on labelled
// attributions (`npm run train`) keeps those that are statements a reader should see, so the
// extractor can reach for more shapes (learned cues, loose frames) while precision holds.
// Its weights ship with the engine and are read once per engine instance, never in a page.
import { LinearModel, type LinearModelData } from './linear-model';
import keepData from './models/keep.json';

export const KEEP_FEATURES_VERSION = 1;

let model: LinearModel | null = null;
function keepModel(): LinearModel {
  if (!model) {
    const data = keepData as LinearModelData;
    if (data.version !== KEEP_FEATURES_VERSION) {
      throw new Error(`keep model version ${data.version} does not match its features (${KEEP_FEATURES_VERSION}): run npm run train`);
    }
    model = new LinearModel(data);
  }
  return model;
}

/** Use this model instead of the shipped one (training and its tests); null restores the shipped one. */
export function useKeepModel(data: LinearModelData | null): void {
  model = data ? new LinearModel(data) : null;
}

/** Whether a candidate with these features is kept. The decision threshold is in the weights. */
export function decideKeep(features: readonly string[]): boolean {
  const m = keepModel();
  const { scores } = m.score(features);
  return scores[m.classes.indexOf('keep')]! >= scores[m.classes.indexOf('drop')]!;
}
