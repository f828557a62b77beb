// The keep step: of the candidates a learned cue introduces, a linear model trained on labelled
// attributions (`npm run train`) keeps those that are statements a reader should see, so the
// extractor can reach for more cues than a list holds while precision holds.
// Its weights ship with the engine and are read once per engine instance, never in a page.
import { LinearModel, ModelSlot, type LinearModelData } from './linear-model';
import keepData from './models/keep.json';

export const KEEP_FEATURES_VERSION = 1;

const slot = new ModelSlot(keepData as LinearModelData, KEEP_FEATURES_VERSION);
const keepModel = (): LinearModel => slot.get();

/** Use this model instead of the shipped one (training and its tests); null restores the shipped one. */
export function useKeepModel(data: LinearModelData | null): void {
  slot.use(data);
}

/**
 * Which candidates the keep step decides: those a learned cue introduced. The shapes the guide
 * names (listed reporting verbs, quotes, "according to", a headline's "Name: claim") are
 * statements by definition and always kept; a learned cue ("started", "ignored") is a
 * statement only in some of its uses, and that is what the model tells apart.
 */
export function keepDecides(features: readonly string[]): boolean {
  return features.includes('learned-cue');
}

/** Whether a candidate with these features is kept. The decision threshold is in the weights. */
export function decideKeep(features: readonly string[]): boolean {
  const m = keepModel();
  const { scores } = m.score(features);
  return scores[m.classes.indexOf('keep')]! >= scores[m.classes.indexOf('drop')]!;
}
