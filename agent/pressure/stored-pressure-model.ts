import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FEATURE_BUCKETS } from './extract-features.ts';
import type { LabelledExample } from './labelled-examples.ts';
import { readStoredJson } from './read-stored-json.ts';
import { DEFAULT_TRAINING_OPTIONS } from './logistic-model.ts';
import type { PressureModel } from './train-pressure-model.ts';
import { PRESSURE_TACTIC_LABELS } from '../../protocol/index.ts';

/**
 * Where `scripts/store-model.ts` stores the model trained on the committed corpus, so that a process reads it (a few
 * milliseconds) instead of training it (about 0.75 s of CPU in every process, worker and test file). The model-only
 * threshold is not in it: it is stored apart (model-only-threshold-cache.ts), as it also depends on the patterns.
 */
export const STORED_PRESSURE_MODEL_FILE = fileURLToPath(new URL('./training/trained-model.json', import.meta.url));

/** Bump when training or feature extraction changes what the same examples train to, so an old file is never read. */
const STORED_MODEL_VERSION = 1;

const StoredModelSchema = z.object({
  version: z.literal(STORED_MODEL_VERSION),
  digest: z.string(),
  exampleCount: z.number().int().positive(),
  classCount: z.literal(PRESSURE_TACTIC_LABELS.length),
  priors: z.array(z.number()).length(PRESSURE_TACTIC_LABELS.length),
  biases: z.array(z.number()).length(PRESSURE_TACTIC_LABELS.length),
  /** The hashed bucket of each weight row, in row order, as little-endian int32 in base64. */
  bucketOfRow: z.string(),
  /** Row-major weights (row * classCount + class), as little-endian float32 in base64. */
  weights: z.string(),
});

/**
 * A digest of everything the stored model was trained from that can change without a code change: the examples (texts
 * and labels in order), the training options, the labels and the bucket count. What the code does with them is covered
 * by STORED_MODEL_VERSION and by tests/pressure/stored-model.test.ts, which retrains and compares the file byte for byte.
 */
export function storedModelDigest(examples: readonly LabelledExample[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: STORED_MODEL_VERSION, training: DEFAULT_TRAINING_OPTIONS, labels: PRESSURE_TACTIC_LABELS, buckets: FEATURE_BUCKETS }));
  for (const example of examples) hash.update(`${example.labels.join(',')}|${example.text}\n`);
  return hash.digest('hex');
}

function toBase64(values: Int32Array | Float32Array): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i++) {
    if (values instanceof Int32Array) view.setInt32(i * 4, values[i]!, true);
    else view.setFloat32(i * 4, values[i]!, true);
  }
  return Buffer.from(view.buffer).toString('base64');
}

/** A base64 field's bytes, read as 32-bit little-endian words. */
function fromBase64(text: string): DataView {
  const bytes = Buffer.from(text, 'base64');
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * The stored form of `model`, trained by trainPressureModel on `examples` with the default options (the file's content:
 * the same examples and code give the same text, byte for byte). Any threshold on the model is left out.
 */
export function serializePressureModel(examples: readonly LabelledExample[], model: PressureModel): string {
  const { classCount, rowOfBucket, weights, biases } = model.model;
  const bucketOfRow = new Int32Array(weights.length / classCount);
  for (let bucket = 0; bucket < rowOfBucket.length; bucket++) {
    const row = rowOfBucket[bucket]!;
    if (row >= 0) bucketOfRow[row] = bucket;
  }
  const stored: z.infer<typeof StoredModelSchema> = {
    version: STORED_MODEL_VERSION,
    digest: storedModelDigest(examples),
    exampleCount: model.exampleCount,
    classCount: classCount as typeof PRESSURE_TACTIC_LABELS.length,
    priors: [...model.priors],
    biases: [...biases],
    bucketOfRow: toBase64(bucketOfRow),
    weights: toBase64(weights),
  };
  return `${JSON.stringify(stored, null, 1)}\n`;
}

/** The stored model, if the file exists, parses, and was trained on exactly these examples with the default options. */
export function readStoredPressureModel(examples: readonly LabelledExample[], file: string = STORED_PRESSURE_MODEL_FILE): PressureModel | undefined {
  const stored = readStoredJson(file, StoredModelSchema);
  if (stored === undefined || stored.digest !== storedModelDigest(examples) || stored.exampleCount !== examples.length) return undefined;
  const weightWords = fromBase64(stored.weights);
  const rows = weightWords.byteLength / (4 * stored.classCount);
  const rowWords = fromBase64(stored.bucketOfRow);
  if (!Number.isInteger(rows) || rowWords.byteLength !== rows * 4) return undefined;
  const rowOfBucket = new Int32Array(FEATURE_BUCKETS).fill(-1);
  for (let row = 0; row < rows; row++) {
    const bucket = rowWords.getInt32(row * 4, true);
    if (bucket < 0 || bucket >= FEATURE_BUCKETS || rowOfBucket[bucket] !== -1) return undefined;
    rowOfBucket[bucket] = row;
  }
  const weights = new Float32Array(rows * stored.classCount);
  for (let i = 0; i < weights.length; i++) weights[i] = weightWords.getFloat32(i * 4, true);
  return {
    model: { classCount: stored.classCount, rowOfBucket, weights, biases: Float64Array.from(stored.biases) },
    priors: Float64Array.from(stored.priors),
    exampleCount: stored.exampleCount,
  };
}
