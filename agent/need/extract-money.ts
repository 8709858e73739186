import { PhraseMatcher } from './phrase-matcher.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, isWordAt, spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';
import { isUnitWord } from './quantity-units.ts';
import type { Token } from './tokenize.ts';
import { numberPhraseAt } from './number-words.ts';
import { wordEntry } from './word-entry.ts';

/**
 * Currency symbols and words (normalised) → ISO code. "Pound(s)" is a currency unless it weighs something ("a pound of");
 * the French slang "balles" ("100 balles") is euros unless it counts balls ("4 balles de tennis"); "francs" are
 * Swiss francs, the one franc still spent in Europe.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', balles: 'EUR',
  '$': 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', bucks: 'USD', buck: 'USD',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', quid: 'GBP',
  chf: 'CHF', franc: 'CHF', francs: 'CHF', cad: 'CAD', aud: 'AUD', jpy: 'JPY', yen: 'JPY', sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN',
};


type MarkerKind = 'ceiling' | 'approximate' | 'needs-currency' | 'range-start';

const PREFIX_MARKERS: ReadonlyArray<{ phrases: readonly string[]; kind: MarkerKind }> = [
  {
    kind: 'ceiling',
    phrases: [
      'under', 'below', 'less than', 'less then', 'lower than', 'cheaper than', 'max', 'maximum', 'at most', 'up to', 'upto', 'no more than', 'not more than',
      'not over', 'not above', 'not exceeding', 'budget', 'budget of', 'budget is', 'my budget is', 'budget max', 'max budget', 'spend',
      'spend up to', 'spend max', 'can spend', 'to spend', 'spending', 'max price', 'price max', 'price limit', 'limit', 'cap', 'ceiling', '<', '≤', 'moins de',
      'pas plus de', 'jusqu a', 'budget de', 'budget max de', 'sous', 'inferieur a', 'maxi', 'max de', 'maximum de', 'prix max', 'a moins de', 'under the',
      'less', 'no more', 'within', 'not exceed', 'ne depassant pas', 'au plus', 'plafond', 'nothing over', 'nothing above', 'nothing more than',
      'nothing higher than', 'nothing pricier than', 'rien au dessus de', 'rien de plus de', 'pas au dessus de',
    ],
  },
  { kind: 'approximate', phrases: ['around', 'about', 'approx', 'approximately', 'roughly', 'circa', 'ca', '~', 'environ', 'env', 'autour de', 'aux alentours de', 'something like'] },
  { kind: 'needs-currency', phrases: ['for', 'at', 'pour', 'a', 'costing', 'priced at', 'price', 'prix', 'that costs', 'costs', 'cost', 'paying', 'pay', 'payer'] },
  { kind: 'range-start', phrases: ['between', 'from', 'entre', 'de'] },
];
const POSTFIX_CEILING = new PhraseMatcher([
  { phrases: ['max', 'maximum', 'tops', 'top', 'or less', 'at most', 'at the most', 'or under', 'or below', 'au maximum', 'au max', 'maxi', 'grand max', 'budget', 'or cheaper', 'max budget', 'maximum budget', 'ou moins', 'limit', 'cap'] },
]);
/** "80 € environ", "£70 or so", "100 euros à peu près": an approximation said after the price. */
const POSTFIX_APPROXIMATE = new PhraseMatcher([
  { phrases: ['environ', 'env', 'or so', 'ish', 'approx', 'approximately', 'roughly', 'give or take', 'more or less', 'a peu pres', 'plus ou moins', 'a peu de chose pres'] },
]);
const PER_UNIT = new PhraseMatcher([
  { phrases: ['each', 'per pair', 'per pack', 'per bag', 'per unit', 'per item', 'apiece', 'a piece', 'a pair', 'the pair', 'par paire', 'la paire', 'chacun', 'chacune', 'l unite', 'par unite', 'per box', 'the pack', 'le paquet', 'par paquet', 'piece'] },
]);
const RANGE_JOINERS = new Set(['and', 'to', '-', 'et', 'a', 'until']);
const SIZE_WORDS = new Set(['size', 'taille', 'pointure', 'us', 'uk', 'eu', 'sz']);
const prefixMatcher = new PhraseMatcher(PREFIX_MARKERS);

