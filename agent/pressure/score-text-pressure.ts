import { PRESSURE_TACTICS, type PressureTacticLabel } from '../../protocol/index.ts';

/**
 * Folds tactic detections into one pressure number in [0, 1]: per tactic a noisy-OR of its detections,
 * then a noisy-OR across tactics weighted by each tactic's severity (more distinct tactics, more pressure).
 */
export function scoreTextPressure(detections: readonly { readonly label: PressureTacticLabel; readonly confidence: number }[]): number {
  const perLabel = new Map<PressureTacticLabel, number>();
  for (const { label, confidence } of detections) {
    const miss = 1 - (perLabel.get(label) ?? 0);
    perLabel.set(label, 1 - miss * (1 - Math.min(Math.max(confidence, 0), 1)));
  }
  let calm = 1;
  for (const [label, confidence] of perLabel) calm *= 1 - PRESSURE_TACTICS[label].severity * confidence;
  return Math.round((1 - calm) * 1000) / 1000;
}
