import { unitOfWord } from './measure-units.ts';
import type { Token } from './tokenize.ts';

/**
 * Words after a number that make it a measurement or an amount of product, never a price: weights, volumes, counts and
 * packs, multipliers, lengths, durations, ordinals ("500 g", "1 l", "12 pcs", "6 x", "8h", "3 days", "2nd", "30 %").
 * The one list: the money reader and the bare-number reader both use it.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  // weight
  'g', 'gr', 'grs', 'gram', 'grams', 'gramme', 'grammes', 'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes',
  'mg', 'lb', 'lbs', 'pound', 'pounds', 'oz', 'ounce', 'ounces',
  // volume
  'ml', 'cl', 'dl', 'l', 'litre', 'litres', 'liter', 'liters', 'floz',
  // counts and packs
  'x', 'pack', 'packs', 'pk', 'pcs', 'pc', 'piece', 'pieces', 'unit', 'units', 'capsules', 'capsule', 'pods', 'pod', 'cups', 'cup',
  'bags', 'bag', 'boxes', 'box', 'pairs', 'pair', 'tins', 'tin', 'jars', 'jar', 'paquets', 'paquet', 'sachets', 'sachet', 'unites', 'unite',
  'paires', 'paire', 'devices', 'appareils',
  // lengths, durations, shares, ordinals, ratings
  'mm', 'cm', 'h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures', 'min', 'mins', 'minutes', 'day', 'days', 'jour', 'jours', 'week', 'weeks',
  'semaine', 'semaines', 'month', 'months', 'mois', 'years', 'year', 'ans', 'an', '%', 'percent', 'pourcent', 'st', 'nd', 'rd', 'th', 'er', 'eme',
  'stars', 'star',
]);

/**
 * True when a word after a number makes it a measure or an amount of product, never a price nor a shoe size: the list
 * above or any unit of measure ("50 km", "10 mi", "2 bar", "600 W").
 */
export function isUnitWord(word: string): boolean {
  return MEASURE_UNITS.has(word) || unitOfWord(word) !== undefined;
}

/** Nouns that, followed by "of"/"de" and a number, give a count per pack ("pack of 6", "box of 12", "lot de 3"). */
const PACK_NOUNS: ReadonlySet<string> = new Set(['pack', 'packs', 'box', 'boxes', 'bag', 'bags', 'set', 'sets', 'case', 'lot', 'lots', 'paquet', 'boite', 'carton']);

/**
 * True when the number at `index` measures an amount of product rather than money: followed by a unit ("500 g",
 * "1 l", "6 x"), after a multiplier ("x 6", "× 2") or after a pack noun ("pack of 6"). Such a number is never a price.
 */
export function isQuantityNumber(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next !== undefined && isUnitWord(next.norm)) return true;
  const previous = tokens[index - 1];
  if (previous !== undefined && (previous.norm === 'x' || previous.norm === '×' || previous.norm === '*')) return true;
  const beforeOf = tokens[index - 2];
  return previous !== undefined && (previous.norm === 'of' || previous.norm === 'de') && beforeOf !== undefined && PACK_NOUNS.has(beforeOf.norm);
}
