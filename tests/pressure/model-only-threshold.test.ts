import { describe, expect, it } from 'vitest';
import {
  calibrateModelOnlyThreshold,
  createPressureDetector,
  getDefaultPressureModel,
  loadTrainingExamples,
  trainPressureModel,
  type LabelledExample,
} from '../../agent/pressure/index.ts';
import { readCachedCalibration } from '../../agent/pressure/model-only-threshold-cache.ts';
import { modelOnlyReading } from '../../agent/pressure/calibrate-model-only-threshold.ts';

// A small corpus in which one neutral wording shares words with a tactic: cross-validation must see that.
const TACTICS = ['urgency', 'scarcity', 'social-proof', 'confirmshaming', 'flattery', 'fear', 'authority', 'injection', 'misdirection', 'sneaking', 'obstruction', 'forced-action'] as const;
const corpus: LabelledExample[] = [
  ...TACTICS.flatMap((label) => [0, 1, 2, 3, 4, 5].map((i) => ({ text: `a ${label.replace('-', ' ')} wording number ${'abcdef'[i]} for the ${label} class`, labels: [label] }))),
  ...Array.from({ length: 60 }, (_, i) => ({ text: `plain product fact ${'abcdefghij'[i % 10]} about the ${['mug', 'chair', 'lamp', 'boot', 'kettle', 'desk'][i % 6]}`, labels: [] })),
  ...Array.from({ length: 6 }, (_, i) => ({ text: `a fear wording seen on a ${['mug', 'chair', 'lamp', 'boot', 'kettle', 'desk'][i]} label`, labels: [] })),
];

describe('the model-only threshold chosen by cross-validation inside training', () => {
  it('keeps held-out neutral training texts at or under the target, and is the lowest such threshold', () => {
    const calibration = calibrateModelOnlyThreshold(corpus, { folds: 3, targetFalseAlarmRate: 0.05, seed: 't' });
    expect(calibration.heldOutNeutral).toBe(66);
    expect(calibration.heldOutFalseAlarms).toBeLessThanOrEqual(Math.floor(0.05 * 66));
    const looser = calibrateModelOnlyThreshold(corpus, { folds: 3, targetFalseAlarmRate: 0.2, seed: 't' });
    expect(looser.threshold).toBeLessThanOrEqual(calibration.threshold);
    expect(looser.heldOutFalseAlarms).toBeGreaterThanOrEqual(calibration.heldOutFalseAlarms);
    // Deterministic: same corpus, options and seed, same threshold.
    expect(calibrateModelOnlyThreshold(corpus, { folds: 3, targetFalseAlarmRate: 0.05, seed: 't' })).toEqual(calibration);
  });

  it('is the probability from which the detector reports a finding on the model alone', () => {
    const trained = trainPressureModel(corpus);
    const text = 'a fear wording number e for the fear class';
    const reading = Math.max(...modelOnlyReading(trained.model, text));
    expect(reading).toBeGreaterThan(0.2);
    const below = createPressureDetector({ ...trained, modelOnlyThreshold: Math.min(0.999, reading + 0.01) });
    const at = createPressureDetector({ ...trained, modelOnlyThreshold: reading - 1e-9 });
    expect(below(text).tactics).toEqual([]);
    expect(at(text).tactics.length).toBeGreaterThan(0);
    expect(at(text).tactics.every((t) => t.evidence.join() === 'model')).toBe(true);
  });

  it('is stored for the committed corpus and patterns, and the default model uses it (run scripts/calibrate.ts when this fails)', () => {
    const cached = readCachedCalibration(loadTrainingExamples());
    expect(cached).toBeDefined();
    expect(cached!.heldOutFalseAlarms / cached!.heldOutNeutral).toBeLessThanOrEqual(cached!.targetFalseAlarmRate);
    expect(getDefaultPressureModel().modelOnlyThreshold).toBe(cached!.threshold);
  });
});
