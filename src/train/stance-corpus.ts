// The stance step's data, read once: PolNeAR train (to learn), PolNeAR dev (to choose
// settings) and the WhoSaid dev pages (learned from too, and measured leave-one-page-out).
import { join } from 'node:path';
import { useStanceModel, rulesOnlyStanceModel } from '../engine/stance-model';
import { loadPages, loadPolnear, sharedDir } from './corpora';
import { stanceDoc, type StanceDoc } from './stance-data';

export interface StanceCorpus {
  train: StanceDoc[];
  dev: StanceDoc[];
  pages: StanceDoc[];
}

export function loadStanceCorpus(repo: string, limit = Infinity, withDev = true): StanceCorpus {
  const shared = sharedDir(repo);
  // The features never read the engine's own stance, but the engine decides one while it runs:
  // the rules-only model keeps training independent of whatever weights are committed.
  useStanceModel(rulesOnlyStanceModel());
  try {
    return {
      train: loadPolnear(join(shared, 'polnear', 'train'), 'polnear-train', limit).map(stanceDoc),
      dev: withDev ? loadPolnear(join(shared, 'polnear', 'dev'), 'polnear-dev', limit).map(stanceDoc) : [],
      pages: loadPages(join(shared, 'corpus'), 'pages').map(stanceDoc),
    };
  } finally {
    useStanceModel(null);
  }
}
