import { loadTrainingExamples } from './load-example-files.ts';
import { createPressureDetector, type PressureDetector, type PressureDetectorOptions } from './pressure-detector.ts';
import type { TextPressureReport } from './text-pressure-report.ts';
import { trainCalibratedPressureModel } from './train-calibrated-pressure-model.ts';
import type { PressureModel } from './train-pressure-model.ts';

let defaultModel: PressureModel | undefined;
let defaultDetector: PressureDetector | undefined;

/** The model trained on the committed hand-written corpus with its cross-validated model-only threshold; trained once, on first use (deterministic, well under a second). */
export function getDefaultPressureModel(): PressureModel {
  defaultModel ??= trainCalibratedPressureModel(loadTrainingExamples());
  return defaultModel;
}

/** A typed array's copy in shared memory: a worker thread given it reads the same bytes without a copy of its own. */
function shared<T extends Float32Array | Float64Array | Int32Array>(array: T, make: (buffer: SharedArrayBuffer) => T): T {
  const copy = make(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * The default model with its arrays in shared memory, for worker threads: the thread that starts workers trains once
 * and passes this in workerData, and each worker adopts it (adoptDefaultPressureModel) instead of training its own.
 */
export function shareableDefaultPressureModel(): PressureModel {
  const { model, priors, exampleCount, modelOnlyThreshold } = getDefaultPressureModel();
  return {
    model: {
      classCount: model.classCount,
      rowOfBucket: shared(model.rowOfBucket, (b) => new Int32Array(b)),
      weights: shared(model.weights, (b) => new Float32Array(b)),
      biases: shared(model.biases, (b) => new Float64Array(b)),
    },
    priors: shared(priors, (b) => new Float64Array(b)),
    exampleCount,
    ...(modelOnlyThreshold !== undefined ? { modelOnlyThreshold } : {}),
  };
}

/**
 * Makes `model` the default model of this thread, unless one is already trained: given the model the starting thread
 * trained on the same committed corpus (training is deterministic), a worker thread skips training it again.
 */
export function adoptDefaultPressureModel(model: PressureModel): void {
  defaultModel ??= model;
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
