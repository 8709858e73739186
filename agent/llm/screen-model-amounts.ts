import { minorDigitsOf, parseAmountMinor, type Money } from '../../protocol/index.ts';

/** Currency symbols and words a sentence may write an amount with: an ISO code, or undefined for a mark several currencies share (a dollar, a krona, a franc). */
const MARKS: Readonly<Record<string, string | undefined>> = {
  '€': 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP',
  '¥': 'JPY', yen: 'JPY',
  $: undefined, dollar: undefined, dollars: undefined,
  '₹': 'INR', rupee: 'INR', rupees: 'INR', '₩': 'KRW', '₽': 'RUB', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  '₺': 'TRY', '₪': 'ILS', '฿': 'THB', 'zł': 'PLN', yuan: 'CNY', kr: undefined, franc: undefined, francs: undefined,
};

/** Any other currency sign (Unicode \p{Sc}: ₫, ₴, ₦, ₱…) marks an amount too, in a currency that is none of Majordome's. */
const ANY_CURRENCY_SIGN = /^\p{Sc}$/u;
/** The currency of an amount marked by such a sign: ISO 4217's code for "no currency", never that of an amount Majordome computed. */
const UNNAMED_CURRENCY = 'XXX';

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
  return [...[...codes, ...words].sort((a, b) => b.length - a.length), String.raw`\p{Sc}`].join('|');
}

/**
 * Words naming a cost added to a price (en, fr, de): a bare number right before or after one is money ("add 4.99 for
 * handling", "plus 12,50 de frais", "3,50 Gebühr", "a handling fee of 4.99").
 */
const FEE_WORDS = new Set([
  'fee', 'fees', 'charge', 'charges', 'surcharge', 'surcharges', 'handling', 'shipping', 'postage', 'deposit', 'tax', 'taxes', 'vat', 'levy',
  'frais', 'port', 'livraison', 'supplément', 'suppléments', 'surcoût', 'surcoûts', 'taxe', 'gebühr', 'gebühren', 'zuschlag', 'zuschläge', 'aufpreis', 'versandkosten', 'porto', 'pfand',
]);
/** Plural fee words a number right before counts ('2 fees', '3 charges'), whereas an amount comes with a singular ('4.99 handling fee') or a link ('4.99 in fees'). */
const COUNTED_FEES = new Set(['fees', 'charges', 'surcharges', 'taxes', 'deposits', 'suppléments', 'surcoûts', 'gebühren', 'zuschläge']);
/** Words saying what something costs: a bare number right after one is a price ("costs 354", "priced at 354", "coûte 354"). */
const PRICE_WORDS = new Set(['cost', 'costs', 'costing', 'price', 'priced', 'prices', 'pay', 'pays', 'paying', 'paid', 'charged', 'charging', 'coûte', 'coûtent', 'coûtera', 'coûtait', 'prix', 'payer', 'payez', 'payé', 'kostet', 'kosten', 'preis', 'zahlen', 'zahlt']);
/** Short words that may stand between such a word and its number ("a fee of", "frais de", "Gebühr von", "costs only", "4.99 for"). */
const LINKS = new Set([
  ':', '=', '+', 'of', 'is', 'are', 'was', 'be', 'will', 'at', 'just', 'only', 'about', 'around', 'roughly', 'approximately', 'a', 'an', 'the', 'extra', 'additional', 'another', 'for', 'in', 'as',
  'de', 'du', 'des', 'd', 'est', 'sont', 'à', 'environ', 'seulement', 'un', 'une', 'le', 'la', 'les', 'pour', 'en', 'supplémentaires',
  'von', 'beträgt', 'nur', 'etwa', 'ca', 'um', 'für', 'ein', 'eine', 'einen', 'zzgl', 'plus',
]);
/**
 * Units a number may be counted in (en, fr, de): measures, durations, counts. A number followed by one is a quantity,
 * never money ('310 g', 'shipping: 3 days', '2 pairs'), whatever word stands before it.
 */
const UNITS = new Set([
  'g', 'kg', 'mg', 'lb', 'lbs', 'oz', 'mm', 'cm', 'm', 'km', 'inch', 'inches', 'ft', 'feet', 'l', 'ml', 'cl', 'w', 'kw', 'v', 'mah', 'wh', 'kwh', 'gb', 'tb', 'mb', 'hz', 'db',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'h', 'min', 'mins', 'minute', 'minutes', 'times', 'pair', 'pairs', 'piece', 'pieces', 'pcs', 'item', 'items', 'unit', 'units', 'size', 'sizes', 'percent', 'points',
  'jour', 'jours', 'semaine', 'semaines', 'mois', 'ans', 'année', 'années', 'heure', 'heures', 'fois', 'paire', 'paires', 'pièce', 'pièces', 'article', 'articles', 'unité', 'unités', 'taille',
  'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'stunde', 'stunden', 'mal', 'paar', 'stück', 'größe', 'prozent',
]);
/** At most this many linking words between a money word and its number. */
const MAX_LINKS = 3;
const WORD = /[\p{L}]+|[:=+]/gu;

