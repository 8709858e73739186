import type { SeededRandom } from '../../protocol/index.ts';

/** A standard normal draw (Box–Muller) from a seeded stream. */
function normal(random: SeededRandom): number {
  const u = Math.max(Number.MIN_VALUE, random.next());
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Gamma(shape, 1) draw (Marsaglia–Tsang; shapes below 1 boosted), deterministic for a seeded stream. */
function gamma(shape: number, random: SeededRandom): number {
  if (shape < 1) return gamma(shape + 1, random) * Math.max(Number.MIN_VALUE, random.next()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(Math.max(Number.MIN_VALUE, u)) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(a, b) draw for positive a and b, deterministic for a seeded stream (used for Thompson sampling). */
export function sampleBeta(a: number, b: number, random: SeededRandom): number {
  const x = gamma(Math.max(1e-6, a), random);
  const y = gamma(Math.max(1e-6, b), random);
  return x + y > 0 ? x / (x + y) : 0.5;
}
