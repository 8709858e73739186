import { describe, expect, it } from 'vitest';
import {
  EVALUATION_SETS,
  detectPressureTactics,
  evaluateDetector,
  loadEvaluationExamples,
  loadTrainingExamples,
} from '../../agent/pressure/index.ts';
import { PRESSURE_TACTIC_LABELS } from '../../protocol/index.ts';

// Thresholds sit below the figures measured with `node bin/run-ts.js agent/pressure/scripts/evaluate.ts`
// (held-out: every tactic >= 0.95 precision and recall, 0.6% neutral false positives; blind: 0.94 / 0.93 / 1.2%),
// leaving room for small changes while still failing on a real regression.
describe('detector quality on hand-written sets it was not trained on', () => {
  const heldOut = loadEvaluationExamples('held-out');
  const blind = loadEvaluationExamples('blind');

  const moneyLeaks = loadEvaluationExamples('money-leaks');
  const multilingual = loadEvaluationExamples('multilingual');

  it('keeps training and every evaluation set disjoint', () => {
    const training = new Set(loadTrainingExamples().map((e) => e.text.toLowerCase()));
    const leaked = EVALUATION_SETS.flatMap((set) => loadEvaluationExamples(set)).filter((e) => training.has(e.text.toLowerCase())).map((e) => e.text);
    expect(leaked).toEqual([]);
  });

  it('has enough examples of every tactic (held-out, or the money-leak set for the tactics added with it) and of neutral text', () => {
    for (const label of PRESSURE_TACTIC_LABELS) {
      const set = label === 'obstruction' || label === 'forced-action' ? moneyLeaks : heldOut;
      expect(set.filter((e) => e.labels.includes(label)).length, label).toBeGreaterThanOrEqual(10);
    }
    expect(heldOut.filter((e) => e.labels.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  it('reaches per-tactic precision >= 0.85 and recall >= 0.85 on the held-out set, with <= 3% false alarms on neutral text', () => {
    const evaluation = evaluateDetector(heldOut, detectPressureTactics);
    for (const metrics of evaluation.perTactic) {
      expect(metrics.precision, `${metrics.label} precision`).toBeGreaterThanOrEqual(0.85);
      expect(metrics.recall, `${metrics.label} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(evaluation.neutralFalsePositiveRate).toBeLessThanOrEqual(0.03);
    expect(evaluation.invalidSpans).toBe(0);
  });

  it('reaches micro precision and recall >= 0.85 on the blind set, with <= 5% false alarms on neutral text', () => {
    const evaluation = evaluateDetector(blind, detectPressureTactics);
    expect(evaluation.microPrecision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.microRecall).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.neutralFalsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(evaluation.invalidSpans).toBe(0);
  });

  it('still fires on the deliberately hard stress set (styles the training data avoids)', () => {
    const evaluation = evaluateDetector(loadEvaluationExamples('stress'), detectPressureTactics);
    expect(evaluation.microPrecision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.microRecall).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.neutralFalsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  // Measured (scripts/evaluate.ts money-leaks): obstruction 0.97, forced action 1.00, sneaking 1.00 recall; neutral
  // product text under 1.2% false alarms. Before these tactics existed, obstruction and forced action scored 0.
  it('finds the money-leak tactics (obstruction, forced action, sneaking) with few false alarms on ordinary product text', () => {
    const evaluation = evaluateDetector(moneyLeaks, detectPressureTactics);
    for (const label of ['obstruction', 'forced-action', 'sneaking', 'misdirection', 'social-proof'] as const) {
      const metrics = evaluation.perTactic.find((m) => m.label === label)!;
      expect(metrics.recall, `${label} recall`).toBeGreaterThanOrEqual(0.9);
      expect(metrics.precision, `${label} precision`).toBeGreaterThanOrEqual(0.85);
    }
    expect(evaluation.neutralFalsePositiveRate).toBeLessThanOrEqual(0.012);
    expect(evaluation.invalidSpans).toBe(0);
  });

  // Measured (scripts/evaluate.ts multilingual): every label 1.00 recall, no false alarm; English-only before: injection 0.
  it('reads instructions aimed at the AI and the main tactics in French, German, Spanish, Italian and Dutch', () => {
    const evaluation = evaluateDetector(multilingual, detectPressureTactics);
    const injection = evaluation.perTactic.find((m) => m.label === 'injection')!;
    expect(injection.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.microRecall).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.microPrecision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.neutralFalsePositiveRate).toBeLessThanOrEqual(0.02);
  });
});
