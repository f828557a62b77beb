// The speaker step's training and measurement, on the examples of speaker-data.ts: a binary
// model (is this candidate the speaker?) whose scores rank a choice's candidates.
import type { LinearModelData } from '../engine/linear-model';
import { LinearModel } from '../engine/linear-model';
import { SPEAKER_FEATURES_VERSION } from '../engine/speaker-model';
import { trainLinear, type Example, type StepSettings } from './linear-trainer';
import type { SpeakerDoc } from './speaker-data';

export const SPEAKER_CLASSES = ['speaker', 'other'] as const;
export const SPEAKER_SEED = 20261205;

export type SpeakerSettings = StepSettings;

/**
 * The one setting the step trains with. PolNeAR labels pronoun sources as unresolved, so there
 * is no PolNeAR dev figure to choose among settings by; a fixed, strongly regularised setting
 * (the model has a few dozen features and a few hundred choices to learn from) avoids choosing
 * on the pages it is then measured on.
 */
export const SPEAKER_SETTINGS: SpeakerSettings = { epochs: 10, learningRate: 0.05, l2: 1e-3, classWeightPower: 0, minCount: 2, pageWeight: 1 };

/** What the committed model was trained with, as its file records it. */
export function speakerSettingsOf(model: LinearModelData): SpeakerSettings {
  const s = model.trained?.settings as SpeakerSettings | undefined;
  if (!s || typeof s.epochs !== 'number') throw new Error(`model ${model.name} does not record its training settings`);
  return s;
}

export function speakerExamples(docs: readonly SpeakerDoc[]): Example[] {
  return docs.flatMap((d) => d.choices.flatMap((c) => c.candidates.map((k) => ({ features: k.features, label: k.right ? 'speaker' : 'other' }))));
}

export function trainSpeaker(docs: readonly SpeakerDoc[], s: SpeakerSettings = SPEAKER_SETTINGS, notes: Record<string, unknown> = {}): LinearModelData {
  return trainLinear(speakerExamples(docs), {
    name: 'speaker', version: SPEAKER_FEATURES_VERSION, classes: SPEAKER_CLASSES,
    epochs: s.epochs, averageEpochs: true, learningRate: s.learningRate, l2: s.l2, classWeightPower: s.classWeightPower,
    minCount: s.minCount, prune: 0.01, seed: SPEAKER_SEED, notes: { settings: s, ...notes },
  });
}

export interface SpeakerFigures { choices: number; model: number; rules: number }

/** Of the choices, how many the model ranks right, and how many the rules' own choice gets right. */
export function measureSpeaker(model: LinearModelData, docs: readonly SpeakerDoc[]): SpeakerFigures {
  const m = new LinearModel(model);
  const yes = m.classes.indexOf('speaker');
  const no = m.classes.indexOf('other');
  let choices = 0, byModel = 0, byRules = 0;
  for (const d of docs) {
    for (const c of d.choices) {
      choices++;
      let best = 0;
      let bestScore = -Infinity;
      c.candidates.forEach((k, i) => {
        const { scores } = m.score(k.features);
        const s = scores[yes]! - scores[no]!;
        if (s > bestScore) { best = i; bestScore = s; }
      });
      if (c.candidates[best]!.right) byModel++;
      const rule = c.candidates.findIndex((k) => k.features.includes('rule'));
      if (rule >= 0 && c.candidates[rule]!.right) byRules++;
    }
  }
  return { choices, model: byModel, rules: byRules };
}

/** The same figures, each page's choices ranked by a model trained on the other pages. */
export function measureSpeakerLeaveOneOut(docs: readonly SpeakerDoc[], s: SpeakerSettings = SPEAKER_SETTINGS): SpeakerFigures {
  const total: SpeakerFigures = { choices: 0, model: 0, rules: 0 };
  docs.forEach((d, i) => {
    if (!d.choices.length) return;
    const f = measureSpeaker(trainSpeaker(docs.filter((_, j) => j !== i), s), [d]);
    total.choices += f.choices; total.model += f.model; total.rules += f.rules;
  });
  return total;
}
