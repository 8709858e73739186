import type { PressureDetector, TextPressureReport } from '../../agent/scoring/index.ts';

const NOTHING: TextPressureReport = Object.freeze({ pressure: 0, tactics: Object.freeze([]) as never });

/** The "no pressure scoring" ablation: a text detector that sees nothing (behavioural signals still count). */
export const blindDetector: PressureDetector = () => NOTHING;

/**
 * Shares one detector's readings between every butler of a worker: the detector is a pure function of the text, and
 * the same pitches reach every policy's copy of a brand, so each text is read once. Bounded (oldest dropped first).
 */
export function sharedDetector(detect: PressureDetector, maxEntries = 20_000): PressureDetector {
  const cache = new Map<string, TextPressureReport>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const reading = detect(text);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(text, reading);
    return reading;
  };
}
