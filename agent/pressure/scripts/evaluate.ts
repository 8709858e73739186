// Measures the text pressure detector on the dev and held-out sets, plus its speed; prints a table.
// Usage: node bin/run-ts.js agent/pressure/scripts/evaluate.ts [dev|held-out|stress|blind|money-leaks|multilingual|blind-2|…|blind-17|dev-2|dev-3|dev-4|all] [--errors]
import { performance } from 'node:perf_hooks';
import { evaluateDetector, type DetectorEvaluation } from '../evaluate-detector.ts';
import { EVALUATION_SETS, loadEvaluationExamples, loadTrainingExamples } from '../load-example-files.ts';
import { createPressureDetector } from '../pressure-detector.ts';
import { trainCalibratedPressureModel } from '../train-calibrated-pressure-model.ts';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--')) ?? 'all';
const showErrors = args.includes('--errors');

const trainStart = performance.now();
const training = loadTrainingExamples();
const detector = createPressureDetector(trainCalibratedPressureModel(training));
const trainMs = performance.now() - trainStart;
console.log(`trained on ${training.length} hand-written examples in ${trainMs.toFixed(0)} ms`);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
function print(name: string, evaluation: DetectorEvaluation): void {
  console.log(`\n== ${name}: ${evaluation.examples} examples (${evaluation.neutralExamples} neutral)`);
  console.log('tactic          support  precision  recall     f1');
  for (const m of evaluation.perTactic) {
    console.log(`${m.label.padEnd(15)} ${String(m.support).padStart(7)}  ${pct(m.precision)}     ${pct(m.recall)}  ${pct(m.f1)}`);
  }
  console.log(`micro precision ${pct(evaluation.microPrecision)}  micro recall ${pct(evaluation.microRecall)}`);
  console.log(`neutral false-positive rate ${pct(evaluation.neutralFalsePositiveRate)}  Brier (reported) ${evaluation.brierScoreOfReported.toFixed(3)}  invalid spans ${evaluation.invalidSpans}`);
  if (showErrors) {
    for (const e of evaluation.errors) console.log(`  [${e.expected.join(',') || 'neutral'}] -> [${e.predicted.join(',') || 'none'}]  ${e.text}`);
  }
}

// A text also found in training makes the run fail: every set must stay a fair measurement.
const trainingTexts = new Set(training.map((e) => e.text.toLowerCase()));

for (const set of EVALUATION_SETS) {
  if (which !== 'all' && which !== set) continue;
  const examples = loadEvaluationExamples(set);
  const leaked = examples.filter((e) => trainingTexts.has(e.text.toLowerCase()));
  if (leaked.length > 0) {
    console.error(`${set}: ${leaked.length} text(s) also in training:\n${leaked.map((e) => `  ${e.text}`).join('\n')}`);
    process.exitCode = 1;
  }
  print(set, evaluateDetector(examples, detector));
}

// Speed: the best of 7 batches (the usual estimator on a shared machine), wall clock and CPU time.
// Speed is measured on the original four sets, so numbers stay comparable across versions.
const texts = (['held-out', 'dev', 'stress', 'blind'] as const).flatMap((set) => loadEvaluationExamples(set).map((e) => e.text));
for (let i = 0; i < 5; i++) for (const text of texts) detector(text);
let bestWall = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let batch = 0; batch < 7; batch++) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < 5; i++) for (const text of texts) detector(text);
  const used = process.cpuUsage(cpu);
  bestWall = Math.min(bestWall, ((performance.now() - wall) * 1000) / (5 * texts.length));
  bestCpu = Math.min(bestCpu, (used.user + used.system) / (5 * texts.length));
}
const meanLength = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
console.log(`\nspeed: ${bestWall.toFixed(1)} µs wall, ${bestCpu.toFixed(1)} µs CPU per text (mean ${meanLength.toFixed(0)} chars, ${texts.length} texts, best of 7 batches)`);
