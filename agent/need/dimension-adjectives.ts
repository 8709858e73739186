import { normaliseValue } from './value-synonyms.ts';

/**
 * The adjectives that name a spatial dimension, by its noun (normalised, English and French): "74 inches long" is a
 * length, "50 cm de large" a width, "2 m high" a height. Such a word after a figure says which measure it is.
 */
const ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ['length', ['long']],
  ['longueur', ['long', 'longue']],
  ['width', ['wide', 'broad']],
  ['largeur', ['large']],
  ['height', ['high', 'tall']],
  ['hauteur', ['haut', 'haute']],
  ['depth', ['deep']],
  ['profondeur', ['profond', 'profonde']],
  ['thickness', ['thick']],
  ['epaisseur', ['epais', 'epaisse']],
]);

/** The adjectives of the dimension a label names in one word ("Length" → long), else none. */
export function dimensionAdjectivesOf(label: string): readonly string[] {
  return ADJECTIVES.get(normaliseValue(label)) ?? [];
}
