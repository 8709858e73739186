import { loadTrainingExamples } from './load-example-files.ts';
import { createPressureDetector, type PressureDetector, type PressureDetectorOptions } from './pressure-detector.ts';
import type { TextPressureReport } from './text-pressure-report.ts';
import { trainPressureModel, type PressureModel } from './train-pressure-model.ts';

let defaultModel: PressureModel | undefined;
let defaultDetector: PressureDetector | undefined;

/** The model trained on the committed hand-written corpus; trained once, on first use (deterministic, well under a second). */
export function getDefaultPressureModel(): PressureModel {
  defaultModel ??= trainPressureModel(loadTrainingExamples());
  return defaultModel;
}

/** A detector over the default model; with options, a new detector sharing the same trained model. */
export function getDefaultPressureDetector(options?: Partial<PressureDetectorOptions>): PressureDetector {
  if (options !== undefined) return createPressureDetector(getDefaultPressureModel(), options);
  defaultDetector ??= createPressureDetector(getDefaultPressureModel());
  return defaultDetector;
}

/**
 * Finds pressure tactics (urgency, scarcity, social proof, confirmshaming, flattery, fear, authority, injection,
 * misdirection, sneaking, obstruction, forced action; instructions to the AI in six languages) in untrusted text, each with the exact quoted span, plus an overall pressure in [0, 1].
 * @example
 * detectPressureTactics('Hurry! Only 2 left in stock').tactics.map((t) => [t.label, t.span]);
 * // [['urgency', 'Hurry'], ['scarcity', 'Only 2 left']]
 */
export function detectPressureTactics(text: string): TextPressureReport {
  return getDefaultPressureDetector()(text);
}
