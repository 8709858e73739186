import type { LabelledExample } from './labelled-examples.ts';
import { modelOnlyThresholdFor } from './model-only-threshold-cache.ts';
import { trainPressureModel, type PressureModel } from './train-pressure-model.ts';

/**
 * Trains the tactic model on all the examples and attaches the model-only threshold that k-fold cross-validation inside
 * the same examples chose (at most 1 % of held-out neutral training texts; see calibrate-model-only-threshold.ts).
 */
export function trainCalibratedPressureModel(examples: readonly LabelledExample[]): PressureModel {
  return { ...trainPressureModel(examples), modelOnlyThreshold: modelOnlyThresholdFor(examples).threshold };
}
