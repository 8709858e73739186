/** One tactic the text detector found: its label, the exact span and where it sits in the text. */
export interface DetectedTextTactic {
  readonly label: string;
  readonly span: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

/** What the text detector says about one text (the shape of agent/pressure's `detectPressureTactics`). */
export interface TextPressureReading {
  readonly pressure: number;
  readonly tactics: readonly DetectedTextTactic[];
}

/** The text pressure detector, injected so scoring stays pure and tests can pass a fake. */
export type PressureDetector = (text: string) => TextPressureReading;

/** Wraps a detector so identical texts (a pitch repeated on every offer of a brand) are read once. */
export function memoizeDetector(detect: PressureDetector, maxEntries = 2_000): PressureDetector {
  const cache = new Map<string, TextPressureReading>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) return hit;
    const reading = detect(text);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(text, reading);
    return reading;
  };
}
