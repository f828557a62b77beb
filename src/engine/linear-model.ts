// A linear model over string features, as the training script writes it: one weight per
// feature and class, the class with the highest sum wins. Shared by every learned step
// (stance now; speakers and cues next), each with its own data file.

export interface LinearModelData {
  /** The step's name ("stance"). */
  name: string;
  /** Bumped when the feature function changes meaning: a model and its features travel together. */
  version: number;
  classes: string[];
  /** Feature names, in the order of `weights` rows. */
  features: string[];
  /** Row-major: weights[f * classes.length + k]. */
  weights: number[];
  /** How it was trained: data, settings, seed. For people, not for scoring. */
  trained?: Record<string, unknown>;
}

export interface Scored {
  best: number;
  scores: Float64Array;
}

export class LinearModel {
  readonly classes: readonly string[];
  private readonly index = new Map<string, number>();
  private readonly weights: Float64Array;

  constructor(readonly data: LinearModelData) {
    this.classes = data.classes;
    data.features.forEach((f, i) => this.index.set(f, i));
    this.weights = Float64Array.from(data.weights);
    if (this.weights.length !== data.features.length * data.classes.length) {
      throw new Error(`model ${data.name}: ${this.weights.length} weights for ${data.features.length} features × ${data.classes.length} classes`);
    }
  }

  score(features: readonly string[]): Scored {
    const k = this.classes.length;
    const scores = new Float64Array(k);
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      for (let c = 0; c < k; c++) scores[c] = scores[c]! + this.weights[row * k + c]!;
    }
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c;
    return { best, scores };
  }

  /** Features ranked by how much they pushed class `toward` above class `against`, strongest first. */
  reasons(features: readonly string[], toward: number, against: number, limit: number): { feature: string; weight: number }[] {
    const k = this.classes.length;
    const out: { feature: string; weight: number }[] = [];
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      const weight = this.weights[row * k + toward]! - this.weights[row * k + against]!;
      if (weight > 0) out.push({ feature: f, weight });
    }
    out.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
    return out.slice(0, limit);
  }
}

/**
 * A learned step's model: the shipped file, read on first use (once per engine instance) and
 * checked against the step's feature version, or a model put in its place by training and tests.
 */
export class ModelSlot {
  private model: LinearModel | null = null;

  constructor(private readonly shipped: LinearModelData, private readonly version: number) {}

  get(): LinearModel {
    if (!this.model) {
      if (this.shipped.version !== this.version) {
        throw new Error(`${this.shipped.name} model version ${this.shipped.version} does not match its features (${this.version}): run npm run train`);
      }
      this.model = new LinearModel(this.shipped);
    }
    return this.model;
  }

  /** Use this model instead of the shipped one; null restores the shipped one. */
  use(data: LinearModelData | null): void {
    this.model = data ? new LinearModel(data) : null;
  }
}
