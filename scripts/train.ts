// `npm run train`: trains the engine's learned steps from the labelled data beside the repo
// (../shared) and writes each step's model file under src/engine/models/.
//
//   npm run train [-- --check] [--step stance]
//
// --check retrains and fails when the result differs from the committed file (training is
// seeded and deterministic, so it must not).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeModel } from '../src/train/model-file';
import { loadStanceCorpus } from '../src/train/stance-corpus';
import { runStanceTraining } from '../src/train/stance-train';
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

const steps: Step[] = [
  {
    name: 'stance',
    file: join(repo, 'src', 'engine', 'models', 'stance.json'),
    train: () => {
      const t0 = Date.now();
      const corpus = loadStanceCorpus(repo);
      console.log(`stance: examples from ${corpus.train.length} + ${corpus.pages.length} documents read in ${((Date.now() - t0) / 1000).toFixed(1)} s; settings tried on PolNeAR dev:`);
      const run = runStanceTraining(corpus, undefined, (line) => console.log(line));
      console.log(`stance: chose ${JSON.stringify(run.settings)}; ${run.model.features.length} features`);
      return serializeModel(run.model);
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
