import { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/**
 * Words saying whether a price counts the tax, said beside it ("90 € TTC maximum", "€500 incl. VAT", "600 € HT"). They
 * qualify the amount and belong to it, never to a maker or a leftover. Prices are compared as the shops show them, so
 * the figure is kept as typed.
 */
const TAX_QUALIFIERS = new PhraseMatcher([
  {
    phrases: [
      'ttc', 'ht', 'hors taxe', 'hors taxes', 'toutes taxes comprises', 'tva comprise', 'tva incluse', 'taxes comprises', 'hors tva', 'tva en sus',
      'incl vat', 'inc vat', 'including vat', 'vat included', 'vat incl', 'incl tax', 'including tax', 'tax included', 'taxes included',
      'tax incl', 'ex vat', 'excl vat', 'excl . vat', 'excluding vat', 'plus vat', '+ vat', 'before tax', 'after tax', 'with tax', 'with vat',
    ],
  },
]);

/** Abbreviations typed with their dot before the tax's name ("incl. VAT", "excl. tax"). */
const ABBREVIATED: ReadonlySet<string> = new Set(['incl', 'inc', 'excl', 'ex']);
const TAX_NAMES: ReadonlySet<string> = new Set(['vat', 'tax', 'taxes', 'tva']);

/** The end of a tax qualifier starting at `i`, or `i` itself when none is there. */
export function taxQualifierEnd(tokens: readonly Token[], used: readonly boolean[], i: number): number {
  const dotted = ABBREVIATED.has(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === '.' && TAX_NAMES.has(tokens[i + 2]?.norm ?? '') && !used[i] && !used[i + 1] && !used[i + 2];
  return dotted ? i + 3 : (TAX_QUALIFIERS.matchAt(tokens, used, i)?.end ?? i);
}

