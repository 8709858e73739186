import { loadTrainingExamples } from './load-example-files.ts';
import { createPressureDetector, type PressureDetector } from './pressure-detector.ts';
import type { TextPressureReport } from './text-pressure-report.ts';
import { trainPressureModel } from './train-pressure-model.ts';

let defaultDetector: PressureDetector | undefined;

/** The detector trained on the committed hand-written corpus; trained once, on first use (deterministic). */
export function getDefaultPressureDetector(): PressureDetector {
  defaultDetector ??= createPressureDetector(trainPressureModel(loadTrainingExamples()));
  return defaultDetector;
}

/**
 * Finds pressure tactics (urgency, scarcity, social proof, confirmshaming, flattery, fear, authority, injection,
 * misdirection, sneaking) in untrusted text, each with the exact quoted span, plus an overall pressure in [0, 1].
 * @example
 * detectPressureTactics('Hurry! Only 2 left in stock').tactics.map((t) => [t.label, t.span]);
 * // [['urgency', 'Hurry'], ['scarcity', 'Only 2 left in stock']]
 */
export function detectPressureTactics(text: string): TextPressureReport {
  return getDefaultPressureDetector().detect(text);
}
