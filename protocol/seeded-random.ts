/** A deterministic pseudo-random source (mulberry32); same seed, same sequence, on every machine. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this seed and a label (order of derivation does not matter). */
  fork(label: string): SeededRandom;
}

/** 32-bit FNV-1a hash of a string; used to derive seeds from labels and ids. */
export function hashToSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * mulberry32 behind the SeededRandom interface. A class, not an object of closures: brands seed a generator per offer,
 * pitch and answer (thousands per simulated round), and each closure made per generator cost a property definition
 * under tsx's keepNames (six per generator, a visible share of a brand's time in profiles).
 */
class Mulberry32 implements SeededRandom {
  private state: number;

  constructor(private readonly base: number) {
    this.state = base;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  fork(label: string): SeededRandom {
    return createSeededRandom(hashToSeed(`${this.base}:${label}`));
  }
}

/** Creates a seeded random source from a number or a string seed. */
export function createSeededRandom(seed: number | string): SeededRandom {
  return new Mulberry32(typeof seed === 'string' ? hashToSeed(seed) : seed >>> 0);
}
