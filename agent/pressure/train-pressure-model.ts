import { extractFeatures } from './extract-features.ts';
import type { LabelledExample } from './labelled-examples.ts';
import { DEFAULT_TRAINING_OPTIONS, trainLogisticModel, type LogisticModel, type LogisticTrainingOptions } from './logistic-model.ts';
import { normalizeText } from './normalize-text.ts';
import { PressureDetectorError } from './pressure-errors.ts';
import { hashToSeed, PRESSURE_TACTIC_LABELS } from '../../protocol/index.ts';

/** The statistical half of the detector: a multi-label model over tactic labels plus each label's training base rate. */
export interface PressureModel {
  readonly model: LogisticModel;
  /** Share of training examples carrying each label (in PRESSURE_TACTIC_LABELS order). */
  readonly priors: Float64Array;
  readonly exampleCount: number;
  /**
   * The model's probability a tactic needs to be reported on the model's word alone (no pattern of the tactic in the
   * segment), chosen by cross-validation inside the training corpus (trainCalibratedPressureModel); absent, the
   * detector's fixed `modelOnlyPenalty` applies.
   */
  readonly modelOnlyThreshold?: number;
}

/**
 * How SGD orders the examples: `position`, a seeded shuffle of their positions (the default model's, kept so that its
 * readings do not move), or `content`, an order set by a hash of each example's labels and text, so that the same
 * examples in any order, or beside one more, train the same way (cross-validation uses it: see
 * calibrate-model-only-threshold.ts).
 */
export type TrainingVisitOrder = 'position' | 'content';

/** Trains the tactic model on hand-written examples (deterministic: same examples, same model). */
export function trainPressureModel(
  examples: readonly LabelledExample[],
  options: LogisticTrainingOptions = DEFAULT_TRAINING_OPTIONS,
  visitOrder: TrainingVisitOrder = 'position',
): PressureModel {
  const classCount = PRESSURE_TACTIC_LABELS.length;
  const counts = new Float64Array(classCount);
  let neutral = 0;
  const vectors = examples.map((example) => extractFeatures(normalizeText(example.text).text));
  const targets = examples.map((example) => {
    if (example.labels.length === 0) neutral++;
    return PRESSURE_TACTIC_LABELS.map((label, c) => {
      const has = example.labels.includes(label);
      if (has) counts[c] = (counts[c] ?? 0) + 1;
      return has;
    });
  });
  const missing = PRESSURE_TACTIC_LABELS.filter((_, c) => (counts[c] ?? 0) === 0);
  if (missing.length > 0 || neutral === 0) {
    throw new PressureDetectorError(
      'TRAINING_CORPUS_EMPTY',
      neutral === 0 ? 'no neutral examples' : `no examples for: ${missing.join(', ')}`,
    );
  }
  const priors = counts.map((count) => count / examples.length);
  const keys = visitOrder === 'content' ? examples.map((example) => hashToSeed(`${example.labels.join(',')}|${example.text}`)) : undefined;
  return { model: trainLogisticModel(vectors, targets, classCount, options, keys), priors, exampleCount: examples.length };
}
