import { attributeWords, indexOfWordRun } from './attribute-text.ts';

/**
 * Words that, just before a value named in a title, say the product is not that value: it is *for* it, works *with*
 * it, or is *without* it ("case compatible with JBL Flip 6", "charger for Apple Watch", "no black dye", "non-wool").
 */
const NOT_ITSELF_BEFORE: ReadonlySet<string> = new Set(['for', 'with', 'fits', 'fit', 'replaces', 'replacement', 'no', 'non', 'not', 'without', 'free']);
/** Words that, just after it, say the same ("wool-free", "Black Friday", "Apple-compatible"). */
const NOT_ITSELF_AFTER: ReadonlySet<string> = new Set(['free', 'friday', 'compatible', 'alternative']);

/** The words of a title as a person reads them, with a possessive "'s" kept inside its word ("Levi's" is one word, not "levi" and "s"). */
function titleWords(title: string): string[] {
  return attributeWords(title.replace(/(\p{L})['’]s\b/gu, '$1s'));
}

/**
 * Whether a product's title names `phrase` as the product's own value: the phrase's words whole and in order among the
 * title's (as `namesAttributeText` reads a value), at a place where the words around it do not say the product is
 * *for*, *with* or *without* it. Read only where the product leaves the attribute unstated, so a title can exclude an
 * offer the person ruled out ("JBL Tune 770NC, black" against "not JBL, not black") without excluding an honest
 * accessory, a sale banner or a "-free" product that merely mentions the value.
 */
export function titleNamesValue(title: string, phrase: string): boolean {
  const words = attributeWords(phrase);
  if (words.length === 0) return false;
  const have = titleWords(title);
  for (let i = indexOfWordRun(have, words); i >= 0; i = indexOfWordRun(have, words, i + 1)) {
    const before = have[i - 1];
    const after = have[i + words.length];
    if ((before !== undefined && NOT_ITSELF_BEFORE.has(before)) || (after !== undefined && NOT_ITSELF_AFTER.has(after))) continue;
    return true;
  }
  return false;
}
