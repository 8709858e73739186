import { PhraseMatcher } from './phrase-matcher.ts';
import { percentAboveAt } from './percent-above.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, isWordAt, note, spanText } from './parse-state.ts';
import type { BudgetMention, ParseState } from './parse-state.ts';
import { NEGATION_MARKERS } from './negation-words.ts';
import { takenBackAfter } from './budget-taken-back.ts';
import { taxQualifierEnd } from './tax-qualifier.ts';
import { isUnitWord } from './quantity-units.ts';
import type { Token } from './tokenize.ts';
import { cardinalWordValue, isThousandWord, numberPhraseAt } from './number-words.ts';
import { wordEntry } from './word-entry.ts';
import { wordsAt } from './words-at.ts';
import { BUDGET_RATE_WORDS, budgetRateAt } from './budget-rate.ts';
import { MONEY_SLANG_WORDS, moneySlangAt } from './money-slang.ts';
import { regionalCurrency } from './regional-currency.ts';
import { moreCurrencyAt } from './more-currency-at.ts';
import { CURRENCY_WORDS, currencyWordCode } from './currency-names.ts';
import { isFunctionWord } from './function-word.ts';
import { budgetRaisedBy, conditionAfterPrice } from './conditional-ceiling.ts';
import { LIST_PRICE_WORDS, acceptedAt, listPriceEnd } from './list-price.ts';

/**
 * Words naming whose dollars or francs: "C$", "CA$", "R$", "$ CA", "Canadian dollars", "dollars canadiens", "francs
 * suisses", "francs CFA". Keyed by the currency the bare word names; a single letter counts only glued to the sign.
 */
const COUNTRY_QUALIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  USD: {
    c: 'CAD', ca: 'CAD', can: 'CAD', canadian: 'CAD', canadien: 'CAD', canadiens: 'CAD', a: 'AUD', au: 'AUD', australian: 'AUD', australiens: 'AUD',
    nz: 'NZD', us: 'USD', american: 'USD', americains: 'USD', hk: 'HKD',
    // "R$": the Brazilian real's sign is a dollar sign with an R glued before it.
    r: 'BRL',
  },
  CHF: { swiss: 'CHF', suisse: 'CHF', suisses: 'CHF', cfa: 'XOF' },
  GBP: { british: 'GBP', sterling: 'GBP' },
  SEK: { swedish: 'SEK', suedoises: 'SEK' },
  JPY: { japanese: 'JPY', japonais: 'JPY' },
  PLN: { polish: 'PLN', polonais: 'PLN' },
};

/** The currency said at `i` with the country words around it, and the tokens it spans [start, end); undefined when none. */
export function currencyAt(tokens: readonly Token[], used: readonly boolean[], i: number): { code: string; start: number; end: number } | undefined {
  const token = tokens[i];
  if (token === undefined || used[i]) return undefined;
  const named = currencyOf(tokens, i);
  const code = named === undefined ? undefined : regionalCurrency(token.norm, named, tokens);
  if (code === undefined) {
    // "C$", "CA$", "Canadian dollars": the qualifier comes first.
    const next = tokens[i + 1];
    const bare = next !== undefined && !used[i + 1] ? currencyOf(tokens, i + 1) : undefined;
    const qualified = bare === undefined ? undefined : qualifiedCurrency(bare, token, next!.attached);
    return qualified === undefined ? undefined : { code: qualified, start: i, end: i + 2 };
  }
  // "$ CA", "$CA", "dollars canadiens", "francs CFA": the qualifier comes after.
  const after = tokens[i + 1];
  const qualified = after !== undefined && !used[i + 1] ? qualifiedCurrency(code, after, after.attached) : undefined;
  return qualified === undefined ? { code, start: i, end: i + 1 } : { code: qualified, start: i, end: i + 2 };
}

function qualifiedCurrency(code: string, qualifier: Token, glued: boolean): string | undefined {
  if (qualifier.kind !== 'word') return undefined;
  const table = COUNTRY_QUALIFIERS[code];
  const qualified = table === undefined ? undefined : wordEntry(table, qualifier.norm);
  // "a $" is an article before a price; "C$", "A$" are glued to the sign.
  if (qualified === undefined || (qualifier.norm.length === 1 && !glued)) return undefined;
  // A country word only qualifies dollars or francs said as a sign or a word, not "ca" the approximation before "$".
  return qualifier.norm === 'ca' && !glued && qualifier.raw !== 'CA' ? undefined : qualified;
}

/**
 * Staying below a figure is a limit however politely it is said ("I'd rather stay below 80 euros", "I'd rather not go over 70", "je préfère rester
 * sous 80 €"): the wish is to keep under the figure, so the figure is a ceiling, not a price to lean towards.
 */