/** Words the money reader uses, for typo correction and leftovers. */
export const MONEY_WORDS: readonly string[] = [
  ...Object.keys(CURRENCY_WORDS),
  ...PREFIX_MARKERS.flatMap((m) => m.phrases.flatMap((p) => p.split(' '))),
  'max', 'maximum', 'tops', 'less', 'budget', 'each', 'per', 'apiece', 'k', 'ish', 'so', 'peu', 'pres',
];

interface Amount {
  readonly value: number;
  /** "une vingtaine d'euros": about that much. */
  readonly approximate?: boolean;
  readonly currency?: string;
  readonly start: number;
  readonly end: number;
}

function currencyOf(token: Token | undefined, following: Token | undefined): string | undefined {
  if (!token) return undefined;
  const code = wordEntry(CURRENCY_WORDS, token.norm);
  if (code === undefined) return undefined;
  // "a pound of coffee", "2 pounds of beans" weigh something.
  if ((token.norm === 'pound' || token.norm === 'pounds') && following && ['of', 'bag', 'bags', 'pack', 'de'].includes(following.norm)) return undefined;
  // "4 balles de tennis", "3 balles de golf" count balls.
  if (token.norm === 'balles' && following && ['de', 'd'].includes(following.norm)) return undefined;
  return code;
}

/** Reads "€120", "120€", "120 EUR", "$ 99.90", "1.5k", "150e", "3 grand", "one hundred and fifty euros" at `index`. */
function readAmount(state: ParseState, index: number): Amount | undefined {
  const { tokens, used } = state;
  let i = index;
  let currency: string | undefined;
  if (!used[i] && tokens[i] && (tokens[i]!.kind === 'symbol' || tokens[i]!.kind === 'word')) {
    if (tokens[i]!.norm === 'us' && tokens[i + 1]?.norm === '$') i++;
    const prefix = currencyOf(tokens[i], tokens[i + 1]);
    if (prefix !== undefined) {
      currency = prefix;
      i++;
    } else i = index;
  }
  const number = tokens[i];
  const inWords = number?.kind === 'word' ? numberPhraseAt(tokens, used, i) : undefined;
  if (!number || used[i] || ((number.kind !== 'number' || number.value === undefined || !Number.isFinite(number.value)) && inWords === undefined)) return undefined;
  let value = inWords?.value ?? number.value!;
  i = inWords?.end ?? i + 1;
  if (inWords === undefined && !used[i] && ((tokens[i]?.attached && tokens[i]!.norm === 'k') || tokens[i]?.norm === 'grand')) {
    value *= 1000;
    i++;
  }
  // "une vingtaine d'euros", "a couple hundred of euros": a count said as a noun takes "de"/"of" before what it counts.
  if (inWords?.approximate && currency === undefined && ['de', 'd', 'of'].includes(tokens[i]?.norm ?? '') && !used[i] && currencyOf(tokens[i + 1], tokens[i + 2]) !== undefined) i++;
  const next = tokens[i];
  if (next && !used[i] && currency === undefined) {
    // A lone "e" is a euro only when glued to the number ("150e").
    const suffix = next.norm === 'e' ? (next.attached ? 'EUR' : undefined) : currencyOf(next, tokens[i + 1]);
    if (suffix !== undefined) {
      currency = suffix;
      i++;
    }
  }
  const after = tokens[i];
  if (currency === undefined && after && !used[i] && after.kind === 'word' && isUnitWord(after.norm)) return undefined;
  if (currency === undefined && after?.kind === 'symbol' && after.norm === '%') return undefined;
  const approximate = inWords?.approximate === true ? { approximate: true } : {};
  return currency === undefined ? { value, start: index, end: i, ...approximate } : { value, currency, start: index, end: i, ...approximate };
}

