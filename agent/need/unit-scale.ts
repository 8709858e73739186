import type { MeasureUnit } from './measure-units.ts';

/**
 * How far apart a typed unit and an attribute's declared unit may be and still measure the same thing. An attribute is
 * declared in the unit its figures are written in (a frame in cm, a range in km, storage in GB), so what it measures
 * is said in that unit or a neighbouring one: a kilogram for grams, a metre for centimetres, a terabyte (1024 GB) for
 * gigabytes, a mile for metres. A unit more than four orders of magnitude away ("15 km" for a frame in cm, 1,500,000 cm;
 * "20 km" for a waterhead in mm) puts the figure that far outside every value the attribute can take: the person is
 * measuring something else (the ride, the commute, the hike), not that attribute.
 */
const MAX_SCALE_RATIO = 10_000;

/** True when a figure typed in `typed` can be a value of an attribute declared in `declared` (same dimension assumed). */
export function unitFitsScaleOf(typed: MeasureUnit, declared: MeasureUnit): boolean {
  if (typed.dimension !== declared.dimension) return false;
  const ratio = typed.factor / declared.factor;
  return ratio <= MAX_SCALE_RATIO && ratio >= 1 / MAX_SCALE_RATIO;
}
