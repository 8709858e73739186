import type { SeededRandom } from '../../protocol/index.ts';

const HEADS = ['Al', 'Bel', 'Cor', 'Dar', 'El', 'Fen', 'Gal', 'Hol', 'Is', 'Jun', 'Kel', 'Lum', 'Mar', 'Nor', 'Or', 'Pel', 'Quin', 'Ros', 'Sol', 'Tal', 'Ul', 'Ver', 'Wil', 'Zan'] as const;
const TAILS = ['ada', 'bric', 'dell', 'ema', 'ford', 'ion', 'ix', 'ley', 'mont', 'ora', 'ris', 'sen', 'tis', 'uma', 'vo', 'wyn'] as const;

/**
 * `count` distinct neutral brand names (e.g. "Belora") with their ids ("belora"), so neither names nor the alphabetical
 * order of ids say anything about a brand's strategy. Deterministic for the random source.
 */
export function neutralBrandNames(count: number, random: SeededRandom): Array<{ id: string; name: string }> {
  const out: Array<{ id: string; name: string }> = [];
  const used = new Set<string>();
  while (out.length < count) {
    let name = `${random.pick(HEADS)}${random.pick(TAILS)}`;
    if (used.has(name.toLowerCase())) name = `${name} ${out.length + 2}`;
    if (used.has(name.toLowerCase())) continue;
    used.add(name.toLowerCase());
    out.push({ id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name });
  }
  return out;
}
