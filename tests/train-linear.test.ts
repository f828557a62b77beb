// The training machinery every learned step uses: seeded, deterministic, and able to learn.
import { describe, expect, it } from 'vitest';
import { trainLinear, type Example, type TrainOptions } from '../src/train/linear-trainer';
import { LinearModel } from '../src/engine/linear-model';
import { serializeModel } from '../src/train/model-file';
import { seededRandom, shuffleInPlace } from '../src/train/rng';

const options: TrainOptions = {
  name: 'toy', version: 1, classes: ['denies', 'asserts'], epochs: 10, learningRate: 0.1, l2: 1e-4,
  classWeightPower: 0.5, minCount: 1, prune: 0, seed: 7,
};

/** A toy task with a rare class: "no" or "false" among random words marks a denial. */
function toyExamples(n: number, seed: number): Example[] {
  const random = seededRandom(seed);
  const filler = ['budget', 'road', 'vote', 'plan', 'city', 'week', 'school', 'tax'];
  return Array.from({ length: n }, () => {
    const words = Array.from({ length: 4 }, () => filler[Math.floor(random() * filler.length)]!);
    const denial = random() < 0.1;
    if (denial) words.push(random() < 0.5 ? 'no' : 'false');
    return { features: ['bias', ...words.map((w) => `w:${w}`)], label: denial ? 'denies' : 'asserts' };
  });
}

describe('linear trainer', () => {
  it('gives the same model twice for the same data and seed, another for another seed', () => {
    const data = toyExamples(400, 1);
    expect(serializeModel(trainLinear(data, options))).toBe(serializeModel(trainLinear(data, options)));
    expect(serializeModel(trainLinear(data, { ...options, seed: 8 }))).not.toBe(serializeModel(trainLinear(data, options)));
  });

  it('learns a rare class from the words that mark it', () => {
    const model = new LinearModel(trainLinear(toyExamples(600, 2), options));
    const held = toyExamples(300, 3);
    const right = held.filter((e) => model.classes[model.score(e.features).best] === e.label).length;
    expect(right / held.length).toBeGreaterThan(0.97);
    const denies = model.classes.indexOf('denies');
    expect(model.reasons(['bias', 'w:road', 'w:false'], denies, 1 - denies, 1)[0]!.feature).toBe('w:false');
  });

  it('leaves out features seen too rarely and rows that tell no class apart', () => {
    const data: Example[] = [
      { features: ['bias', 'w:once'], label: 'asserts' },
      ...toyExamples(200, 4),
    ];
    const model = trainLinear(data, { ...options, minCount: 2, prune: 0.05 });
    expect(model.features).not.toContain('w:once');
    expect(model.weights.length).toBe(model.features.length * model.classes.length);
    // Rows are centred: only differences between classes are kept.
    for (let f = 0; f < model.features.length; f++) {
      const row = model.weights.slice(f * 2, f * 2 + 2);
      expect(Math.abs(row[0]! + row[1]!)).toBeLessThan(0.002);
    }
  });

  it('refuses a model whose weights do not fit its features', () => {
    expect(() => new LinearModel({ name: 'x', version: 1, classes: ['a', 'b'], features: ['f'], weights: [1] })).toThrow(/1 weights/);
  });

  it('shuffles reproducibly', () => {
    const a = shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(3));
    const b = shuffleInPlace([1, 2, 3, 4, 5, 6], seededRandom(3));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
