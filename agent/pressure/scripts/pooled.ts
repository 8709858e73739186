// Pooled development figures over every evaluation set except the ones named with --skip (development aid).
// Usage: node bin/run-ts.js agent/pressure/scripts/pooled.ts --skip blind-11,blind-12 [--errors]
import { evaluateDetector } from '../evaluate-detector.ts';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples } from '../load-example-files.ts';
import { createPressureDetector } from '../pressure-detector.ts';
import { trainCalibratedPressureModel } from '../train-calibrated-pressure-model.ts';

const args = process.argv.slice(2);
const skipAt = args.indexOf('--skip');
const skip = new Set(skipAt >= 0 ? (args[skipAt + 1] ?? '').split(',') : []);
const showErrors = args.includes('--errors');
const detector = createPressureDetector(trainCalibratedPressureModel(loadTrainingExamples()));
let tp = 0, fn = 0, fp = 0, neutral = 0, alarms = 0;
const perTactic = new Map<string, { tp: number; support: number; fp: number }>();
for (const set of EVALUATION_SETS) {
  if (skip.has(set)) continue;
  const examples = loadEvaluationExamples(set);
  const ev = evaluateDetector(examples, detector);
  let setAlarms = 0, setNeutral = 0;
  for (const e of examples) {
    const found = new Set(detector(e.text).tactics.map((t) => t.label));
    if (e.labels.length === 0) { setNeutral++; if (found.size > 0) setAlarms++; }
    for (const l of e.labels) { const m = perTactic.get(l) ?? { tp: 0, support: 0, fp: 0 }; m.support++; if (found.has(l)) { m.tp++; tp++; } else fn++; perTactic.set(l, m); }
    for (const l of found) if (!e.labels.includes(l)) { fp++; const m = perTactic.get(l) ?? { tp: 0, support: 0, fp: 0 }; m.fp++; perTactic.set(l, m); }
  }
  neutral += setNeutral; alarms += setAlarms;
  console.log(`${set.padEnd(13)} P ${(ev.microPrecision * 100).toFixed(1)} R ${(ev.microRecall * 100).toFixed(1)} false alarms ${setAlarms}/${setNeutral}`);
  if (showErrors) for (const e of ev.errors) console.log(`    [${set}] [${e.expected.join(',') || 'neutral'}] -> [${e.predicted.join(',') || 'none'}]  ${e.text}`);
}
console.log(`pooled: precision ${((tp / (tp + fp)) * 100).toFixed(2)} % recall ${((tp / (tp + fn)) * 100).toFixed(2)} % (${tp}/${tp + fn}), false alarms ${alarms}/${neutral} (${((alarms / neutral) * 100).toFixed(2)} %)`);
for (const [l, m] of perTactic) console.log(`  ${l.padEnd(15)} recall ${m.tp}/${m.support}  fp ${m.fp}`);
