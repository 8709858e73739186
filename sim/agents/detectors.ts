import { memoizeDetector, type PressureDetector, type TextPressureReport } from '../../agent/scoring/index.ts';

const NOTHING: TextPressureReport = Object.freeze({ pressure: 0, tactics: Object.freeze([]) as never });

/** The "no pressure scoring" ablation: a text detector that sees nothing (behavioural signals still count). */
export const blindDetector: PressureDetector = () => NOTHING;

/**
 * Shares one detector's readings between every butler of a worker: the detector is a pure function of the text, and
 * the same pitches reach every policy's copy of a brand, so each text is read once. Bounded (oldest dropped first);
 * the butlers use it as their memo rather than keeping one more per consumer.
 */
export function sharedDetector(detect: PressureDetector, maxEntries = 20_000): PressureDetector {
  return memoizeDetector(detect, maxEntries);
}
