import type { Token } from './tokenize.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, setConstraint, spanText, type ParseState } from './parse-state.ts';
import { MAX_QUANTITY } from './extract-quantity.ts';

const PACK_NOUNS = new Set(['pack', 'packs', 'box', 'boxes', 'set', 'sets', 'case', 'cases', 'lot', 'lots', 'boite', 'boites', 'coffret', 'coffrets', 'carton', 'cartons', 'bundle', 'multipack', 'paquet', 'paquets']);
const SIZE_WORDS = new Set(['size', 'taille', 'pointure', 'sized']);
const SIZE_VALUE = /^(xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{1,3}(?:[.,]5)?)$/i;

function integerAt(state: ParseState, i: number): number | undefined {
  const token = state.tokens[i];
  if (!token || state.used[i] || token.kind !== 'number' || token.value === undefined || !Number.isInteger(token.value)) return undefined;
  return token.value;
}

/**
 * Quantity versus pack size: "a pack of 6", "lot de 6", "6-pack", "box of 12" set the pack size (items sold together);
 * "2 packs of 6" also sets the quantity (2). Neither number is ever a price.
 */
export function extractPackSize(state: ParseState): void {
  const { tokens, used, draft } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const noun = tokens[i]!;
    if (noun.kind !== 'word' || !PACK_NOUNS.has(noun.norm)) continue;
    // "pack of 6" / "lot de 6"
    const of = tokens[i + 1]?.norm;
    const count = of === 'of' || of === 'de' ? integerAt(state, i + 2) : undefined;
    let start = i;
    let end = i;
    let size: number | undefined;
    if (count !== undefined) {
      size = count;
      end = i + 3;
      const before = integerAt(state, i - 1);
      if (before !== undefined && noun.norm.endsWith('s') && before >= 1 && before <= MAX_QUANTITY) {
        draft.quantity = before;
        start = i - 1;
      }
    } else if (noun.norm === 'pack' && integerAt(state, i - 1) !== undefined) {
      // "6-pack", "6 pack" (singular: "2 packs" is a quantity).
      size = integerAt(state, i - 1);
      start = i - 1;
      end = i + 1;
    }
    if (size === undefined || size < 1 || size > 10_000) continue;
    const source = spanText(state, start, end);
    consume(state, start, end);
    setConstraint(draft, { attribute: 'pack_size', op: 'eq', value: size });
    note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].packItems(source, size));
    i = end - 1;
  }
}

/** "size M", "taille 38", "size 10": the common `size` attribute, compared as the maker writes it. */
export function extractStatedSize(state: ParseState): void {
  const { tokens, used, draft } = state;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (used[i] || used[i + 1] || !SIZE_WORDS.has(tokens[i]!.norm)) continue;
    const value = tokens[i + 1]!;
    if (!SIZE_VALUE.test(value.raw)) continue;
    const size = value.kind === 'number' ? String(value.value) : value.raw.toUpperCase();
    consume(state, i, i + 2);
    setConstraint(draft, { attribute: 'size', op: 'eq', value: size });
    note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].statedSize(spanText(state, i, i + 2)));
    i++;
  }
  // "men's parka, XXL": a clothing size code of two letters or more is a size even without the word "size" (a lone
  // "M" or "L" is not: it may be a metre or a litre).
  if (draft.hard.some((c) => c.attribute === 'size')) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'word' || !(CLOTHING_CODE.test(token.raw) || (LONE_CODE.test(token.raw) && afterCut(tokens, i)))) continue;
    consume(state, i, i + 1);
    setConstraint(draft, { attribute: 'size', op: 'eq', value: token.raw.toUpperCase() });
    note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].statedSize(token.raw));
    return;
  }
}

const CLOTHING_CODE = /^(X{1,4}[SL]|[2-6]XL)$/i;
/** A one-letter size code, typed as a capital: a size right after the cut it is for ("men's L", "femme M"). */
const LONE_CODE = /^[SML]$/;
/** The cuts clothes are sized for. */
const CUT_WORDS: ReadonlySet<string> = new Set(['men', 'mens', 'man', 'women', 'womens', 'woman', 'ladies', 'homme', 'hommes', 'femme', 'femmes', 'kids', 'boys', 'girls', 'unisex', 'enfant', 'garcon', 'fille']);

/** True when the word before `i` (past a possessive "'s") names a cut: "men's L", "women M", "homme M". */
function afterCut(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.norm === 's' ? i - 2 : i - 1;
  return CUT_WORDS.has(tokens[k]?.norm ?? '');
}
