import type { LabelledExample } from './labelled-examples.ts';
import { modelOnlyThresholdFor } from './model-only-threshold-cache.ts';
import { readStoredPressureModel } from './stored-pressure-model.ts';
import { trainPressureModel, type PressureModel } from './train-pressure-model.ts';

/**
 * Trains the tactic model on all the examples and attaches the model-only threshold that k-fold cross-validation inside
 * the same examples chose (at most 1 % of held-out neutral training texts; see calibrate-model-only-threshold.ts). The
 * model trained on exactly these examples is read from training/trained-model.json when it is stored there (the same
 * bytes training gives: see stored-pressure-model.ts), trained afresh otherwise.
 */
export function trainCalibratedPressureModel(examples: readonly LabelledExample[]): PressureModel {
  const model = readStoredPressureModel(examples) ?? trainPressureModel(examples);
  return { ...model, modelOnlyThreshold: modelOnlyThresholdFor(examples).threshold };
}