const STAYING_BELOW: readonly string[] = [
  'stay below', 'stay under', 'stay within', 'stay beneath', 'keep it under', 'keep it below', 'keep under', 'keep below',
  'rester sous', 'rester en dessous de', 'rester en dessous des', 'rester a moins de', 'rester dans les', 'ne pas depasser',
  // "I'd rather not go over 70 euros": not going over a figure is staying below it.
  'not go over', 'not go above', 'not go beyond', 'not going over', 'not to go over', 'not spend more than', 'not to spend more than',
];
const STAYING_BELOW_SET: ReadonlySet<string> = new Set(STAYING_BELOW);

/**
 * "I'll go to 220", "cap it at 650", "je monte à 120": the most the person will pay, or a count of what they will go to
 * ("I'll go to 3 shops", "I'd go to 10 different stores"). Said with no currency, the figure is a ceiling only when
 * nothing it could count follows it (`countsNothingAfter`), and only when no other limit is said in the request ("for
 * my kids, I'll go to 2, max 80": 80 is).
 */
const GOING_TO: readonly string[] = [
  'i ll go to', 'i will go to', 'i d go to', 'i would go to', 'i ll pay up to', 'i will pay up to', 'cap it at', 'capped at', 'cap at',
  'limit it to', 'je monte a', 'je vais jusqu a', 'plafonne a',
];
const GOING_TO_SET: ReadonlySet<string> = new Set(GOING_TO);

/** The budget named as the whole order's ("Total budget 3600 EUR", "overall budget", "budget total"): "total" is no name. */
const WHOLE_ORDER_BUDGET: readonly string[] = ['total budget', 'total budget of', 'total budget is', 'overall budget', 'overall budget of', 'budget total', 'budget total de', 'budget global', 'budget global de'];

type MarkerKind = 'ceiling' | 'approximate' | 'needs-currency' | 'range-start' | 'stretch';

/**
 * Words that only name the price ("budget 450 €", "to spend 60"), not a bound on it: an approximation said after the
 * figure ("budget 450 € give or take") makes it approximate, as one said before it does ("budget around 450").
 */
const NAMING_THE_PRICE: ReadonlySet<string> = new Set(['budget', 'budget of', 'budget is', 'my budget is', 'budget de', 'spend', 'to spend', 'can spend', 'spending', ...WHOLE_ORDER_BUDGET]);

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
      // "I'll go to 220 and not a cent more", "cap it at 650", "I won't pay more than 450": the most the person will pay.
      ...GOING_TO,
      ...STAYING_BELOW, ...WHOLE_ORDER_BUDGET,
    ],
  },
  // "around 100 but could stretch to 130", "je peux monter jusqu'à 130": the most the person would go to.
  { kind: 'stretch', phrases: ['stretch to', 'stretching to', 'stretching up to', 'stretch up to', 'could stretch to', 'can stretch to', 'could go up to', 'can go up to', 'could go to', 'could push to', 'can push to', 'monter jusqu a', 'pousser jusqu a', 'aller jusqu a'] },
  { kind: 'approximate', phrases: ['around', 'about', 'approx', 'approximately', 'roughly', 'circa', 'ca', '~', '≈', 'environ', 'env', 'autour de', 'aux alentours de', 'something like'] },
  { kind: 'needs-currency', phrases: ['for', 'at', 'pour', 'a', 'costing', 'priced at', 'price', 'prix', 'that costs', 'costs', 'cost', 'paying', 'pay', 'payer'] },
  { kind: 'range-start', phrases: ['between', 'from', 'entre', 'de'] },
];
const POSTFIX_CEILING = new PhraseMatcher([
  { phrases: ['max', 'maximum', 'tops', 'top', 'or less', 'at most', 'at the most', 'or under', 'or below', 'au maximum', 'au max', 'maxi', 'grand max', 'au grand max', 'au grand maximum', 'grand maximum', 'at the very most', 'at the outside', 'budget', 'or cheaper', 'max budget', 'maximum budget', 'ou moins', 'limit', 'cap',
    'not a cent more', 'and not a cent more', 'not a penny more', 'and not a penny more', 'not a euro more', 'and not a euro more', 'and no more', 'pas un centime de plus', 'et pas un centime de plus', 'pas un euro de plus', 'et pas un euro de plus'] },
]);
/** "80 € environ", "£70 or so", "100 euros à peu près": an approximation said after the price. */
const POSTFIX_APPROXIMATE = new PhraseMatcher([
  { phrases: ['environ', 'env', 'or so', 'or thereabouts', 'thereabouts', 'ish', 'approx', 'approximately', 'roughly', 'give or take', 'more or less', 'a peu pres', 'plus ou moins', 'a peu de chose pres'] },
]);
const PER_UNIT = new PhraseMatcher([
  // "50 one each": the price of one, each (a count in words before "each" alone shares out: "one each" is read apart).
  { phrases: ['each', 'one each', 'per pair', 'per pack', 'per bag', 'per unit', 'per item', 'apiece', 'a piece', 'a pair', 'the pair', 'par paire', 'la paire', 'chacun', 'chacune', 'l unite', 'par unite', 'per box', 'the pack', 'le paquet', 'par paquet', 'piece',
    // A price said per container: "40e max le sac", "par boîte", "per bottle".
    'the bag', 'le sac', 'par sac', 'the box', 'la boite', 'par boite', 'le sachet', 'par sachet', 'the bottle', 'per bottle', 'la bouteille', 'par bouteille',
    // "sixty euros a bag", "£12 a pack": a price said per container with an article (never a count of one bag).
    'a bag', 'a pack', 'a packet', 'a box', 'a bottle', 'a tin', 'a jar', 'a set', 'a unit', 'an item'] },
]);
const RANGE_JOINERS = new Set(['and', 'to', '-', 'et', 'a', 'until']);
const SIZE_WORDS = new Set(['size', 'taille', 'pointure', 'us', 'uk', 'eu', 'sz']);
const prefixMatcher = new PhraseMatcher(PREFIX_MARKERS);

