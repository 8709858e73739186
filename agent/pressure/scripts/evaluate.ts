// Measures the text pressure detector on the dev and held-out sets, plus its speed; prints a table.
// Usage: node bin/run-ts.js agent/pressure/scripts/evaluate.ts [dev|held-out|stress|blind|all] [--errors]
import { performance } from 'node:perf_hooks';
import { evaluateDetector, type DetectorEvaluation } from '../evaluate-detector.ts';
import { loadEvaluationExamples, loadTrainingExamples } from '../load-example-files.ts';
import { createPressureDetector } from '../pressure-detector.ts';
import { trainPressureModel } from '../train-pressure-model.ts';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--')) ?? 'all';
const showErrors = args.includes('--errors');

const trainStart = performance.now();
const training = loadTrainingExamples();
const detector = createPressureDetector(trainPressureModel(training));
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

for (const set of ['dev', 'held-out', 'stress', 'blind'] as const) {
  if (which !== 'all' && which !== set) continue;
  print(set, evaluateDetector(loadEvaluationExamples(set), (text) => detector.detect(text)));
}

const texts = [...loadEvaluationExamples('held-out'), ...loadEvaluationExamples('dev')].map((e) => e.text);
for (let i = 0; i < 3; i++) for (const text of texts) detector.detect(text);
const rounds = 20;
const start = performance.now();
for (let i = 0; i < rounds; i++) for (const text of texts) detector.detect(text);
const perText = ((performance.now() - start) * 1000) / (rounds * texts.length);
const meanLength = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
console.log(`\nspeed: ${perText.toFixed(1)} µs per text (mean ${meanLength.toFixed(0)} chars, ${texts.length} texts x ${rounds})`);
