import { minorDigitsOf, parseAmountMinor, type Money } from '../../protocol/index.ts';

/** Currency symbols and words a sentence may write an amount with: an ISO code, or undefined for a dollar of any country. */
const MARKS: Readonly<Record<string, string | undefined>> = {
  '€': 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP',
  '¥': 'JPY', yen: 'JPY',
  $: undefined, dollar: undefined, dollars: undefined,
};

/** ISO codes read as currencies beside a number, besides those of the amounts Majordome computed. */
const COMMON_CODES = ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CNY', 'INR', 'KWD'];

/** A number as people write one: "129", "129.00", "129,00", "1,299.50", "1 299,50" (groups of three). */
const NUMBER = String.raw`\d{1,3}(?:[\s,.'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** How far from an amount Majordome computed one may be and still be that amount, rounded: 1 major unit or 5 %. */
const ROUNDING_SHARE = 0.05;

interface StatedAmount {
  readonly number: string;
  /** Its currency; undefined for a mark shared by several currencies ($). */
  readonly currency: string | undefined;
}

function markPattern(codes: readonly string[]): string {
  const words = Object.keys(MARKS).map((m) => m.replace(/[$]/g, '\\$&'));
  return [...codes, ...words].sort((a, b) => b.length - a.length).join('|');
}

/** The amounts of money a sentence states: a number with a currency mark right before or after it. */
export function statedAmounts(sentence: string, knownCurrencies: readonly string[] = []): StatedAmount[] {
  const codes = [...new Set([...knownCurrencies, ...COMMON_CODES])];
  const mark = markPattern(codes);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?<before>${mark})\s?(?<n1>${NUMBER})|(?<n2>${NUMBER})\s?(?<after>${mark}))(?![\p{L}\p{N}])`, 'giu');
  const out: StatedAmount[] = [];
  for (const m of sentence.matchAll(pattern)) {
    const g = m.groups!;
    const markText = g.before ?? g.after!;
    const upper = markText.toUpperCase();
    const currency = codes.includes(upper) && /^[A-Za-z]{3}$/.test(markText) && markText === upper ? upper : MARKS[markText.toLowerCase()];
    // A lowercase three-letter word that is no currency word ("eur" is, "run" is not) is not a mark.
    if (currency === undefined && !Object.hasOwn(MARKS, markText.toLowerCase())) continue;
    out.push({ number: (g.n1 ?? g.n2)!, currency });
  }
  return out;
}

/**
 * The amounts a sentence may state: those Majordome computed (offers' prices, the budget) and the differences of two of
 * them in one currency ("20 EUR cheaper", "30 EUR under your budget"), as minor units per currency.
 */
export function amountsMajordomeStates(known: readonly Money[]): ReadonlyMap<string, readonly number[]> {
  const byCurrency = new Map<string, number[]>();
  for (const m of known) (byCurrency.get(m.currency) ?? byCurrency.set(m.currency, []).get(m.currency)!).push(m.amountMinor);
  const out = new Map<string, number[]>();
  for (const [currency, values] of byCurrency) {
    const all = new Set(values);
    for (const a of values) for (const b of values) all.add(Math.abs(a - b));
    out.set(currency, [...all]);
  }
  return out;
}

function matches(minor: number, currency: string, allowed: readonly number[]): boolean {
  const unit = 10 ** minorDigitsOf(currency);
  return allowed.some((f) => Math.abs(minor - f) <= Math.max(unit, ROUNDING_SHARE * f));
}

/**
 * Whether a sentence states an amount of money Majordome did not compute (`amountsMajordomeStates`): a price, budget or
 * difference no offer has, or an amount in a currency none of them is in. A fooled model must not put a price in
 * Majordome's voice that no brand offered.
 */
export function statesUnknownAmount(sentence: string, known: readonly Money[]): boolean {
  const allowed = amountsMajordomeStates(known);
  for (const stated of statedAmounts(sentence, [...allowed.keys()])) {
    const currencies = stated.currency === undefined ? [...allowed.keys()] : [stated.currency];
    const held = currencies.some((currency) => {
      const values = allowed.get(currency);
      const minor = parseAmountMinor(stated.number.replace(/[’']/g, ' '), currency);
      return values !== undefined && minor !== undefined && matches(minor, currency, values);
    });
    if (!held) return true;
  }
  return false;
}

/** A share as people write one: "80 %", "80%", "80 percent", "80 pour cent", "12.5 %". */
const PERCENT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|percent\b|per cent\b|pour cent\b|pourcent\b)/giu;

/** How far from a share Majordome computed one may be and still be that share, rounded: 2 percentage points. */
const SHARE_POINTS = 2;

/**
 * Whether a sentence states a percentage none of Majordome's shares (`shares`, each in [0, 1]: fit, claims holding,
 * pressure, the honesty floor) gives, read either way ("80 % likely to hold" or "a 20 % risk"), within 2 points. A
 * fooled model must not tell the person a liar's claims hold "99 % of the time".
 */
export function statesUnknownShare(sentence: string, shares: readonly number[]): boolean {
  const allowed = shares.flatMap((x) => [100 * x, 100 * (1 - x)]);
  for (const m of sentence.matchAll(PERCENT)) {
    const stated = Number(m[1]!.replace(',', '.'));
    if (!allowed.some((a) => Math.abs(stated - a) <= SHARE_POINTS)) return true;
  }
  return false;
}