/**
 * A ceiling said of a figure already given ("I paid 280 and I won't pay more than that", "100 €, c'est mon maximum"):
 * `negated` phrases bound the figure only under a negation before them ("won't", "pas", "never"), the others always.
 */
const CEILING_ON_THAT = new PhraseMatcher([
  { negated: true, phrases: ['more than that', 'more than this', 'over that', 'above that', 'beyond that', 'plus que ca', 'plus que cela', 'plus cher que ca', 'au dela', 'au dessus'] },
  { negated: false, phrases: ['that s my max', 'that s my maximum', 'that s my limit', 'that s my budget', 'that s the max', 'that s the most', 'c est mon max', 'c est mon maximum', 'c est mon budget', 'c est mon plafond', 'c est le max', 'c est le maximum'] },
]);
/** How far before a "more than that" its negation may be ("I won't pay more than that", "je ne veux pas payer plus que ça"). */
const NEGATION_REACH = 4;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

/** Words the money reader uses, for typo correction and leftovers. */
export const MONEY_WORDS: readonly string[] = [
  ...Object.keys(CURRENCY_WORDS),
  ...PREFIX_MARKERS.flatMap((m) => m.phrases.flatMap((p) => p.split(' '))),
  'max', 'maximum', 'tops', 'less', 'budget', 'each', 'per', 'apiece', 'k', 'ish', 'so', 'peu', 'pres',
  ...CEILING_ON_THAT.words(),
  ...BUDGET_RATE_WORDS,
  ...MONEY_SLANG_WORDS,
  ...LIST_PRICE_WORDS,
];

interface Amount {
  readonly value: number;
  /** "une vingtaine d'euros": about that much. */
  readonly approximate?: boolean;
  /** Said in a word only money is counted in ("a grand", "three grand", "a tenner"), with or without a currency. */
  readonly saysMoney?: boolean;
  readonly currency?: string;
  readonly start: number;
  readonly end: number;
}

function currencyOf(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  const following = tokens[i + 1];
  if (!token) return undefined;
  const beside = figureBeside(tokens, i);
  const code = currencyWordCode(token.raw, token.norm, beside) ?? moreCurrencyAt(tokens, i, beside);
  if (code === undefined) return undefined;
  // "a pound of coffee", "2 pounds of beans" weigh something.
  if ((token.norm === 'pound' || token.norm === 'pounds') && following && ['of', 'bag', 'bags', 'pack', 'de'].includes(following.norm)) return undefined;
  // "weight under 1 pound", "weighs 2 pounds": a pound after a weight word in its clause weighs.
  if ((token.norm === 'pound' || token.norm === 'pounds') && weighedBefore(tokens, i)) return undefined;
  // "4 balles de tennis", "3 balles de golf" count balls.
  if (token.norm === 'balles' && following && ['de', 'd'].includes(following.norm)) return undefined;
  return code;
}

/**
 * True when a figure stands beside the word at `i` as its amount: right before it ("100 lei", "500 TL"), or right after
 * it with nothing after the figure that the figure could count — the phrase ends, a mark or another figure follows
 * ("Rs 500 2 pieces"), or a word that names nothing: one the money reader reads after a price ("lei 100 max", "TRY 500
 * tops") or a function word ("lei 100 for a kettle"). "TRY 2 pairs", "ALL 3 kettles" count pairs and kettles: the word
 * before is no currency.
 */
function figureBeside(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.kind === 'number') return true;
  if (tokens[i + 1]?.kind !== 'number') return false;
  return countsNothingAfter(tokens, i + 2);
}

/**
 * True when nothing a figure could count starts at `i`: the phrase ends, a mark or another figure follows, or a word
 * that names nothing (one read after a price, a range joiner, a function word). "2 pairs", "3 different shops" count.
 */
