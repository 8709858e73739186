import { BoundedMap } from '../../protocol/index.ts';
import type { PressureDetector, TextPressureReport } from '../pressure/index.ts';

/** Detectors this module made: wrapping one again would only add a second cache of the same readings. */
const memoized = new WeakSet<PressureDetector>();

/**
 * Wraps a detector so identical texts (a pitch repeated on every offer of a brand) are read once; bounded, oldest
 * dropped first. A detector that is already memoized (e.g. one shared by every butler of a simulation) is returned as is.
 */
export function memoizeDetector(detect: PressureDetector, maxEntries = 2_000): PressureDetector {
  if (memoized.has(detect)) return detect;
  const cache = new BoundedMap<string, TextPressureReport>(maxEntries);
  const memo: PressureDetector = (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const reading = detect(text);
    cache.set(text, reading);
    return reading;
  };
  memoized.add(memo);
  return memo;
}
