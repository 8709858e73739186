import type { AttributeDefinition } from '../../protocol/index.ts';
import type { Dimension } from './measure-units.ts';
import { normaliseValue } from './value-synonyms.ts';

/** An enum attribute whose values are a scale of one quantity: what it measures and its two ends. */
export interface EnumScale {
  readonly dimension: Dimension;
  /** The value meaning the least of the quantity ("low" noise, "light" weight). */
  readonly least: string;
  /** The value meaning the most of it ("high", "very strong"). */
  readonly most: string;
}

// Words that place a value on an amount scale, whatever the quantity (normalised: lower case, no accents).
const LESS = new Set(['low', 'small', 'light', 'weak', 'slow', 'quiet', 'short', 'mild', 'thin', 'faible', 'bas', 'basse', 'petit', 'petite', 'leger', 'legere', 'lent', 'lente', 'silencieux', 'silencieuse', 'court', 'courte', 'doux', 'douce', 'fin', 'fine']);
/** True when a describing word says less of a quantity ("light", "small", "quiet", "léger"): "as light as" bounds from above. */
export const saysLess = (norm: string): boolean => LESS.has(norm);
const MIDDLE = new Set(['medium', 'mid', 'middle', 'moderate', 'normal', 'average', 'standard', 'regular', 'moyen', 'moyenne', 'modere', 'moderee', 'intermediaire']);
const MORE = new Set(['high', 'large', 'big', 'heavy', 'strong', 'fast', 'loud', 'long', 'intense', 'powerful', 'eleve', 'elevee', 'haut', 'haute', 'grand', 'grande', 'lourd', 'lourde', 'fort', 'forte', 'rapide', 'bruyant', 'bruyante', 'longue', 'puissant', 'puissante']);
const EXTREME = new Map([['lowest', -2], ['minimum', -2], ['min', -2], ['highest', 2], ['maximum', 2], ['max', 2]]);
const INTENSIFIERS = new Set(['very', 'extra', 'ultra', 'super', 'tres']);
/** Words of a value that say nothing about its place ("low noise", "high power", "level 2"). */
const NEUTRAL = new Set(['noise', 'level', 'power', 'weight', 'speed', 'sound', 'niveau', 'puissance', 'poids', 'bruit', 'vitesse']);

/** What an attribute measures, read from its name and labels (English and French). */
const DIMENSION_WORDS: ReadonlyArray<readonly [Dimension, RegExp]> = [
  ['sound', /\b(noise|noisy|sound|loudness|acoustic|decibels?|bruit|sonore|acoustique)\b/],
  ['mass', /\b(weight|heavy|mass|poids|masse)\b/],
  ['power', /\b(power|suction|wattage|puissance|aspiration)\b/],
  ['time', /\b(battery|runtime|autonomy|autonomie|duration|duree)\b/],
  ['light', /\b(brightness|luminosity|luminosite|eclairage)\b/],
  ['volume', /\b(capacity|capacite|contenance)\b/],
  ['length', /\b(size|length|width|height|taille|longueur|largeur|hauteur|dimensions?)\b/],
  ['speed', /\b(speed|vitesse)\b/],
];

/** A value's place on the scale (less < 0 < more), or undefined when its words are no amount. */
function rankOf(value: string): number | undefined {
  const words = normaliseValue(value).split(' ').filter((w) => w !== '' && !NEUTRAL.has(w));
  let intensity = 1;
  while (words.length > 1 && INTENSIFIERS.has(words[0]!)) {
    intensity += 0.5;
    words.shift();
  }
  if (words.length !== 1) return undefined;
  const word = words[0]!;
  if (EXTREME.has(word)) return EXTREME.get(word)!;
  if (MIDDLE.has(word)) return intensity === 1 ? 0 : undefined;
  if (LESS.has(word)) return -intensity;
  if (MORE.has(word)) return intensity;
  return undefined;
}

/** The quantity an attribute measures, from its name and labels; undefined when they name none. */
export function dimensionOfAttribute(attr: Pick<AttributeDefinition, 'name' | 'labels'>): Dimension | undefined {
  const text = normaliseValue(`${attr.name} ${attr.labels.en} ${attr.labels.fr ?? ''}`);
  return DIMENSION_WORDS.find(([, words]) => words.test(text))?.[0];
}

/**
 * The scale an enum attribute declares, read from the schema alone: every value is an amount word ("low", "medium",
 * "very high"; "léger", "lourd") with one value at each end, and the attribute's name or labels say what it measures.
 * The values' listed order is not trusted (a schema lists values, it does not rank them).
 */
export function enumScaleOf(attr: AttributeDefinition): EnumScale | undefined {
  if (attr.type !== 'enum' || !attr.values || attr.values.length < 2) return undefined;
  const ranked = attr.values.map((value) => ({ value, rank: rankOf(value) }));
  if (ranked.some((r) => r.rank === undefined)) return undefined;
  const ranks = ranked.map((r) => r.rank!);
  const low = Math.min(...ranks);
  const high = Math.max(...ranks);
  const least = ranked.filter((r) => r.rank === low);
  const most = ranked.filter((r) => r.rank === high);
  if (low === high || least.length !== 1 || most.length !== 1) return undefined;
  const dimension = dimensionOfAttribute(attr);
  return dimension === undefined ? undefined : { dimension, least: least[0]!.value, most: most[0]!.value };
}