function countsNothingAfter(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i];
  if (after === undefined || after.kind === 'punct' || after.kind === 'number') return true;
  if (after.kind !== 'word' || isUnitWord(after.norm)) return false;
  return readAfterPrice(tokens, i) || RANGE_JOINERS.has(after.norm) || isFunctionWord(after.norm) || TOTAL_WORDS.has(after.norm);
}

/** Words that say a figure is the whole order's ("150 total", "150 en tout"), never what it counts. */
const TOTAL_WORDS: ReadonlySet<string> = new Set(['total', 'overall', 'altogether', 'tout', 'insgesamt', 'gesamt']);

/** True when a word the money reader reads after a price starts at `i` (a bound, an approximation, a unit priced by: "max", "or so", "each"). */
export function readAfterPrice(tokens: readonly Token[], i: number): boolean {
  const unused = tokens.map(() => false);
  return [POSTFIX_CEILING, POSTFIX_APPROXIMATE, PER_UNIT].some((m) => m.matchAt(tokens, unused, i) !== undefined);
}

/** True when a bound is said on the figure ending at `i`: "40 or less", "100 € maximum", "120 — that's my max". */
function boundFollows(tokens: readonly Token[], used: readonly boolean[], i: number): boolean {
  if (POSTFIX_CEILING.matchAt(tokens, used, i) !== undefined) return true;
  let k = i;
  while (tokens[k]?.kind === 'punct' && !SENTENCE_ENDS.has(tokens[k]!.norm)) k++;
  return CEILING_ON_THAT.matchAt(tokens, used, k)?.entry.negated === false;
}

/**
 * True when the word at `i` is a noun an ordinal "2e" ranks ("2e étage"): a word the money reader never reads after a
 * price (no bound, approximation, unit priced by, tax, period) and no function word ("150e le sac", "40e max" are money).
 */
function ranksNounAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i];
  if (next?.kind !== 'word' || isFunctionWord(next.norm) || RANGE_JOINERS.has(next.norm)) return false;
  const unused = tokens.map(() => false);
  return !readAfterPrice(tokens, i) && taxQualifierEnd(tokens, unused, i) === i && budgetRateAt(tokens, unused, i) === undefined && currencyWordCode(next.raw, next.norm, false) === undefined;
}

/** Cents said after a currency word at `i` ("cinquante", "50"): a whole number below a hundred with nothing after it but punctuation. */
function centsAt(tokens: readonly Token[], used: readonly boolean[], i: number): number | undefined {
  const token = tokens[i];
  if (token === undefined || used[i]) return undefined;
  const cents = token.kind === 'number' ? (/^\d{2}$/.test(token.raw) ? token.value : undefined) : token.kind === 'word' ? cardinalWordValue(token.norm) : undefined;
  const after = tokens[i + 1];
  if (cents === undefined || !Number.isInteger(cents) || cents < 1 || cents > 99) return undefined;
  return after === undefined || after.kind === 'punct' ? cents : undefined;
}

/** Reads "€120", "120€", "120 EUR", "$ 99.90", "1.5k", "150e", "3 grand", "one hundred and fifty euros" at `index`. */
function readAmount(state: ParseState, index: number): Amount | undefined {
  const { tokens, used } = state;
  let i = index;
  let currency: string | undefined;
  if (!used[i] && tokens[i] && (tokens[i]!.kind === 'symbol' || tokens[i]!.kind === 'word')) {
    const prefix = currencyAt(tokens, used, i);
    if (prefix !== undefined) {
      currency = prefix.code;
      i = prefix.end;
    }
  }
  const slang = currency === undefined ? moneySlangAt(tokens, used, i) : undefined;
  if (slang !== undefined) return readSlangCurrency(state, index, slang);
  const number = tokens[i];
  const inWords = number?.kind === 'word' ? numberPhraseAt(tokens, used, i) : undefined;
  if (!number || used[i] || ((number.kind !== 'number' || number.value === undefined || !Number.isFinite(number.value)) && inWords === undefined)) return undefined;
  let value = inWords?.value ?? number.value!;
  i = inWords?.end ?? i + 1;
  // "three grand" in words is the number reader's; "3 grand", "1.5k" here.
  const grand = tokens.slice(index, i).some((t) => t.kind === 'word' && t.norm === 'grand') || (!used[i] && tokens[i]?.norm === 'grand');
  // "25 thousand roubles", "3 mille euros": a figure counted in thousands in words.
  if (inWords === undefined && !used[i] && ((tokens[i]?.attached && tokens[i]!.norm === 'k') || isThousandWord(tokens[i]?.norm ?? ''))) {
    value *= 1000;
    i++;
  }
  // "une vingtaine d'euros", "a couple hundred of euros": a count said as a noun takes "de"/"of" before what it counts.
  if (inWords?.approximate && currency === undefined && ['de', 'd', 'of'].includes(tokens[i]?.norm ?? '') && !used[i] && currencyOf(tokens, i + 1) !== undefined) i++;
  const next = tokens[i];
  if (next && !used[i] && currency === undefined) {
    // A lone "e" is a euro only when glued to the number ("150e"), and no noun it ranks follows ("2e étage").
    const suffix = next.norm === 'e' ? (next.attached && !ranksNounAt(tokens, i + 1) ? { code: 'EUR', end: i + 1 } : undefined) : currencyAt(tokens, used, i);
    if (suffix !== undefined) {
      currency = suffix.code;
      i = suffix.end;
      // "douze euros cinquante", "12 francs 50": the cents said after the currency word, ending the phrase.
      const cents = next.kind === 'word' && Number.isInteger(value) ? centsAt(tokens, used, i) : undefined;
      if (cents !== undefined) {
        value += cents / 100;
        i++;
      }
    }
  }
  const after = tokens[i];
  if (currency === undefined && after && !used[i] && after.kind === 'word' && isUnitWord(after.norm)) return undefined;
  if (currency === undefined && after?.kind === 'symbol' && after.norm === '%') return undefined;
  const approximate = inWords?.approximate === true ? { approximate: true } : {};
  const money = grand ? { saysMoney: true } : {};
  return currency === undefined ? { value, start: index, end: i, ...approximate, ...money } : { value, currency, start: index, end: i, ...approximate, ...money };
}

