// Trains the tactic model on the committed corpus and stores it in training/trained-model.json, which every process
// then reads instead of training (see stored-pressure-model.ts). Run it after any change to training/*.txt, to feature
// extraction or to training; tests/pressure/stored-model.test.ts fails until the stored file is what training gives.
// Usage: node bin/run-ts.js agent/pressure/scripts/store-model.ts [--check]  (--check: exit 1 if the stored file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { loadTrainingExamples } from '../load-example-files.ts';
import { serializePressureModel, STORED_PRESSURE_MODEL_FILE } from '../stored-pressure-model.ts';
import { trainPressureModel } from '../train-pressure-model.ts';

const examples = loadTrainingExamples();
const content = serializePressureModel(examples, trainPressureModel(examples));
if (process.argv.includes('--check')) {
  let stored = '';
  try {
    stored = readFileSync(STORED_PRESSURE_MODEL_FILE, 'utf8');
  } catch {
    // Missing: stale.
  }
  const fresh = stored === content;
  console.log(fresh ? 'up to date' : 'stale or missing: run scripts/store-model.ts');
  process.exitCode = fresh ? 0 : 1;
} else {
  writeFileSync(STORED_PRESSURE_MODEL_FILE, content);
  console.log(`stored ${examples.length} examples' model (${content.length} bytes) in ${STORED_PRESSURE_MODEL_FILE}`);
}
