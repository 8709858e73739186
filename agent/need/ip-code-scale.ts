import type { AttributeDefinition } from '../../protocol/index.ts';
import { normaliseValue } from './value-synonyms.ts';

/**
 * IP codes (IEC 60529, "IP67", "IPX4"): the second digit says how well water is kept out — 4 splashing from any
 * direction, 5 and 6 jets, 7 immersion to 1 m, 8 beyond. What people say about water names a grade of that digit.
 */
const WATER_GRADES: ReadonlyArray<{ readonly phrases: readonly string[]; readonly water: number }> = [
  // Can go under water: immersion.
  { water: 7, phrases: ['waterproof', 'water proof', 'submersible', 'etanche', 'etanches', 'etanche a l eau'] },
  // Copes with rain, splashes and sweat.
  { water: 4, phrases: ['water resistant', 'water resistance', 'splash proof', 'splashproof', 'splash resistant', 'rainproof', 'rain proof', 'showerproof', 'sweatproof', 'sweat proof', 'sweat resistant', 'resistant a l eau', 'resistante a l eau', 'resistant aux eclaboussures', 'resistante aux eclaboussures', 'anti eclaboussures', 'resistant a la pluie', 'resistante a la pluie'] },
];
/** Values meaning no rating at all. */
const NONE = new Set(['none', 'no', 'non', 'aucune', 'aucun', 'ip00', 'ipx0']);
const IP_CODE = /^ip ?([0-6x]) ?([0-9])k?$/;

/** What an IP-coded value keeps out: dust digit (undefined for "X", not tested) and water digit; "none" is 0 and 0. */
interface Protection {
  readonly dust: number | undefined;
  readonly water: number;
}

function protectionOf(value: string): Protection | undefined {
  const norm = normaliseValue(value);
  if (NONE.has(norm)) return { dust: 0, water: 0 };
  const m = IP_CODE.exec(norm);
  if (!m) return undefined;
  return { dust: m[1] === 'x' ? undefined : Number(m[1]), water: Number(m[2]) };
}

/** One way of saying a water grade, and the declared values that meet it. */
export interface IpCodeReading {
  readonly phrases: readonly string[];
  readonly values: readonly string[];
}

/**
 * The readings an enum attribute whose values are IP codes gives ("none", "IPX4", "IP67"), from its values alone:
 * "waterproof"/"étanche" → every value rated for immersion (water digit 7 or more), "water resistant"/"splash proof" →
 * every value rated for splashing (4 or more), and an IP code typed ("IPX7", "IP 54") → every value keeping out at least
 * as much water (and dust, when the code rates it). A grade no declared value meets gives no reading (the words are
 * then reported as not understood, never read as a lower grade). Undefined for any other attribute.
 */
export function ipCodeReadingsOf(attr: AttributeDefinition): IpCodeReading[] | undefined {
  if (attr.type !== 'enum' || !attr.values || attr.values.length < 2) return undefined;
  const rated = attr.values.map((value) => ({ value, protection: protectionOf(value) }));
  if (rated.some((r) => r.protection === undefined) || !rated.some((r) => r.protection!.water > 0)) return undefined;
  const meeting = (water: number, dust: number | undefined): string[] =>
    rated.filter((r) => r.protection!.water >= water && (dust === undefined || (r.protection!.dust ?? -1) >= dust)).map((r) => r.value);
  const readings: IpCodeReading[] = WATER_GRADES.map((g) => ({ phrases: g.phrases, values: meeting(g.water, undefined) }));
  for (let water = 1; water <= 8; water++) {
    readings.push({ phrases: [`ipx${water}`], values: meeting(water, undefined) });
    for (let dust = 0; dust <= 6; dust++) readings.push({ phrases: [`ip${dust}${water}`], values: meeting(water, dust) });
  }
  return readings.filter((r) => r.values.length > 0);
}