/** A slang amount ("a tenner", "a grand") with the currency said after it, if any ("a grand euros" is rare, "a grand CAD" not). */
function readSlangCurrency(state: ParseState, index: number, slang: { value: number; currency?: string; end: number }): Amount {
  const after = slang.currency === undefined ? currencyAt(state.tokens, state.used, slang.end) : undefined;
  const currency = after?.code ?? slang.currency;
  const end = after?.end ?? slang.end;
  return currency === undefined ? { value: slang.value, start: index, end, saysMoney: true } : { value: slang.value, currency, start: index, end, saysMoney: true };
}

/** True when nothing but punctuation (or the end) follows at `i`: a figure said on its own. */
function endsPhrase(tokens: readonly Token[], i: number): boolean {
  return tokens[i] === undefined || tokens[i]!.kind === 'punct';
}

/** A dot ending an abbreviation ("env. 60", "approx. £50"), not a sentence: what follows it does not start with a capital. */
function abbreviationDotAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.norm === '.' && next !== undefined && !/^\p{Lu}/u.test(next.raw);
}

/** True when a country word starting a currency is at `i` ("CA$", "Canadian dollars"). */
function namesCurrencyAt(state: ParseState, i: number): boolean {
  const said = currencyAt(state.tokens, state.used, i);
  return said !== undefined && said.end - said.start > 1 && currencyOf(state.tokens, i) === undefined;
}

/** Words opening a condition a price may be: "if", "if it's", "si c'est", "s'il coûte", "if they cost". */
const CONDITION_OPENERS: readonly (readonly string[])[] = [
  ['if'], ['if', 'it', 's'], ['if', 'it', 'is'], ['if', 'they', 're'], ['if', 'they', 'are'], ['if', 'it', 'costs'], ['if', 'they', 'cost'], ['if', 'that', 's'], ['if', 'its'],
  ['si'], ['si', 'c', 'est'], ['si', 'ca', 'coute'], ['si', 'ca', 'fait'], ['s', 'il', 'coute'], ['s', 'il', 'est'], ['s', 'il', 'fait'], ['si', 'elle', 'coute'], ['si', 'elle', 'est'],
];
const LONGEST_CONDITION_OPENER = Math.max(...CONDITION_OPENERS.map((w) => w.length));

/** Where the words opening a condition end right before `start` begin ("if it's" before "under 100"), or undefined. */
function conditionBefore(tokens: readonly Token[], used: readonly boolean[], start: number): number | undefined {
  for (let length = LONGEST_CONDITION_OPENER; length >= 1; length--) {
    const at = start - length;
    if (CONDITION_OPENERS.some((words) => words.length === length && wordsAt(tokens, at, words, used))) return at;
  }
  return undefined;
}

/**
 * True when a price word at `at` opens the figure after it rather than closing the one before it: "I need 4 max 100",
 * "3 budget 90" — a ceiling word between two figures is said of the later one, which it reads as a price before it
 * ("max 100"), so it cannot also make the earlier figure money ("4 max"); that figure is left to the count readers.
 */
function opensLaterPrice(state: ParseState, at: number): boolean {
  const opening = prefixMatcher.matchAt(state.tokens, state.used, at);
  if (opening?.entry.kind !== 'ceiling') return false;
  let cursor = opening.end;
  while ([':', '='].includes(state.tokens[cursor]?.norm ?? '')) cursor++;
  return readAmount(state, cursor) !== undefined;
}

/**
 * Finds budget mentions: "under 150 euros", "max 200", "budget €120", "between 100 and 150", "100-150€", "150€ max",
 * "moins de 150€", "around 100", "80 each". A price with a currency but no marker is also read as a ceiling.
 */
