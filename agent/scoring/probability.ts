/** Clamps a number into [0, 1] (NaN becomes 0). */
export function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0;
}

// logit and sigmoid are written once, in agent/pressure (the detector combines evidence in log-odds too).
export { logit, sigmoid } from '../pressure/index.ts';

/** Noisy-OR: the chance at least one of several independent signals of the given strengths (0..1) is real. */
export function noisyOr(strengths: Iterable<number>): number {
  let none = 1;
  for (const s of strengths) none *= 1 - clamp01(s);
  return 1 - none;
}
