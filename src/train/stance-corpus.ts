// The learned steps' data, read once: PolNeAR train (to learn), PolNeAR dev (to choose
// settings) and the WhoSaid pages, the 21 development pages and the further pages beside them
// (learned from too, and measured leave-one-page-out).
// Each document is analysed once, every candidate kept, and gives both the stance and the
// keep step their examples.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCandidates } from '../engine/analyze';
import { useStanceModel, rulesOnlyStanceModel } from '../engine/stance-model';
import { loadPages, loadPolnear, sharedDir, type LabelledDoc } from './corpora';
import { stanceDoc, type StanceDoc } from './stance-data';
import { keepDoc } from './keep-data';
import { speakerDoc, type SpeakerDoc } from './speaker-data';
import { useSpeakerModel, rulesOnlySpeakerModel } from '../engine/speaker-model';
import type { KeepCorpus } from './keep-train';

export interface StanceCorpus {
  train: StanceDoc[];
  dev: StanceDoc[];
  pages: StanceDoc[];
}

export interface LearningCorpus {
  stance: StanceCorpus;
  keep: KeepCorpus;
  /** Only pages teach the speaker step: PolNeAR leaves pronoun sources unresolved. */
  speaker: { pages: SpeakerDoc[] };
}

export function loadLearningCorpus(repo: string, limit = Infinity, withDev = true): LearningCorpus {
  const shared = sharedDir(repo);
  // The features never read the engine's own stance, but the engine decides one while it runs:
  // the rules-only model keeps training independent of whatever weights are committed.
  // Likewise the speaker step: its candidates are offered as the rules resolve the article.
  useStanceModel(rulesOnlyStanceModel());
  useSpeakerModel(rulesOnlySpeakerModel());
  try {
    const both = (docs: LabelledDoc[]) => docs.map((d) => {
      const found = analyzeCandidates(d.blocks);
      return { stance: stanceDoc(d, found.analysis), keep: keepDoc(d, found), speaker: speakerDoc(d, found) };
    });
    const train = both(loadPolnear(join(shared, 'polnear', 'train'), 'polnear-train', limit));
    const dev = withDev ? both(loadPolnear(join(shared, 'polnear', 'dev'), 'polnear-dev', limit)) : [];
    const more = join(shared, 'corpus-more');
    const pages = both([...loadPages(join(shared, 'corpus'), 'pages'), ...(existsSync(more) ? loadPages(more, 'pages') : [])]);
    return {
      stance: { train: train.map((x) => x.stance), dev: dev.map((x) => x.stance), pages: pages.map((x) => x.stance) },
      keep: { train: train.map((x) => x.keep), dev: dev.map((x) => x.keep), pages: pages.map((x) => x.keep) },
      speaker: { pages: pages.map((x) => x.speaker) },
    };
  } finally {
    useStanceModel(null);
    useSpeakerModel(null);
  }
}

export function loadStanceCorpus(repo: string, limit = Infinity, withDev = true): StanceCorpus {
  return loadLearningCorpus(repo, limit, withDev).stance;
}
