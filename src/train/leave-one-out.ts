// Leave-one-page-out: each page analysed with models trained without it, the figure that
// predicts pages nobody has labelled. The learned steps (keep, stance, speaker) are retrained per
// page with the committed models' settings; the rest of the engine is rule-based and unchanged.
import type { LinearModelData } from '../engine/linear-model';
import { useStanceModel } from '../engine/stance-model';
import { useKeepModel } from '../engine/keep-model';
import type { Analysis } from '../engine/types';
import type { LearningCorpus } from './stance-corpus';
import { trainStance, type StanceSettings } from './stance-step';
import { trainKeep, withOffset, type KeepSettings } from './keep-step';
import { trainSpeaker, type SpeakerSettings } from './speaker-step';
import { useSpeakerModel } from '../engine/speaker-model';

export interface LeaveOutSettings {
  stance: StanceSettings;
  keep: { settings: KeepSettings; offset: number };
  speaker: SpeakerSettings;
}

/** `ids`: the pages to leave out in turn (each must be among the corpus's pages). */
export function* leaveOnePageOut(corpus: LearningCorpus, settings: LeaveOutSettings, ids: readonly string[], analysePage: (id: string) => Analysis): Generator<{ id: string; analysis: Analysis; model: LinearModelData }> {
  for (const id of ids) {
    const at = corpus.stance.pages.findIndex((p) => p.id === id);
    if (at < 0) throw new Error(`leave-one-page-out: no page ${id} in the training corpus`);
    const model = trainStance([...corpus.stance.train, ...corpus.stance.pages.filter((_, i) => i !== at)], settings.stance, { left_out: id });
    const keep = withOffset(trainKeep([...corpus.keep.train, ...corpus.keep.pages.filter((_, i) => i !== at)], settings.keep.settings, { left_out: id }), settings.keep.offset);
    const speaker = trainSpeaker(corpus.speaker.pages.filter((p) => p.id !== id), settings.speaker, { left_out: id });
    useStanceModel(model);
    useKeepModel(keep);
    useSpeakerModel(speaker);
    try {
      yield { id, analysis: analysePage(id), model };
    } finally {
      useStanceModel(null);
      useKeepModel(null);
      useSpeakerModel(null);
    }
  }
}