/**
 * Finds budget mentions: "under 150 euros", "max 200", "budget €120", "between 100 and 150", "100-150€", "150€ max",
 * "moins de 150€", "around 100", "80 each". A price with a currency but no marker is also read as a ceiling.
 */
export function extractMoney(state: ParseState): void {
  const { tokens, used } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    if (i > 0 && tokens[i - 1]!.kind === 'word' && SIZE_WORDS.has(tokens[i - 1]!.norm) && !used[i - 1]) continue;
    const marker = prefixMatcher.matchAt(tokens, used, i);
    let cursor = marker ? marker.end : i;
    // "budget around €150", "budget env. 60": the approximation said after the price word.
    const approximation = marker?.entry.kind === 'ceiling' ? prefixMatcher.matchAt(tokens, used, cursor) : undefined;
    if (approximation?.entry.kind === 'approximate') cursor = approximation.end;
    while (tokens[cursor] && !used[cursor] && ([':', '=', '.'].includes(tokens[cursor]!.norm) || isWordAt(state, cursor, 'of', 'is', 'de', 'around'))) cursor++;
    const first = readAmount(state, cursor);
    if (!first) continue;
    let end = first.end;
    let amount = first.value;
    let currency = first.currency;
    let isRange = false;
    // Ranges: "between 100 and 150", "100-150€", "100 to 150 euros", "entre 100 et 150".
    const joiner = tokens[end];
    if (joiner && !used[end] && RANGE_JOINERS.has(joiner.norm)) {
      const second = readAmount(state, end + 1);
      if (second && second.value > first.value && (marker?.entry.kind === 'range-start' || currency !== undefined || second.currency !== undefined || joiner.norm === '-')) {
        amount = second.value;
        currency = second.currency ?? currency;
        end = second.end;
        isRange = true;
      }
    }
    const postfix = POSTFIX_CEILING.matchAt(tokens, used, end);
    if (postfix) end = postfix.end;
    // An approximation after a price with its currency ("80 € environ"), unless a ceiling was said too.
    // A figure alone with one ("500ish", "300 or so", then nothing more said of it) is an approximate price too: an
    // approximation says the figure is an amount, and with no word after it there is nothing else it could count.
    const approximated = postfix === undefined && marker?.entry.kind !== 'ceiling' ? POSTFIX_APPROXIMATE.matchAt(tokens, used, end) : undefined;
    const alone = approximated !== undefined && marker === undefined && (tokens[approximated.end] === undefined || tokens[approximated.end]!.kind === 'punct');
    const approximateAfter = currency !== undefined || alone ? approximated : undefined;
    if (approximateAfter) end = approximateAfter.end;
    const perUnit = PER_UNIT.matchAt(tokens, used, end);
    if (perUnit) end = perUnit.end;
    const kind = approximation?.entry.kind === 'approximate' || approximateAfter !== undefined || (first.approximate === true && currency !== undefined && !isRange && marker?.entry.kind !== 'ceiling') ? 'approximate' : marker?.entry.kind;
    const isBudget = kind === 'ceiling' || kind === 'approximate' || isRange || postfix !== undefined || perUnit !== undefined || currency !== undefined;
    if (!isBudget || (kind === 'needs-currency' && currency === undefined) || (kind === 'range-start' && !isRange && currency === undefined)) continue;
    const start = marker ? i : cursor;
    const source = spanText(state, start, end);
    consume(state, start, end);
    state.draft.budgets.push({
      amount,
      ...(currency === undefined ? {} : { currency }),
      soft: state.modality[cursor] === 'soft',
      perUnit: perUnit !== undefined,
      approximate: kind === 'approximate',
      source,
    });
    if (isRange) state.draft.assumptions.push(NOTE_MESSAGES[state.language ?? 'en'].budgetRange(source, amount));
    i = end - 1;
  }
}
