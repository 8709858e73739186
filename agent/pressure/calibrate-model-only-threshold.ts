import { extractFeatures } from './extract-features.ts';
import type { LabelledExample } from './labelled-examples.ts';
import { predictProbabilities, type LogisticModel } from './logistic-model.ts';
import { matchPatterns } from './match-patterns.ts';
import { normalizeText } from './normalize-text.ts';
import { segmentText } from './segment-text.ts';
import { NEGATABLE_TACTICS, statesAbsence } from './negated-cue.ts';
import { hashToSeed, PRESSURE_TACTIC_LABELS } from '../../protocol/index.ts';
import { DEFAULT_TRAINING_OPTIONS, type LogisticTrainingOptions } from './logistic-model.ts';
import { trainPressureModel } from './train-pressure-model.ts';

/** How the model-only threshold is chosen: k folds of the training corpus, a false-alarm budget on their neutral texts. */
export interface ThresholdCalibrationOptions {
  readonly folds: number;
  /** Largest share of held-out neutral training texts a model-only finding may fire on. */
  readonly targetFalseAlarmRate: number;
  /** Seed of the fold assignment (each text's fold is a hash of this seed and the text's own labels and words). */
  readonly seed: string;
}

/** Five folds, at most 1 % of held-out neutral training texts (issue 9 §6's false-alarm aim). */
export const DEFAULT_CALIBRATION_OPTIONS: ThresholdCalibrationOptions = { folds: 5, targetFalseAlarmRate: 0.01, seed: 'majordome-pressure-cv-v2' };

/** What the cross-validation found: the threshold and what it does on the held-out folds. */
export interface ModelOnlyThresholdCalibration {
  /** The model's probability a tactic needs, with no pattern of that tactic in the segment, to be reported. */
  readonly threshold: number;
  readonly folds: number;
  readonly targetFalseAlarmRate: number;
  readonly heldOutNeutral: number;
  /** Held-out neutral texts with a model-only reading at or above the threshold. */
  readonly heldOutFalseAlarms: number;
  /** Held-out tactic labels (one per example and label) with a segment that no pattern of that label hits. */
  readonly heldOutLabelsWithoutPattern: number;
  /** Of those, the ones the model finds at or above the threshold. */
  readonly heldOutLabelsFoundByModel: number;
}

/** The lowest model probability with no room left under it: thresholds strictly above the best neutral score fire on none. */
const ABOVE_EVERY_SCORE = 1 - 1e-9;
const HAS_TWO_LETTERS = /[a-z].*[a-z]/;

/**
 * Per tactic, the model's highest probability over the text's segments that no pattern of that tactic hits: the
 * reading the detector reports on the model's word alone (segments without two letters are not read, as there).
 */
export function modelOnlyReading(model: LogisticModel, text: string): Float64Array {
  const normalized = normalizeText(text).text;
  const best = new Float64Array(PRESSURE_TACTIC_LABELS.length);
  const probabilities = new Float64Array(model.classCount);
  for (const segment of segmentText(normalized)) {
    const slice = normalized.slice(segment.start, segment.end);
    if (!HAS_TWO_LETTERS.test(slice)) continue;
    const patterned = new Set(matchPatterns(slice).map((hit) => hit.label));
    // As in the detector: a segment stating the absence of a cost or demand gets no model-only finding of those tactics.
    if (statesAbsence(slice)) for (const label of NEGATABLE_TACTICS) patterned.add(label);
    predictProbabilities(model, extractFeatures(slice), probabilities);
    PRESSURE_TACTIC_LABELS.forEach((label, c) => {
      if (!patterned.has(label)) best[c] = Math.max(best[c] ?? 0, probabilities[c] ?? 0);
    });
  }
  return best;
}

/**
 * Each example's fold, from a hash of the seed and the example's own labels and text, never its position: adding,
 * removing or reordering other texts leaves an example's fold where it was (a dealt shuffle of positions reshuffled
 * every fold, so the threshold moved with the corpus size rather than with what was learned). Identical examples share
 * a fold, so none is read by a model trained on its own copy.
 */
export function assignFolds(examples: readonly LabelledExample[], options: ThresholdCalibrationOptions = DEFAULT_CALIBRATION_OPTIONS): Int32Array {
  const fold = new Int32Array(examples.length);
  examples.forEach((example, i) => (fold[i] = hashToSeed(`${options.seed}|${example.labels.join(',')}|${example.text}`) % options.folds));
  return fold;
}

/**
 * Chooses the model-only threshold by k-fold cross-validation inside the training corpus alone: each fold's texts are
 * read by a model trained on the other folds, and the threshold is the lowest probability at which at most
 * `targetFalseAlarmRate` of the held-out neutral texts get a model-only finding (no evaluation set is read).
 * Deterministic: same corpus, options and seed, same threshold.
 */
export function calibrateModelOnlyThreshold(
  examples: readonly LabelledExample[],
  options: ThresholdCalibrationOptions = DEFAULT_CALIBRATION_OPTIONS,
  training: LogisticTrainingOptions = DEFAULT_TRAINING_OPTIONS,
): ModelOnlyThresholdCalibration {
  const fold = assignFolds(examples, options);
  const neutralScores: number[] = [];
  const withoutPattern: number[] = [];
  for (let f = 0; f < options.folds; f++) {
    // Fold models visit their examples in an order set by each text, so one added text leaves the others' order alone.
    const { model } = trainPressureModel(examples.filter((_, i) => fold[i] !== f), training, 'content');
    examples.forEach((example, i) => {
      if (fold[i] !== f) return;
      const reading = modelOnlyReading(model, example.text);
      if (example.labels.length === 0) neutralScores.push(Math.max(...reading));
      for (const label of example.labels) {
        const c = PRESSURE_TACTIC_LABELS.indexOf(label);
        const score = reading[c] ?? 0;
        // A label whose patterns hit every segment reads 0 here: only labels left to the model somewhere count.
        if (score > 0) withoutPattern.push(score);
      }
    });
  }
  // Sorted high to low, the allowed number of neutral texts may sit at or above the threshold: the threshold is just
  // above the next one down.
  const sorted = [...neutralScores].sort((a, b) => b - a);
  const allowed = Math.floor(options.targetFalseAlarmRate * sorted.length);
  const firstExcluded = sorted[allowed];
  const threshold = firstExcluded === undefined ? 0 : Math.min(ABOVE_EVERY_SCORE, firstExcluded + 1e-9);
  return {
    threshold,
    folds: options.folds,
    targetFalseAlarmRate: options.targetFalseAlarmRate,
    heldOutNeutral: sorted.length,
    heldOutFalseAlarms: sorted.filter((s) => s >= threshold).length,
    heldOutLabelsWithoutPattern: withoutPattern.length,
    heldOutLabelsFoundByModel: withoutPattern.filter((s) => s >= threshold).length,
  };
}
