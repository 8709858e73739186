import type { AttributeDefinition } from '../../protocol/index.ts';
import { consume, markUnneeded, type ParseState } from './parse-state.ts';
import { normaliseValue } from './value-synonyms.ts';

/** Spellings of an attribute's one-word name besides its declared labels ("color" for "Colour"). */
const OTHER_SPELLINGS: Readonly<Record<string, readonly string[]>> = { color: ['color', 'colour', 'colours', 'colors', 'couleurs'] };

/** Shared attributes with readers of their own (sizes, packs, brands) or never named in words (codes). */
const READ_ELSEWHERE: ReadonlySet<string> = new Set(['brand', 'size', 'pack_size', 'gtin', 'mpn']);

/**
 * The one-word names of an attribute: its English and French labels of one word (a bracketed unit aside), their
 * plurals, a word of four letters or more its wire name starts with ("weight" for `weight_kg`), other spellings.
 */
function oneWordNames(attr: AttributeDefinition): string[] {
  const labels = [attr.labels.en, attr.labels.fr ?? ''].map((l) => normaliseValue(l.replace(/\([^)]*\)/g, '')).trim()).filter((l) => /^[a-z]{3,}$/.test(l));
  const head = /^[a-z]{4,}/.exec(attr.name)?.[0];
  return [...labels, ...labels.map((l) => `${l}s`), ...(head === undefined ? [] : [head]), ...(OTHER_SPELLINGS[attr.name] ?? [])];
}

/**
 * An attribute named alone, with no value: "Colour isn't important", "weight doesn't matter", "la couleur m'est
 * égale" say it is not needed (no rule, said back); "Colour: anything but black" names what the words after the
 * colon are about. Either way the name is the attribute's, never a maker nor a leftover. Read before the value words,
 * so a capitalised "Colour" is not taken for a brand.
 */
export function readAttributesNamedAlone(state: ParseState, attributes: readonly AttributeDefinition[]): void {
  const { tokens, used } = state;
  // A word naming two attributes names neither ("weight" for a weight and a max load weight).
  const byName = new Map<string, AttributeDefinition | undefined>();
  for (const attr of attributes) {
    // A yes/no feature's name is its value ("Aromatisé : non"), read by the value words.
    if (READ_ELSEWHERE.has(attr.name) || attr.type === 'boolean') continue;
    for (const name of new Set(oneWordNames(attr))) byName.set(name, byName.has(name) && byName.get(name) !== attr ? undefined : attr);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const attr = token.kind === 'word' && !used[i] ? byName.get(token.norm) : undefined;
    if (attr === undefined) continue;
    if (state.modality[i] === 'unneeded') {
      markUnneeded(state.draft, attr.name);
      consume(state, i, i + 1);
    } else if (tokens[i + 1]?.norm === ':') consume(state, i, i + 1);
  }
}