export function extractMoney(state: ParseState): void {
  const { tokens, used } = state;
  const withdrawn: Array<{ mention: BudgetMention; takenBack: { start: number; end: number } }> = [];
  const goingToBare: BudgetMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    if (i > 0 && tokens[i - 1]!.kind === 'word' && SIZE_WORDS.has(tokens[i - 1]!.norm) && !used[i - 1]) continue;
    // "RRP is €800", "shops ask 300": the seller's price, explained and never the budget.
    const listed = listPriceEnd(tokens, used, i);
    const listedAmount = listed === undefined ? undefined : readAmount(state, listed + (tokens[listed]?.norm === ':' ? 1 : 0));
    if (listed !== undefined && listedAmount !== undefined) {
      // "RRP £80 is fine with me", "shops ask 300 and I'll pay that": the person takes the seller's price as their own.
      const accepted = acceptedAt(tokens, used, listedAmount.end);
      if (accepted !== undefined) {
        consume(state, i, accepted);
        const source = spanText(state, i, accepted);
        const { value, currency } = listedAmount;
        state.draft.budgets.push({ amount: value, ...(currency === undefined ? {} : { currency }), soft: false, perUnit: false, approximate: false, ceiling: true, limit: true, source, span: { start: i, end: accepted } });
        note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].bareBudget(source));
        i = accepted - 1;
        continue;
      }
      // "it lists at 120 — that's my max", "a kettle that sells for 40 or less": a bound said on it makes it the budget,
      // read from the figure on as any other.
      if (boundFollows(tokens, used, listedAmount.end)) {
        consume(state, i, listed);
        i = listed - 1;
        continue;
      }
      consume(state, i, listedAmount.end);
      note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].listPrice(spanText(state, i, listedAmount.end)));
      i = listedAmount.end - 1;
      continue;
    }
    // "CA$180": a country glued to the sign is the currency's, not "ca." (circa).
    const marker = namesCurrencyAt(state, i) ? undefined : prefixMatcher.matchAt(tokens, used, i);
    let cursor = marker ? marker.end : i;
    // "budget around €150", "budget env. 60": the approximation said after the price word.
    const approximation = marker?.entry.kind === 'ceiling' && !namesCurrencyAt(state, cursor) ? prefixMatcher.matchAt(tokens, used, cursor) : undefined;
    if (approximation?.entry.kind === 'approximate') cursor = approximation.end;
    // "budget: 60", "budget is 60": words between the price word and the figure (never before a sentence's first word:
    // ". Around 45 pounds" is read from "Around").
    while (marker && tokens[cursor] && !used[cursor] && ([':', '='].includes(tokens[cursor]!.norm) || abbreviationDotAt(tokens, cursor) || isWordAt(state, cursor, 'of', 'is', 'de', 'around'))) cursor++;
    // "no more than 20% over 1500": the ceiling is the figure and the share above it.
    const above = marker?.entry.kind === 'ceiling' ? percentAboveAt(tokens, used, cursor) : undefined;
    const first = readAmount(state, above?.baseAt ?? cursor);
    if (!first) continue;
    let end = first.end;
    let amount = above === undefined ? first.value : first.value * (1 + above.percent / 100);
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
    // "90 € TTC maximum", "€500 incl. VAT": whether the tax is counted belongs to the amount.
    end = taxQualifierEnd(tokens, used, end);
    const postfix = opensLaterPrice(state, end) ? undefined : POSTFIX_CEILING.matchAt(tokens, used, end);
    if (postfix) end = postfix.end;
    // An approximation after a price with its currency ("80 € environ"), unless a ceiling was said too.
    // A figure alone with one ("500ish", "300 or so", then nothing more said of it) is an approximate price too: an
    // approximation says the figure is an amount, and with no word after it there is nothing else it could count.
    const bounded = marker?.entry.kind === 'ceiling' && !NAMING_THE_PRICE.has(marker.phrase);
    const approximated = postfix === undefined && !bounded ? POSTFIX_APPROXIMATE.matchAt(tokens, used, end) : undefined;
    const alone = approximated !== undefined && marker === undefined && (tokens[approximated.end] === undefined || tokens[approximated.end]!.kind === 'punct');
    const approximateAfter = currency !== undefined || alone ? approximated : undefined;
    if (approximateAfter) end = approximateAfter.end;
    // "one each", "two each for the kids": a count said in words before "each", with no currency nor price word, shares
    // items out; only a figure ("80 each") or money said ("a tenner each") prices them.
    const sharedOut = currency === undefined && marker === undefined && first.saysMoney !== true && tokens[first.start]?.kind === 'word';
    const perUnit = sharedOut ? undefined : PER_UNIT.matchAt(tokens, used, end);
    if (perUnit) end = perUnit.end;
    // "septante euros le sac maximum": the ceiling said after the unit it is priced by.
    const ceilingAfterUnit = perUnit !== undefined && postfix === undefined ? POSTFIX_CEILING.matchAt(tokens, used, end) : undefined;
    if (ceilingAfterUnit) end = ceilingAfterUnit.end;
    // "€25 a month over 24 months" is what the person will pay in all; "£70 a month" alone is one period's budget.
    const rate = perUnit === undefined ? budgetRateAt(tokens, used, end) : undefined;
    if (rate) {
      end = rate.end;
      if (rate.periods !== undefined) amount *= rate.periods;
    }
    const kind = approximation?.entry.kind === 'approximate' || approximateAfter !== undefined || (first.approximate === true && currency !== undefined && !isRange && marker?.entry.kind !== 'ceiling') ? 'approximate' : marker?.entry.kind;
    // "a grand", "three grand" say money whatever the currency, as a price only where nothing else follows ("a grand
    // piano" is a piano).
    const saidAsMoney = first.saysMoney === true && (currency !== undefined || endsPhrase(tokens, end) || kind === 'ceiling' || postfix !== undefined || approximateAfter !== undefined || perUnit !== undefined);
    // "up to 250, or 350 if it has a headrest": a figure with a condition after it, above the limit said before it.
    const conditionAfter = conditionAfterPrice(tokens, used, end);
    const raised = conditionAfter === undefined ? undefined : budgetRaisedBy(state.draft.budgets, amount, currency);
    const isBudget = kind === 'ceiling' || kind === 'stretch' || kind === 'approximate' || isRange || postfix !== undefined || perUnit !== undefined || rate !== undefined || currency !== undefined || saidAsMoney || raised !== undefined;
    if (!isBudget || (kind === 'needs-currency' && currency === undefined && !saidAsMoney && raised === undefined) || (kind === 'range-start' && !isRange && currency === undefined)) continue;
    // "I'll go to 3 shops", "I'd go to 10 different stores": a figure with no currency counting what follows it.
    const goingTo = marker !== undefined && GOING_TO_SET.has(marker.phrase) && currency === undefined && !saidAsMoney;
    if (goingTo && end === first.end && !countsNothingAfter(tokens, end)) continue;
    const start = marker ? i : cursor;
    const source = spanText(state, start, end);
    consume(state, start, end);
    // "if it's under 100 then wireless", "si c'est moins de 200 € avec 4G": a ceiling said as a condition on a wish
    // is no budget.
    const condition = marker?.entry.kind === 'ceiling' ? conditionBefore(tokens, used, start) : undefined;
    if (condition !== undefined) {
      consume(state, condition, start);
      note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].conditionalPrice(spanText(state, condition, end)));
      i = end - 1;
      continue;
    }
    // "max 100, 150 if it's Sony": a higher ceiling only for the offers meeting the condition; the condition's words are
    // read into it (`parseRequest`), never into the need's own rules.
    const stretchIf = raised !== undefined && conditionAfter !== undefined ? { text: spanText(state, conditionAfter.after, conditionAfter.end), start: conditionAfter.start, end: conditionAfter.end } : undefined;
    if (stretchIf !== undefined) consume(state, stretchIf.start, stretchIf.end);
    // A bound said in words ("max", "under", "40 € maximum"), not a figure only named ("budget 100") or approximate.
    const saysCeiling = raised !== undefined || (kind !== 'approximate' && (bounded || (postfix !== undefined && !NAMING_THE_PRICE.has(postfix.phrase)) || ceilingAfterUnit !== undefined));
    const mention = {
      amount,
      ...(currency === undefined ? {} : { currency }),
      soft: state.modality[cursor] === 'soft' && !(marker !== undefined && STAYING_BELOW_SET.has(marker.phrase)),
      perUnit: perUnit !== undefined,
      approximate: kind === 'approximate',
      limit: raised !== undefined || kind === 'ceiling' || kind === 'approximate' || isRange || postfix !== undefined || ceilingAfterUnit !== undefined || perUnit !== undefined || rate !== undefined || kind === 'stretch',
      ...(kind === 'stretch' ? { stretch: true } : {}),
      ...(saysCeiling ? { ceiling: true } : {}),
      ...(rate !== undefined && rate.periods === undefined ? { recurring: true } : {}),
      source,
      span: { start, end },
      ...(stretchIf === undefined ? {} : { stretchIf, source: spanText(state, start, stretchIf.end) }),
    };
    state.draft.budgets.push(mention);
    if (goingTo) goingToBare.push(mention);
    if (isRange) state.draft.assumptions.push(NOTE_MESSAGES[state.language ?? 'en'].budgetRange(source, amount));
    // A price per period with no span is said of once the budget is settled (`resolveBudget`): it may be set aside.
    if (rate?.periods !== undefined) state.draft.assumptions.push(NOTE_MESSAGES[state.language ?? 'en'].budgetRate(source, amount));
    const takenBack = takenBackAfter(tokens, used, end);
    if (takenBack !== undefined) withdrawn.push({ mention, takenBack });
    i = end - 1;
  }
  readCeilingsOnThat(state);
  dropBudgetsTakenBack(state, withdrawn);
  // "for my kids, I'll go to 2, max 80": a bare figure after "I'll go to" gives way to another firm limit said on the
  // purchase — not one period's price ("I pay 40 a month for a rented one, I'll go to 600 to buy one" keeps 600), nor a
  // figure only wished for or approximate ("ideally under 100, but I'll go to 150" keeps 150 as the ceiling and 100 as
  // a wish; review50f: giving way to those left no ceiling at all).
  const bare = new Set(goingToBare);
  if (state.draft.budgets.some((m) => !bare.has(m) && m.limit && !m.soft && !m.approximate && m.stretchIf === undefined && m.recurring !== true)) {
    state.draft.budgets = state.draft.budgets.filter((m) => !bare.has(m) || m.stretchIf !== undefined);
  }
}