/** Whether the words before a bare number (its clause) end with a fee or price word and at most MAX_LINKS links. */
function moneyWordBefore(before: string): boolean {
  const clause = before.split(/[.!?;,\n]/).pop()!;
  const words = (clause.match(WORD) ?? []).map((w) => w.toLowerCase()).reverse();
  for (let i = 0; i < words.length && i <= MAX_LINKS; i++) {
    if (FEE_WORDS.has(words[i]!) || PRICE_WORDS.has(words[i]!)) return true;
    if (!LINKS.has(words[i]!)) return false;
  }
  return false;
}

/** Whether the words after a bare number (its clause) start with at most MAX_LINKS links and a fee word (not a count of fees). */
function feeWordAfter(after: string): boolean {
  const clause = after.split(/[.!?;,\n]/)[0]!;
  const words = (clause.match(WORD) ?? []).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length && i <= MAX_LINKS; i++) {
    if (FEE_WORDS.has(words[i]!)) return i > 0 || !COUNTED_FEES.has(words[i]!);
    if (!LINKS.has(words[i]!)) return false;
  }
  return false;
}

/** Whether a bare number is a quantity: a sign or letters attached to it ('5 %', '10°', '43mm') or a unit word next ('310 g', '3 days', '5 per cent'). */
function hasUnit(after: string): boolean {
  if (/^[\p{L}%°‰]|^\s?[%°‰]|^\s*p(?:e|ou)r\s?cent\b/iu.test(after)) return true;
  const next = /^\s*(\p{L}+)/u.exec(after);
  return next !== null && UNITS.has(next[1]!.toLowerCase());
}

/**
 * The bare numbers a sentence states as money: a number without a currency mark that a fee word names ("add 4.99 for
 * handling", "plus 12,50 de frais", "a handling fee of 4.99") or a price word introduces ("costs 354"), and that has no
 * unit. Their currency is undefined: they are read in the currencies of the amounts Majordome computed.
 */
function bareAmounts(sentence: string, marked: ReadonlyArray<readonly [number, number]>): StatedAmount[] {
  const out: StatedAmount[] = [];
  for (const m of sentence.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:${NUMBER})`, 'gu'))) {
    const start = m.index;
    const end = start + m[0].length;
    if (marked.some(([s, e]) => start < e && end > s)) continue;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    if (hasUnit(after)) continue;
    if (moneyWordBefore(before) || feeWordAfter(after)) out.push({ number: m[0].trim(), currency: undefined });
  }
  return out;
}

/**
 * The amounts of money a sentence states: a number with a currency mark right before or after it; and, when the
 * currencies of the amounts in question are known, a bare number the wording makes money (`bareAmounts`).
 */
export function statedAmounts(sentence: string, knownCurrencies: readonly string[] = []): StatedAmount[] {
  const codes = [...new Set([...knownCurrencies, ...COMMON_CODES])];
  const mark = markPattern(codes);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?<before>${mark})\s?(?<n1>${NUMBER})|(?<n2>${NUMBER})\s?(?<after>${mark}))(?![\p{L}\p{N}])`, 'giu');
  const out: StatedAmount[] = [];
  const marked: Array<readonly [number, number]> = [];
  for (const m of sentence.matchAll(pattern)) {
    const g = m.groups!;
    const markText = g.before ?? g.after!;
    const upper = markText.toUpperCase();
    const known = codes.includes(upper) && /^[A-Za-z]{3}$/.test(markText) && markText === upper ? upper : MARKS[markText.toLowerCase()];
    // A sign no mark names is a currency none of Majordome's amounts is in: read as such, never as any of them.
    const currency = known ?? (ANY_CURRENCY_SIGN.test(markText) && !Object.hasOwn(MARKS, markText) ? UNNAMED_CURRENCY : undefined);
    // A lowercase three-letter word that is no currency word ("eur" is, "run" is not) is not a mark.
    if (currency === undefined && !Object.hasOwn(MARKS, markText.toLowerCase())) continue;
    out.push({ number: (g.n1 ?? g.n2)!, currency });
    marked.push([m.index, m.index + m[0].length]);
  }
  return knownCurrencies.length === 0 ? out : [...out, ...bareAmounts(sentence, marked)];
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
