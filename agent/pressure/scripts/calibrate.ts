// Chooses the model-only threshold by 5-fold cross-validation inside the training corpus (no evaluation set is read)
// and stores it in training/model-only-threshold.json with the digest of the corpus and patterns it was made for.
// Usage: node bin/run-ts.js agent/pressure/scripts/calibrate.ts [--check]  (--check: exit 1 if the stored file is stale)
import { writeFileSync } from 'node:fs';
import { calibrateModelOnlyThreshold } from '../calibrate-model-only-threshold.ts';
import { loadTrainingExamples } from '../load-example-files.ts';
import { calibrationDigest, MODEL_ONLY_THRESHOLD_FILE, readCachedCalibration } from '../model-only-threshold-cache.ts';

const examples = loadTrainingExamples();
if (process.argv.includes('--check')) {
  const cached = readCachedCalibration(examples);
  console.log(cached === undefined ? 'stale or missing: run scripts/calibrate.ts' : `up to date: threshold ${cached.threshold.toFixed(4)}`);
  process.exitCode = cached === undefined ? 1 : 0;
} else {
  const calibration = calibrateModelOnlyThreshold(examples);
  writeFileSync(MODEL_ONLY_THRESHOLD_FILE, `${JSON.stringify({ digest: calibrationDigest(examples), calibration }, null, 2)}\n`);
  const pct = (a: number, b: number): string => `${a}/${b} (${((100 * a) / b).toFixed(1)} %)`;
  console.log(`model-only threshold ${calibration.threshold.toFixed(4)} (${calibration.folds} folds)`);
  console.log(`held-out neutral training texts with a model-only finding: ${pct(calibration.heldOutFalseAlarms, calibration.heldOutNeutral)}`);
  console.log(`held-out tactic labels left to the model somewhere, found by it: ${pct(calibration.heldOutLabelsFoundByModel, calibration.heldOutLabelsWithoutPattern)}`);
}
