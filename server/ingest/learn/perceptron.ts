// An averaged perceptron over sparse string features (Collins 2002): the learned part of
// extraction. Training runs at build time (train/); the service only scores with the
// weights it reads from a JSON file in the repository. Pure, no dependency.

/** Weights per feature, one number per label, as stored in the model file. */
export interface PerceptronModel {
  labels: readonly string[];
  weights: Record<string, readonly number[]>;
}

type WeightTable = ReadonlyMap<string, readonly number[]>;

/** Adds the weights of each feature the table holds to `scores`, one sum per label. */
function addWeights(table: WeightTable, features: readonly string[], scores: number[]): number[] {
  for (const feature of features) {
    const weights = table.get(feature);
    if (!weights) continue;
    for (let label = 0; label < scores.length; label++) scores[label]! += weights[label]!;
  }
  return scores;
}

/** The label with the highest score; ties go to the first label. */
export function bestOf(scores: readonly number[]): number {
  let best = 0;
  for (let label = 1; label < scores.length; label++)
    if (scores[label]! > scores[best]!) best = label;
  return best;
}

const zeros = (labels: number) => new Array<number>(labels).fill(0);

/** The weights in a Map, read faster than a large object's keys. */
const compiled = new WeakMap<PerceptronModel, Map<string, readonly number[]>>();
function weightsOf(model: PerceptronModel): Map<string, readonly number[]> {
  let weights = compiled.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights));
    compiled.set(model, weights);
  }
  return weights;
}

/**
 * Adds the features' weights to `scores`: a caller that scores the same features often (a
 * word's own) adds them once and keeps the sums.
 */
export const addScores = (model: PerceptronModel, features: readonly string[], scores: number[]) =>
  addWeights(weightsOf(model), features, scores);

/** The score of each label for the features. */
export const scoresOf = (model: PerceptronModel, features: readonly string[]): number[] =>
  addScores(model, features, zeros(model.labels.length));

export const predict = (model: PerceptronModel, features: readonly string[]): number =>
  bestOf(scoresOf(model, features));

/**
 * Learns weights from examples seen in a fixed order (the caller shuffles with a seed):
 * each wrong guess moves the weights of its features toward the gold label.
 */
export class PerceptronTrainer {
  private readonly weights = new Map<string, number[]>();
  /** Sum of each weight's value over all updates, kept lazily (the "averaged" part). */
  private readonly totals = new Map<string, number[]>();
  private readonly stamps = new Map<string, number[]>();
  private instance = 1;

  constructor(readonly labels: readonly string[]) {}

  /** Scores one example with the current weights and updates them when it was wrong. */
  update(features: readonly string[], gold: number): number {
    const guess = bestOf(addWeights(this.weights, features, zeros(this.labels.length)));
    if (guess !== gold)
      for (const feature of features) {
        this.add(feature, gold, 1);
        this.add(feature, guess, -1);
      }
    this.instance++;
    return guess;
  }

  /** The averaged weights, rounded: what the service reads. Features all zero are left out. */
  averaged(decimals = 3): PerceptronModel {
    const scale = 10 ** decimals;
    const weights: Record<string, number[]> = {};
    for (const [feature, row] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const averaged = row.map((w, label) => {
        const total = totals[label]! + (this.instance - stamps[label]!) * w;
        return Math.round((total / this.instance) * scale) / scale;
      });
      if (averaged.some((w) => w !== 0)) weights[feature] = averaged;
    }
    return { labels: this.labels, weights };
  }

  private add(feature: string, label: number, delta: number) {
    let row = this.weights.get(feature);
    if (!row) {
      row = new Array<number>(this.labels.length).fill(0);
      this.weights.set(feature, row);
      this.totals.set(feature, new Array<number>(this.labels.length).fill(0));
      this.stamps.set(feature, new Array<number>(this.labels.length).fill(this.instance));
    }
    const totals = this.totals.get(feature)!;
    const stamps = this.stamps.get(feature)!;
    totals[label]! += (this.instance - stamps[label]!) * row[label]!;
    stamps[label] = this.instance;
    row[label]! += delta;
  }
}