/**
 * "Max 90 € TTC… no sorry, that was the pillow budget: the mattress budget is 600 euros": a price taken back right
 * after it is said gives way to the next price said; the words taking it back are claimed and the correction said
 * back. Without a later price the first one stands (nothing replaced it).
 */
function dropBudgetsTakenBack(state: ParseState, withdrawn: ReadonlyArray<{ mention: BudgetMention; takenBack: { start: number; end: number } }>): void {
  const { draft } = state;
  for (const { mention, takenBack } of withdrawn) {
    const at = draft.budgets.indexOf(mention);
    const next = draft.budgets[at + 1];
    if (at < 0 || next === undefined) continue;
    draft.budgets.splice(at, 1);
    consume(state, takenBack.start, takenBack.end);
    note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].spokenCorrection(`${mention.source} … ${next.source}`, next.source));
  }
}

/**
 * "I paid 280 for the Bose and I won't pay more than that", "150 €, c'est mon max": the figure said earlier in the
 * sentence is a ceiling. The nearest unclaimed amount before the phrase is the one it bounds; a figure with a unit
 * ("30 hours") is no amount and is passed over.
 */
function readCeilingsOnThat(state: ParseState): void {
  const { tokens, used } = state;
  for (let i = 1; i < tokens.length; i++) {
    const match = CEILING_ON_THAT.matchAt(tokens, used, i);
    if (match === undefined) continue;
    if (match.entry.negated && !tokens.slice(Math.max(0, i - NEGATION_REACH), i).some((t) => t.kind === 'word' && NEGATION_MARKERS.has(t.norm))) continue;
    let amount: Amount | undefined;
    for (let k = i - 1; k >= 0 && !SENTENCE_ENDS.has(tokens[k]!.norm) && amount === undefined; k--) {
      if (!used[k] && tokens[k]!.kind === 'number') amount = readAmount(state, k);
    }
    if (amount === undefined) continue;
    const source = `${spanText(state, amount.start, amount.end)} … ${spanText(state, match.start, match.end)}`;
    consume(state, amount.start, amount.end);
    consume(state, match.start, match.end);
    state.draft.budgets.push({
      amount: amount.value,
      ...(amount.currency === undefined ? {} : { currency: amount.currency }),
      soft: false,
      perUnit: false,
      approximate: false,
      ceiling: true,
      limit: true,
      source,
      span: { start: amount.start, end: match.end },
    });
    i = match.end - 1;
  }
}

