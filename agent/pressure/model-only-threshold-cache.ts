import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { calibrateModelOnlyThreshold, DEFAULT_CALIBRATION_OPTIONS, type ModelOnlyThresholdCalibration } from './calibrate-model-only-threshold.ts';
import type { LabelledExample } from './labelled-examples.ts';
import { DEFAULT_TRAINING_OPTIONS } from './logistic-model.ts';
import { readStoredJson } from './read-stored-json.ts';
import { TACTIC_PATTERNS } from './patterns/index.ts';

/** Where `scripts/calibrate.ts` stores the calibration of the committed corpus (a cache: it is recomputed when stale). */
export const MODEL_ONLY_THRESHOLD_FILE = fileURLToPath(new URL('./training/model-only-threshold.json', import.meta.url));

/** Bump when the way the threshold is computed changes, so an old file is never taken for a fresh one. */
const CALIBRATION_VERSION = 3;

const CachedCalibrationSchema = z.object({
  digest: z.string(),
  calibration: z.object({
    threshold: z.number().min(0).max(1),
    folds: z.number().int().positive(),
    targetFalseAlarmRate: z.number(),
    heldOutNeutral: z.number().int(),
    heldOutFalseAlarms: z.number().int(),
    heldOutLabelsWithoutPattern: z.number().int(),
    heldOutLabelsFoundByModel: z.number().int(),
  }),
});

/** The stored form of a calibration. */
export type CachedCalibration = z.infer<typeof CachedCalibrationSchema>;

/**
 * A digest of everything the threshold depends on: the examples (texts and labels in order), the training and
 * calibration options, and every pattern (a model-only finding is one no pattern of its tactic backs).
 */
export function calibrationDigest(examples: readonly LabelledExample[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: CALIBRATION_VERSION, training: DEFAULT_TRAINING_OPTIONS, calibration: DEFAULT_CALIBRATION_OPTIONS }));
  for (const example of examples) hash.update(`${example.labels.join(',')}|${example.text}\n`);
  for (const pattern of TACTIC_PATTERNS) hash.update(`${pattern.id}|${pattern.weight}|${pattern.regex.source}|${pattern.regex.flags}|${pattern.cue?.source ?? ''}\n`);
  return hash.digest('hex');
}

/** The stored calibration, if the file exists, parses and was made for exactly these examples and patterns. */
export function readCachedCalibration(examples: readonly LabelledExample[], file: string = MODEL_ONLY_THRESHOLD_FILE): ModelOnlyThresholdCalibration | undefined {
  const stored = readStoredJson(file, CachedCalibrationSchema);
  if (stored === undefined || stored.digest !== calibrationDigest(examples)) return undefined;
  return stored.calibration;
}

/**
 * The cross-validated model-only threshold of these examples: read from the stored file when it was made for them
 * (five extra trainings cost seconds at every start), computed afresh otherwise.
 */
export function modelOnlyThresholdFor(examples: readonly LabelledExample[]): ModelOnlyThresholdCalibration {
  return readCachedCalibration(examples) ?? calibrateModelOnlyThreshold(examples);
}
