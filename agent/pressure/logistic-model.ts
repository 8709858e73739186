import { createSeededRandom } from '../../protocol/index.ts';
import { FEATURE_BUCKETS, type SparseVector } from './extract-features.ts';

/** Training settings of the one-vs-rest logistic regression. */
export interface LogisticTrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Weight of a positive example relative to a negative one (the classes are very unbalanced). */
  readonly positiveWeight: number;
  readonly seed: string;
}

/** Defaults chosen on the dev set (see scripts/evaluate.ts). */
export const DEFAULT_TRAINING_OPTIONS: LogisticTrainingOptions = {
  epochs: 24,
  learningRate: 0.8,
  l2: 1e-5,
  positiveWeight: 2,
  seed: 'majordome-pressure-model-v1',
};

/** A trained multi-label linear model over hashed features: one sigmoid per class. */
export interface LogisticModel {
  readonly classCount: number;
  /** Interleaved weights: bucket * classCount + class, so one feature's weights sit together. */
  readonly weights: Float32Array;
  readonly biases: Float64Array;
}

/** Fills `out` with the probability of each class for one feature vector. */
export function predictProbabilities(model: LogisticModel, vector: SparseVector, out: Float64Array): Float64Array {
  const { classCount, weights, biases } = model;
  for (let c = 0; c < classCount; c++) out[c] = biases[c] ?? 0;
  for (let k = 0; k < vector.indices.length; k++) {
    const base = (vector.indices[k] ?? 0) * classCount;
    const value = vector.values[k] ?? 0;
    for (let c = 0; c < classCount; c++) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * value;
  }
  for (let c = 0; c < classCount; c++) out[c] = 1 / (1 + Math.exp(-(out[c] ?? 0)));
  return out;
}

/** Trains one-vs-rest logistic regression with seeded SGD; the same data and options always give the same model. */
export function trainLogisticModel(
  vectors: readonly SparseVector[],
  targets: readonly (readonly boolean[])[],
  classCount: number,
  options: LogisticTrainingOptions = DEFAULT_TRAINING_OPTIONS,
): LogisticModel {
  const weights = new Float32Array(FEATURE_BUCKETS * classCount);
  const biases = new Float64Array(classCount);
  const model: LogisticModel = { classCount, weights, biases };
  const random = createSeededRandom(options.seed);
  const order = vectors.map((_, i) => i);
  const probabilities = new Float64Array(classCount);
  const totalSteps = options.epochs * vectors.length;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of random.shuffle(order)) {
      const vector = vectors[i];
      const target = targets[i];
      if (vector === undefined || target === undefined) continue;
      const rate = options.learningRate / (1 + (4 * step) / totalSteps);
      step++;
      predictProbabilities(model, vector, probabilities);
      for (let c = 0; c < classCount; c++) {
        const positive = target[c] === true;
        const error = (positive ? 1 : 0) - (probabilities[c] ?? 0);
        const gradientScale = rate * error * (positive ? options.positiveWeight : 1);
        biases[c] = (biases[c] ?? 0) + gradientScale;
        for (let k = 0; k < vector.indices.length; k++) {
          const index = (vector.indices[k] ?? 0) * classCount + c;
          const current = weights[index] ?? 0;
          weights[index] = current + gradientScale * (vector.values[k] ?? 0) - rate * options.l2 * current;
        }
      }
    }
  }
  return model;
}