/** Words that say a figure weighs ("weight under 1 pound", "weighing 2 pounds", "lighter than a pound"). */
const WEIGHT_WORDS: ReadonlySet<string> = new Set(['weight', 'weighs', 'weigh', 'weighing', 'weighted', 'heavy', 'heavier', 'light', 'lighter', 'lightweight', 'grams', 'ounces', 'oz', 'lb', 'lbs']);

/** Words that may stand between a weight word and the figure it weighs ("weight of less than 1 pound", "weighs about 2 pounds"). */
const WEIGHT_COMPARISONS: ReadonlySet<string> = new Set(['under', 'over', 'below', 'above', 'less', 'more', 'than', 'at', 'most', 'least', 'about', 'around', 'approx', 'max', 'maximum', 'min', 'minimum', 'up', 'to', 'of', 'no', 'not', 'is', 'just', 'only', 'a', 'an', 'one']);

/**
 * True when a weight word governs the pound at `i`: the word stands right before its figure, with only comparison
 * words between ("weight under 1 pound", "weighs 2 pounds", "lighter than a pound"). An adjective earlier in the clause
 * describes something else ("a light blue shirt under 30 pounds" is 30 GBP).
 */
function weighedBefore(tokens: readonly Token[], i: number): boolean {
  let j = tokens[i - 1]?.kind === 'number' ? i - 2 : i - 1;
  for (; j >= 0 && tokens[j]!.kind === 'word' && WEIGHT_COMPARISONS.has(tokens[j]!.norm); j--);
  return j >= 0 && WEIGHT_WORDS.has(tokens[j]!.norm);
}
