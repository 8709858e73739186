/**
 * Active ISO 4217 alphabetic codes, written by hand after ISO 4217 "List one: currency, fund and precious metal
 * codes" (maintained by SIX Financial Information; no copy could be downloaded here, so it was not compared with the
 * published list; every code below is among the 162 Node 20's ICU knows, `Intl.supportedValuesOf('currency')`, checked
 * 2026-12-07); the funds and precious metals X.. codes other than the CFA and CFP francs left out. A code names a currency when typed in capitals ("in INR", "100 CZK"); codes that are also English
 * words ("ALL", "TOP", "CUP") only beside a figure.
 */
export const ISO_4217_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP ' +
    'CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS ' +
    'INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU ' +
    'MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK ' +
    'SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD ' +
    'XOF XPF YER ZAR ZMW ZWG'
  ).split(' '),
);

/** Codes that are also English words a shouted request holds ("I NEED ALL OF THEM"): a currency only beside a figure. */
export const WORDLIKE_CODES: ReadonlySet<string> = new Set(['ALL', 'AMD', 'BAM', 'BOB', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'TRY']);

/**
 * Currency signs and words beyond the reader's main table (`CURRENCY_WORDS`), as typed and normalised (lower case,
 * accents dropped): the rupee, lira, yen, koruna, leu, rouble, forint, real, yuan, won, rand, shekel, hryvnia.
 */
export const MORE_CURRENCY_WORDS: Readonly<Record<string, string>> = {
  '₹': 'INR', rupee: 'INR', rupees: 'INR', rs: 'INR',
  '₺': 'TRY', lira: 'TRY', liras: 'TRY',
  '円': 'JPY',
  'kč': 'CZK', kc: 'CZK', koruna: 'CZK', korun: 'CZK', korunas: 'CZK',
  lei: 'RON', leu: 'RON',
  'руб': 'RUB', 'рубль': 'RUB', 'рубля': 'RUB', 'рублей': 'RUB', '₽': 'RUB', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  forint: 'HUF', forints: 'HUF',
  '₩': 'KRW', '₪': 'ILS', shekel: 'ILS', shekels: 'ILS', '₴': 'UAH', hryvnia: 'UAH', '₱': 'PHP', '₫': 'VND', '฿': 'THB', baht: 'THB',
  yuan: 'CNY', rmb: 'CNY', renminbi: 'CNY', '元': 'CNY', reais: 'BRL', 'r$': 'BRL',
  franken: 'CHF', fr: 'CHF',
};

/** Words of that table that are other words too ("rs", "fr", "lei"): a currency only beside a figure. */
export const CURRENCY_WORDS_BESIDE_FIGURE: ReadonlySet<string> = new Set(['rs', 'fr', 'lei', 'leu', 'lira', 'kc']);

/** Words that name one of several currencies ("kr" is a Swedish, Norwegian, Danish or Icelandic crown): the candidates, in order. */
export const AMBIGUOUS_CURRENCY_WORDS: Readonly<Record<string, readonly string[]>> = {
  kr: ['SEK', 'NOK', 'DKK', 'ISK'],
  kroner: ['NOK', 'DKK'], krone: ['NOK', 'DKK'],
  crown: ['CZK', 'SEK', 'NOK', 'DKK', 'ISK'], crowns: ['CZK', 'SEK', 'NOK', 'DKK', 'ISK'],
};

/** Qualifiers that settle an ambiguous crown: "czech crowns", "danish kroner", "norwegian kr". */
export const CROWN_QUALIFIERS: Readonly<Record<string, string>> = {
  czech: 'CZK', ceske: 'CZK', swedish: 'SEK', svenska: 'SEK', norwegian: 'NOK', norske: 'NOK', danish: 'DKK', danske: 'DKK', icelandic: 'ISK',
};

/** True when the token as typed is a capitalised ISO 4217 code that names a currency where it stands. */
export function isoCodeAt(raw: string, besideFigure: boolean): string | undefined {
  if (!/^[A-Z]{3}$/.test(raw) || !ISO_4217_CODES.has(raw)) return undefined;
  return WORDLIKE_CODES.has(raw) && !besideFigure ? undefined : raw;
}
