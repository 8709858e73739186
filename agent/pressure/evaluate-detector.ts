import type { LabelledExample } from './labelled-examples.ts';
import { PRESSURE_TACTIC_LABELS, type PressureTacticLabel } from '../../protocol/index.ts';
import type { TextPressureReport } from './text-pressure-report.ts';

/** Precision and recall of one tactic over a labelled set (an example counts once per tactic). */
export interface TacticMetrics {
  readonly label: PressureTacticLabel;
  readonly support: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A mistake, kept so a person can read what went wrong. */
export interface EvaluationError {
  readonly text: string;
  readonly expected: readonly PressureTacticLabel[];
  readonly predicted: readonly PressureTacticLabel[];
}

/** How a detector did on a labelled set. */
export interface DetectorEvaluation {
  readonly examples: number;
  readonly perTactic: readonly TacticMetrics[];
  readonly microPrecision: number;
  readonly microRecall: number;
  /** Share of neutral examples where any tactic fired. */
  readonly neutralFalsePositiveRate: number;
  readonly neutralExamples: number;
  /** Mean squared error of confidences against 0/1 truth, over every (example, tactic) pair the detector reported. */
  readonly brierScoreOfReported: number;
  /** Spans that were not the exact substring at their offsets (must be 0). */
  readonly invalidSpans: number;
  readonly errors: readonly EvaluationError[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Runs a detector over labelled examples and measures per-tactic precision/recall and the neutral false-positive rate. */
export function evaluateDetector(
  examples: readonly LabelledExample[],
  detect: (text: string) => TextPressureReport,
): DetectorEvaluation {
  const counts = new Map(PRESSURE_TACTIC_LABELS.map((label) => [label, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  let neutral = 0;
  let neutralFired = 0;
  let invalidSpans = 0;
  let brierSum = 0;
  let brierCount = 0;
  const errors: EvaluationError[] = [];
  for (const example of examples) {
    const report = detect(example.text);
    const confidenceByLabel = new Map<PressureTacticLabel, number>();
    for (const tactic of report.tactics) {
      if (example.text.slice(tactic.start, tactic.end) !== tactic.span || tactic.span.length === 0) invalidSpans++;
      confidenceByLabel.set(tactic.label, Math.max(confidenceByLabel.get(tactic.label) ?? 0, tactic.confidence));
    }
    const predicted = [...confidenceByLabel.keys()];
    if (example.labels.length === 0) {
      neutral++;
      if (predicted.length > 0) neutralFired++;
    }
    for (const [label, confidence] of confidenceByLabel) {
      const truth = example.labels.includes(label) ? 1 : 0;
      brierSum += (confidence - truth) ** 2;
      brierCount++;
    }
    for (const label of PRESSURE_TACTIC_LABELS) {
      const count = counts.get(label);
      if (count === undefined) continue;
      const expected = example.labels.includes(label);
      const got = confidenceByLabel.has(label);
      if (expected) count.support++;
      if (expected && got) count.tp++;
      else if (!expected && got) count.fp++;
      else if (expected && !got) count.fn++;
    }
    const sortedPredicted = [...predicted].sort();
    const sortedExpected = [...example.labels].sort();
    if (sortedPredicted.join() !== sortedExpected.join()) {
      errors.push({ text: example.text, expected: sortedExpected, predicted: sortedPredicted });
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perTactic = PRESSURE_TACTIC_LABELS.map((label): TacticMetrics => {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return {
      label,
      support: c.support,
      truePositives: c.tp,
      falsePositives: c.fp,
      falseNegatives: c.fn,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  });
  return {
    examples: examples.length,
    perTactic,
    microPrecision: ratio(tp, tp + fp),
    microRecall: ratio(tp, tp + fn),
    neutralFalsePositiveRate: ratio(neutralFired, neutral),
    neutralExamples: neutral,
    brierScoreOfReported: brierCount === 0 ? 0 : brierSum / brierCount,
    invalidSpans,
    errors,
  };
}
