// The speaker step: the engine asks its model which person a "he said" / "she said" means,
// the rules' choice stands when the model knows nothing better, training is deterministic, and
// on the labelled pages a model trained without each page beats the rules on that page.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeCandidates } from '../src/engine/analyze';
import type { LinearModelData } from '../src/engine/linear-model';
import type { TextBlock } from '../src/engine/types';
import { rulesOnlySpeakerModel, useSpeakerModel } from '../src/engine/speaker-model';
import { measureSpeaker, measureSpeakerLeaveOneOut, trainSpeaker } from '../src/train/speaker-step';
import { isLabelledSpeaker } from '../src/train/speaker-match';
import { serializeModel } from '../src/train/model-file';
import type { SpeakerDoc } from '../src/train/speaker-data';
import { loadLearningCorpus } from '../src/train/stance-corpus';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const hasPages = existsSync(resolve(repo, '..', 'shared', 'corpus', 'gold')) && existsSync(resolve(repo, '..', 'shared', 'polnear', 'train'));
if (!hasPages) console.warn(`speaker step figures skipped: no labelled pages at ${resolve(repo, '..', 'shared')} (they sit beside the repo in CI)`);

// Two women: the one named last (an object, after "with") and the one the paragraph is about.
const article: TextBlock[] = [
  { id: 'b0', kind: 'paragraph', text: 'Dr. Maren Holt, who runs the flood lab, said the levee had held for forty years.' },
  { id: 'b1', kind: 'paragraph', text: 'Holt spent the spring working with Senator Ruth Calloway on the repair bill.' },
  { id: 'b2', kind: 'paragraph', text: '“We are out of time,” she said.' },
];

const speakerOf = (text: string) => analyze(article).statements.find((s) => s.text.includes(text))?.speaker;

/** A model that likes one feature and nothing else. */
const liking = (feature: string): LinearModelData => ({ name: 'speaker', version: 1, classes: ['speaker', 'other'], features: [feature], weights: [3, 0] });

describe('speaker step in the engine', () => {
  it('offers every person the pronoun may mean, the rules\' choice first, and follows the model', () => {
    useSpeakerModel(rulesOnlySpeakerModel());
    try {
      const { speakerChoices } = analyzeCandidates(article);
      const choice = speakerChoices.find((c) => c.text.includes('out of time'));
      expect(choice?.candidates.map((c) => c.name).sort()).toEqual(['Maren Holt', 'Ruth Calloway']);
      expect(choice?.candidates[0]!.features).toContain('rule');
      // The rules take the nearest fitting name.
      expect(speakerOf('out of time')).toBe('Ruth Calloway');
      // A model that prefers whoever already spoke picks the lab's head.
      useSpeakerModel(liking('spoke:<=1'));
      expect(speakerOf('out of time')).toBe('Maren Holt');
      // One that prefers a name right after "with" keeps the senator.
      useSpeakerModel(liking('before:with'));
      expect(speakerOf('out of time')).toBe('Ruth Calloway');
    } finally {
      useSpeakerModel(null);
    }
  });

  it('the shipped model loads and resolves the pronoun to someone named before it', () => {
    expect(['Maren Holt', 'Ruth Calloway']).toContain(speakerOf('out of time'));
  });
});

describe('speaker step training', () => {
  const choice = (rightAt: number, n: number) => ({
    candidates: Array.from({ length: n }, (_, i) => ({ features: ['bias', i === 0 ? 'rule' : 'other-one', i === rightAt ? 'opens' : 'as-name'], right: i === rightAt })),
  });
  const docs: SpeakerDoc[] = [
    { id: 'a', set: 'pages', choices: [choice(1, 3), choice(1, 2), choice(0, 2)] },
    { id: 'b', set: 'pages', choices: [choice(2, 3), choice(1, 2)] },
    { id: 'c', set: 'pages', choices: [choice(1, 2), choice(0, 3)] },
  ];

  it('is deterministic and learns what the labels say', () => {
    const one = trainSpeaker(docs);
    expect(serializeModel(trainSpeaker(docs))).toBe(serializeModel(one));
    const f = measureSpeaker(one, docs);
    expect(f.choices).toBe(7);
    expect(f.rules).toBe(2);
    // "opens" marks the right one in every choice: the model learns it.
    expect(f.model).toBe(7);
    expect(measureSpeakerLeaveOneOut(docs).model).toBeGreaterThanOrEqual(6);
  });

  it('counts a name as the labelled speaker as the corpus guide does', () => {
    const ada = { name: 'Ada Okafor', aliases: ['Ms. Okafor'], kind: 'person' };
    expect(isLabelledSpeaker('Okafor', ada)).toBe(true);
    expect(isLabelledSpeaker('Ms. Okafor', ada)).toBe(true);
    expect(isLabelledSpeaker('Ada Lovelace', ada)).toBe(false);
    expect(isLabelledSpeaker('', ada)).toBe(false);
    expect(isLabelledSpeaker('Okafor', { name: '(unresolved: she)', kind: 'unresolved' })).toBeNull();
    expect(isLabelledSpeaker('the Port Authority', { name: 'Port Authority of Aldmere', kind: 'organization' })).toBe(true);
  });
});

describe.skipIf(!hasPages)('speaker step on the labelled pages', () => {
  it('a model trained without each page names the speaker of its pronouns more often than the rules', () => {
    const { pages } = loadLearningCorpus(repo, 0, false).speaker;
    const f = measureSpeakerLeaveOneOut(pages);
    expect(f.choices).toBeGreaterThan(80);
    expect(f.model).toBeGreaterThan(f.rules);
  }, 300_000);
});
