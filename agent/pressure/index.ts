// Public API of the text pressure detector: untrusted marketing text in, labelled tactics with exact spans out.
export { adoptDefaultPressureModel, detectPressureTactics, getDefaultPressureDetector, getDefaultPressureModel, shareableDefaultPressureModel } from './detect-pressure-tactics.ts';
export { createPressureDetector, DEFAULT_DETECTOR_OPTIONS, FIXED_MODEL_ONLY_PENALTY, ROUTINE_CUE_TACTICS } from './pressure-detector.ts';
export { restsOnModelAlone } from './rests-on-model-alone.ts';
export type { PressureDetector, PressureDetectorOptions } from './pressure-detector.ts';
export type { DetectedTactic, TextPressureReport } from './text-pressure-report.ts';
// The tactic vocabulary itself lives in protocol/pressure-tactics.ts (PRESSURE_TACTICS, PressureTacticLabel).
export { scoreTextPressure } from './score-text-pressure.ts';
export { logit, sigmoid } from './log-odds.ts';
export { normalizeText, toOriginalRange } from './normalize-text.ts';
export type { NormalizedText, InvisibleRun } from './normalize-text.ts';
export { trainPressureModel } from './train-pressure-model.ts';
export { trainCalibratedPressureModel } from './train-calibrated-pressure-model.ts';
export { calibrateModelOnlyThreshold, DEFAULT_CALIBRATION_OPTIONS } from './calibrate-model-only-threshold.ts';
export type { ModelOnlyThresholdCalibration, ThresholdCalibrationOptions } from './calibrate-model-only-threshold.ts';
export type { PressureModel } from './train-pressure-model.ts';
export { parseLabelledExamples } from './labelled-examples.ts';
export type { LabelledExample } from './labelled-examples.ts';
export { loadTrainingExamples, loadEvaluationExamples, EVALUATION_SETS } from './load-example-files.ts';
export type { EvaluationSet } from './load-example-files.ts';
export { evaluateDetector } from './evaluate-detector.ts';
export type { DetectorEvaluation, TacticMetrics, EvaluationError } from './evaluate-detector.ts';
export { PRESSURE_ERROR_CODES, PressureDetectorError } from './pressure-errors.ts';
export type { PressureErrorCode } from './pressure-errors.ts';
