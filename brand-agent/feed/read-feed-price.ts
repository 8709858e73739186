import { minorDigitsOf, parseAmountMinor } from '../../protocol/index.ts';

/** The decimal mark a file writes its prices with, when its unambiguous prices agree on one. */
export type DecimalMark = '.' | ',';

/**
 * Currency signs shops write instead of an ISO code, longest first, with the currencies each can mean: "$" alone is
 * any dollar or peso, so it only reads a price in a feed served in one of them (never as proof of which).
 */
const CURRENCY_SIGNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['US$', ['USD']], ['CA$', ['CAD']], ['AU$', ['AUD']], ['NZ$', ['NZD']], ['HK$', ['HKD']], ['R$', ['BRL']],
  ['C$', ['CAD']], ['A$', ['AUD']], ['S$', ['SGD']], ['zł', ['PLN']], ['Kč', ['CZK']], ['Fr.', ['CHF']], ['kr', ['SEK', 'NOK', 'DKK', 'ISK']],
  ['Rs.', ['INR', 'PKR', 'LKR', 'NPR']], ['₨', ['INR', 'PKR', 'LKR', 'NPR']],
  ['€', ['EUR']], ['£', ['GBP']], ['₹', ['INR']], ['₩', ['KRW']], ['₺', ['TRY']], ['₽', ['RUB']], ['₪', ['ILS']],
  ['¥', ['JPY', 'CNY']], ['$', ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'TWD']],
];

/** An amount grouped the South Asian way: one or two digits, then groups of two, then the last three. */
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?$/;

/** An ISO code written before or after the amount, next to digits or not ("59.99 USD", "EUR15", "USD 1,299.00"). */
const ISO_CODE = /(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/;

/** A price's amount and the currencies its code or sign can mean (none when it states neither). */
function splitPrice(raw: string): { amount: string; currencies: readonly string[]; said?: string } {
  let text = raw.trim();
  let currencies: readonly string[] = [];
  let said: string | undefined;
  const code = ISO_CODE.exec(text)?.[1];
  if (code !== undefined) {
    currencies = [code];
    said = code;
    text = text.replace(code, ' ');
  }
  // Most feeds write "15.00 EUR" or a bare amount: only text with something else in it can hold a sign.
  for (const [sign, meant] of /[^\d.,\s]/.test(text) ? CURRENCY_SIGNS : []) {
    if (!text.includes(sign)) continue;
    // "$89.00 USD": the code settles what the sign leaves open; a code the sign cannot mean is a contradiction.
    currencies = currencies.length === 0 ? meant : currencies.filter((c) => meant.includes(c));
    said ??= sign;
    text = text.replace(sign, ' ');
    break;
  }
  // A typographic apostrophe groups thousands as a plain one does ("1’049.50"); a dash in place of the minor digits
  // says a whole amount ("€ 699,-", "749.–", as Dutch and Swiss shops write them, and "2 495:-", as Swedish ones do).
  const amount = text.trim().replace(/(?<=\d)’(?=\d{3})/g, "'").replace(/(?<=\d)[.,:]\s?[-–—]{1,2}$/, '');
  return { amount, currencies, ...(said !== undefined ? { said } : {}) };
}

/** The one currency a price states unambiguously ("59.99 USD", "149,90 €"), undefined for a bare amount or a "$". */
export function currencyStatedBy(raw: string): string | undefined {
  const { currencies } = splitPrice(raw);
  return currencies.length === 1 ? currencies[0] : undefined;
}

/** The decimal mark an amount shows beyond doubt: the later of two different separators, or one followed by 1–2 digits. */
function markShownBy(amount: string): DecimalMark | undefined {
  const dot = amount.lastIndexOf('.');
  const comma = amount.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  const at = Math.max(dot, comma);
  if (at < 0) return undefined;
  return /^\d{1,2}$/.test(amount.slice(at + 1)) ? (amount[at] as DecimalMark) : undefined;
}

/**
 * The decimal mark a file's prices are written with, from those that show it beyond doubt ("149,90", "1.299,00",
 * "59.99"); undefined when none shows one or they disagree. It settles "1.299": a thousand and more in a file that
 * writes "149,90", unreadable in one that writes "19.99" or shows nothing.
 */
export function decimalMarkOf(prices: Iterable<string>): DecimalMark | undefined {
  const seen = new Set<DecimalMark>();
  for (const raw of prices) {
    const mark = markShownBy(splitPrice(raw).amount);
    if (mark !== undefined) seen.add(mark);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** One minor unit of a currency with `digits` minor digits, written out ("0.01", "1"). */
function smallestAmount(digits: number): string {
  return digits === 0 ? '1' : `0.${'1'.padStart(digits, '0')}`;
}

/**
 * A feed's price ("15.00 EUR", "EUR 15.00", "1.299,00 €", "$89.00", a bare "15.00" in the feed's currency) in minor
 * units of `currency`, or why it cannot be read. An amount whose one separator is followed by three digits ("1.299")
 * is read only with the file's `decimalMark` showing that separator groups thousands; otherwise it could be 1299 or
 * 1.299 and is refused, never guessed.
 */
export function readFeedPrice(raw: string, currency: string, decimalMark?: DecimalMark): { amountMinor: number } | { why: string } {
  const { amount, currencies, said } = splitPrice(raw);
  if (said !== undefined && !currencies.includes(currency)) {
    const meant = currencies.length === 1 ? `in ${currencies[0]}` : currencies.length === 0 ? `in two currencies (${said} and another)` : `"${said}", which is not ${currency}`;
    return { why: `"${raw}" is ${meant}; this feed is served in ${currency}` };
  }
  // Only a currency with one or two minor digits leaves it open: a yen or a won has none (so "1,299" groups
  // thousands), and a dinar's three are read as its decimals by parseAmountMinor. A leading zero group ("0.001") is no
  // grouping anyone writes: that amount is a decimal one.
  const lone = /^[1-9]\d{0,2}([.,])\d{3}$/.exec(amount);
  const digits = minorDigitsOf(currency);
  if (lone && digits > 0 && digits < 3 && decimalMark !== (lone[1] === '.' ? ',' : '.')) {
    const grouped = amount.replace(/\D/g, '');
    return { why: `"${raw}" could be ${grouped} or ${amount.replace(',', '.')} ${currency}, and the file's other prices do not say which separator is the decimal one; write it like "${grouped}.00 ${currency}"` };
  }
  // South Asian grouping ("1,29,999", "12,34,567.50": lakhs and crores, two digits a group above the thousands) says
  // its commas group digits: no decimal comma repeats.
  const minor = parseAmountMinor(INDIAN_GROUPING.test(amount) ? amount.replace(/,/g, '') : amount, currency);
  if (minor === undefined) return { why: `"${raw}" is not a price (write it like "15.00 ${currency}")` };
  if (minor === 0 && /[1-9]/.test(amount)) return { why: `"${raw}" is less than the smallest amount in ${currency} (${smallestAmount(digits)} ${currency}) and cannot be offered` };
  if (minor === 0) return { why: 'a price of zero cannot be offered' };
  return { amountMinor: minor };
}
