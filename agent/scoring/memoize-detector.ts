import type { PressureDetector, TextPressureReport } from '../pressure/index.ts';

/** Wraps a detector so identical texts (a pitch repeated on every offer of a brand) are read once. */
export function memoizeDetector(detect: PressureDetector, maxEntries = 2_000): PressureDetector {
  const cache = new Map<string, TextPressureReport>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    const reading = detect(text);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(text, reading);
    return reading;
  };
}
