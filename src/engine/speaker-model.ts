// The speaker step: which of the people named before a "he said" / "she said" said it. A
// linear model trained on the labelled pages (`npm run train`) scores each candidate the
// resolution offers; the best one speaks. The rules' own choice comes first and is one of the
// features, so a model that knows nothing better keeps it.
// Its weights ship with the engine and are read once per engine instance, never in a page.
import { LinearModel, ModelSlot, type LinearModelData } from './linear-model';
import speakerData from './models/speaker.json';

export const SPEAKER_FEATURES_VERSION = 1;

const slot = new ModelSlot(speakerData as LinearModelData, SPEAKER_FEATURES_VERSION);

/** Use this model instead of the shipped one (training and its tests); null restores the shipped one. */
export function useSpeakerModel(data: LinearModelData | null): void {
  slot.use(data);
}

/** A model that knows nothing: every candidate scores the same, so the rules' choice stands. */
export function rulesOnlySpeakerModel(): LinearModelData {
  return { name: 'speaker', version: SPEAKER_FEATURES_VERSION, classes: ['speaker', 'other'], features: [], weights: [] };
}

/** How much a candidate with these features looks like the speaker (higher is likelier). */
export function speakerScore(features: readonly string[]): number {
  const m: LinearModel = slot.get();
  const { scores } = m.score(features);
  return scores[m.classes.indexOf('speaker')]! - scores[m.classes.indexOf('other')]!;
}

/** The index of the best candidate; on a tie the earlier one (the rules' choice comes first). */
export function pickSpeaker(candidates: readonly (readonly string[])[]): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const s = speakerScore(candidates[i]!);
    if (s > bestScore) { best = i; bestScore = s; }
  }
  return best;
}
