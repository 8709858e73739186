/** A ratio or share; null when its denominator is zero. */
export type Ratio = number | null;
