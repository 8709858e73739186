// Whole-detector false alarms by k-fold cross-validation inside the training corpus (development aid): each fold's
// neutral training texts are read by the full detector (patterns, readings, stated terms) built on a model trained on
// the other folds, with the stored model-only threshold. The patterns were written with the corpus in view, so this
// measures how the model's share of the detector behaves on text it did not learn, not an unseen writer.
// Usage: node bin/run-ts.js agent/pressure/scripts/cross-validate.ts [--errors]  (--errors: each false alarm and each missed label)
import { assignFolds, DEFAULT_CALIBRATION_OPTIONS } from '../calibrate-model-only-threshold.ts';
import { loadTrainingExamples } from '../load-example-files.ts';
import { modelOnlyThresholdFor } from '../model-only-threshold-cache.ts';
import { createPressureDetector } from '../pressure-detector.ts';
import { trainPressureModel } from '../train-pressure-model.ts';

const showErrors = process.argv.includes('--errors');
const examples = loadTrainingExamples();
const { folds } = DEFAULT_CALIBRATION_OPTIONS;
const threshold = modelOnlyThresholdFor(examples).threshold;
const fold = assignFolds(examples);
let neutral = 0, alarms = 0, labels = 0, found = 0;
const byEvidence = new Map<string, number>();
const byTactic = new Map<string, { labels: number; found: number }>();
for (let f = 0; f < folds; f++) {
  const detector = createPressureDetector({ ...trainPressureModel(examples.filter((_, i) => fold[i] !== f), undefined, 'content'), modelOnlyThreshold: threshold });
  examples.forEach((example, i) => {
    if (fold[i] !== f) return;
    const tactics = detector(example.text).tactics;
    if (example.labels.length === 0) {
      neutral++;
      if (tactics.length === 0) return;
      alarms++;
      const kind = tactics.some((t) => t.evidence.some((e) => e !== 'model')) ? 'pattern' : 'model only';
      byEvidence.set(kind, (byEvidence.get(kind) ?? 0) + 1);
      if (showErrors) console.log(`  [${kind}] ${tactics.map((t) => `${t.label}@${t.confidence}[${t.evidence.join(',')}]`).join(' ')}  <=  ${example.text}`);
    }
    for (const label of example.labels) {
      labels++;
      const tally = byTactic.get(label) ?? { labels: 0, found: 0 };
      tally.labels++;
      if (tactics.some((t) => t.label === label)) {
        found++;
        tally.found++;
      } else if (showErrors) console.log(`  [missed ${label}] ${example.text}`);
      byTactic.set(label, tally);
    }
  });
}
const pct = (a: number, b: number): string => `${a}/${b} (${((100 * a) / b).toFixed(2)} %)`;
console.log(`cross-validated whole detector (${folds} folds, model-only threshold ${threshold.toFixed(4)}): false alarms ${pct(alarms, neutral)}, recall ${pct(found, labels)}`);
for (const [kind, n] of byEvidence) console.log(`  ${kind}: ${n}`);
for (const [label, tally] of [...byTactic].sort()) console.log(`  recall ${label.padEnd(15)} ${tally.found}/${tally.labels}`);
