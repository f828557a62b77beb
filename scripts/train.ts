// `npm run train`: trains the engine's learned steps from the labelled data beside the repo
// (../shared) and writes each step's model file under src/engine/models/.
//
//   npm run train [-- --check] [--step keep|stance|speaker]
//
// --check retrains and fails when the result differs from the committed file (training is
// seeded and deterministic, so it must not).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeModel } from '../src/train/model-file';
import { loadLearningCorpus, type LearningCorpus } from '../src/train/stance-corpus';
import { runStanceTraining } from '../src/train/stance-train';
import { runKeepTraining } from '../src/train/keep-train';
import { measureSpeaker, measureSpeakerLeaveOneOut, trainSpeaker, SPEAKER_SETTINGS } from '../src/train/speaker-step';
import { sharedDir } from '../src/train/corpora';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const stepAt = args.indexOf('--step');
const only = stepAt >= 0 ? args[stepAt + 1] : undefined;

interface Step {
  name: string;
  file: string;
  train: () => string;
}

/** Every step learns from the same documents, analysed once. */
let corpus: LearningCorpus | null = null;
function learningCorpus(): LearningCorpus {
  if (!corpus) {
    const t0 = Date.now();
    corpus = loadLearningCorpus(repo);
    console.log(`examples from ${corpus.stance.train.length} PolNeAR train articles, ${corpus.stance.dev.length} PolNeAR dev articles and ${corpus.stance.pages.length} pages, read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return corpus;
}

const steps: Step[] = [
  {
    name: 'keep',
    file: join(repo, 'src', 'engine', 'models', 'keep.json'),
    train: () => {
      const { keep } = learningCorpus();
      console.log('keep: settings and threshold tried on PolNeAR dev:');
      const run = runKeepTraining(keep, undefined, (line) => console.log(line));
      console.log(`keep: chose ${JSON.stringify(run.settings)}, offset ${run.offset}; ${run.model.features.length} features`);
      return serializeModel(run.model);
    },
  },
  {
    name: 'stance',
    file: join(repo, 'src', 'engine', 'models', 'stance.json'),
    train: () => {
      const { stance } = learningCorpus();
      console.log('stance: settings tried on PolNeAR dev:');
      const run = runStanceTraining(stance, undefined, (line) => console.log(line));
      console.log(`stance: chose ${JSON.stringify(run.settings)}; ${run.model.features.length} features`);
      return serializeModel(run.model);
    },
  },
  {
    name: 'speaker',
    file: join(repo, 'src', 'engine', 'models', 'speaker.json'),
    train: () => {
      const { pages } = learningCorpus().speaker;
      const model = trainSpeaker(pages);
      const seen = measureSpeaker(model, pages);
      const unseen = measureSpeakerLeaveOneOut(pages);
      const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(1)} %)`;
      console.log(`speaker: ${seen.choices} pronoun choices with a labelled speaker among their candidates, on ${pages.filter((p) => p.choices.length).length} pages`);
      console.log(`speaker: right by the rules ${share(seen.rules, seen.choices)}; by the model trained on all pages ${share(seen.model, seen.choices)}; leave-one-page-out ${share(unseen.model, unseen.choices)}`);
      model.trained = {
        ...model.trained,
        learned_from: `WhoSaid pages (${pages.length}): ${seen.choices} pronoun statements with a labelled speaker`,
        measured: `pronoun speakers right, leave-one-page-out: ${share(unseen.model, unseen.choices)} (rules: ${share(unseen.rules, unseen.choices)})`,
      };
      console.log(`speaker: ${JSON.stringify(SPEAKER_SETTINGS)}; ${model.features.length} features`);
      return serializeModel(model);
    },
  },
];

if (!existsSync(join(sharedDir(repo), 'polnear', 'train'))) {
  console.error(`train: no training data at ${sharedDir(repo)} (expected polnear/train there)`);
  process.exit(1);
}
let failed = false;
for (const step of steps) {
  if (only && step.name !== only) continue;
  const t0 = Date.now();
  const text = step.train();
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (check) {
    const committed = existsSync(step.file) ? readFileSync(step.file, 'utf8') : '';
    if (committed === text) console.log(`${step.name}: retrained in ${seconds} s, identical to the committed file`);
    else { console.error(`${step.name}: retrained in ${seconds} s, DIFFERS from the committed ${step.file}: run npm run train and commit it`); failed = true; }
  } else {
    writeFileSync(step.file, text);
    console.log(`${step.name}: wrote ${step.file} (${(text.length / 1024).toFixed(0)} KB) in ${seconds} s`);
  }
}
process.exit(failed ? 1 : 0);
