// Leave-one-page-out: each dev page analysed with a stance model trained without it, the
// figure that predicts pages nobody has labelled. The rest of the engine is rule-based and
// unchanged, so only the stance step is retrained per page.
import type { LinearModelData } from '../engine/linear-model';
import { useStanceModel } from '../engine/stance-model';
import type { Analysis } from '../engine/types';
import type { StanceCorpus } from './stance-corpus';
import { trainStance, type StanceSettings } from './stance-step';

export function* leaveOnePageOut(corpus: StanceCorpus, settings: StanceSettings, analysePage: (id: string) => Analysis): Generator<{ id: string; analysis: Analysis; model: LinearModelData }> {
  for (const page of corpus.pages) {
    const others = corpus.pages.filter((p) => p !== page);
    const model = trainStance([...corpus.train, ...others], settings, { left_out: page.id });
    useStanceModel(model);
    try {
      yield { id: page.id, analysis: analysePage(page.id), model };
    } finally {
      useStanceModel(null);
    }
  }
}
