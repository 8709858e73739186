import { createSeededRandom, hashToSeed } from '../../protocol/index.ts';
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
  /** Hashed bucket → row of `weights` (−1 for buckets never seen in training, whose weights are all zero). */
  readonly rowOfBucket: Int32Array;
  /** Row-major weights: row * classCount + class, so one feature's weights sit together. */
  readonly weights: Float32Array;
  readonly biases: Float64Array;
}

/** Fills `out` with the probability of each class for one feature vector. */
export function predictProbabilities(model: LogisticModel, vector: SparseVector, out: Float64Array): Float64Array {
  const { classCount, rowOfBucket, weights, biases } = model;
  for (let c = 0; c < classCount; c++) out[c] = biases[c] ?? 0;
  for (let k = 0; k < vector.indices.length; k++) {
    const row = rowOfBucket[vector.indices[k] ?? 0] ?? -1;
    if (row < 0) continue;
    const base = row * classCount;
    const value = vector.values[k] ?? 0;
    for (let c = 0; c < classCount; c++) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * value;
  }
  for (let c = 0; c < classCount; c++) out[c] = 1 / (1 + Math.exp(-(out[c] ?? 0)));
  return out;
}

/** A 32-bit integer mix (murmur3's finaliser): nearby inputs land far apart. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The order in which one epoch visits the examples: sorted by a hash of the seed, the epoch and each example's own key,
 * so adding or removing an example leaves the relative order of all the others (a shuffle of positions reorders them all).
 */
function epochOrder(keys: readonly number[], seed: string, epoch: number): number[] {
  const salt = hashToSeed(`${seed}:${epoch}`);
  const rank = keys.map((key) => mix32(key ^ salt));
  return keys.map((_, i) => i).sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0) || (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}

/**
 * Trains one-vs-rest logistic regression with seeded SGD; the same data and options always give the same model.
 * Without `keys` each epoch visits a seeded shuffle of the positions (adding one example reorders every epoch); with
 * `keys` (one per example, e.g. a hash of its text) the order is set by the keys, so the model depends on which
 * examples it is given, not on their positions.
 */
export function trainLogisticModel(
  vectors: readonly SparseVector[],
  targets: readonly (readonly boolean[])[],
  classCount: number,
  options: LogisticTrainingOptions = DEFAULT_TRAINING_OPTIONS,
  keys?: readonly number[],
): LogisticModel {
  // Only buckets seen in training can get weights: a compact table keeps training in cache.
  const rowOfBucket = new Int32Array(FEATURE_BUCKETS).fill(-1);
  let rows = 0;
  const compact = vectors.map((vector) => {
    const indices = new Int32Array(vector.indices.length);
    for (let k = 0; k < vector.indices.length; k++) {
      const bucket = vector.indices[k] ?? 0;
      if ((rowOfBucket[bucket] ?? -1) < 0) rowOfBucket[bucket] = rows++;
      indices[k] = rowOfBucket[bucket] ?? 0;
    }
    return { indices, values: vector.values };
  });
  const weights = new Float32Array(rows * classCount);
  const biases = new Float64Array(classCount);
  const random = createSeededRandom(options.seed);
  const positions = compact.map((_, i) => i);
  const scores = new Float64Array(classCount);
  const scales = new Float64Array(classCount);
  const totalSteps = options.epochs * compact.length;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of keys === undefined ? random.shuffle(positions) : epochOrder(keys, options.seed, epoch)) {
      const vector = compact[i];
      const target = targets[i];
      if (vector === undefined || target === undefined) continue;
      const rate = options.learningRate / (1 + (4 * step) / totalSteps);
      step++;
      for (let c = 0; c < classCount; c++) scores[c] = biases[c] ?? 0;
      for (let k = 0; k < vector.indices.length; k++) {
        const base = (vector.indices[k] ?? 0) * classCount;
        const value = vector.values[k] ?? 0;
        for (let c = 0; c < classCount; c++) scores[c] = (scores[c] ?? 0) + (weights[base + c] ?? 0) * value;
      }
      let anyError = false;
      for (let c = 0; c < classCount; c++) {
        const positive = target[c] === true;
        const error = (positive ? 1 : 0) - 1 / (1 + Math.exp(-(scores[c] ?? 0)));
        // Examples the model already gets right to within 0.1% teach nothing; skipping them keeps training fast.
        const scale = Math.abs(error) < 1e-3 ? 0 : rate * error * (positive ? options.positiveWeight : 1);
        scales[c] = scale;
        if (scale !== 0) anyError = true;
        biases[c] = (biases[c] ?? 0) + scale;
      }
      if (!anyError) continue;
      const decay = 1 - rate * options.l2;
      for (let k = 0; k < vector.indices.length; k++) {
        const base = (vector.indices[k] ?? 0) * classCount;
        const value = vector.values[k] ?? 0;
        for (let c = 0; c < classCount; c++) {
          const scale = scales[c] ?? 0;
          if (scale !== 0) weights[base + c] = (weights[base + c] ?? 0) * decay + scale * value;
        }
      }
    }
  }
  return { classCount, rowOfBucket, weights, biases };
}
