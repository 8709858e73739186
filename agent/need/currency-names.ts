import { wordEntry } from './word-entry.ts';

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

/** A currency word of `CURRENCY_WORDS`: the code it names, and whether it names it only with a figure beside it. */
export interface CurrencyWord {
  readonly code: string;
  /** The word is another word too (a name, "TL;DR", "Ron"): a currency only beside a figure ("100 lei", "500 TL"). */
  readonly besideFigureOnly: boolean;
}

/** A word that names its currency wherever it stands ("euros", "Kč", "₺"). */
function anywhere(code: string): CurrencyWord {
  return { code, besideFigureOnly: false };
}
/** A word that is another word too ("Ron", "TL;DR", "rs"): its currency only beside a figure. */
function besideFigure(code: string): CurrencyWord {
  return { code, besideFigureOnly: true };
}

/**
 * Currency signs and words, as typed (lower case) or normalised (accents dropped) → the currency they name: the one
 * table the money reader reads. "Pound(s)" is a currency unless it weighs something ("a pound of"); the French slang
 * "balles" ("100 balles") is euros unless it counts balls ("4 balles de tennis"); "francs" are Swiss francs, the one
 * franc still spent in Europe. Words that are other words too name their currency only beside a figure: "ron" (a name:
 * "Ron wants a kettle"), "tl" ("TL;DR"), "kc" (Kč unaccented), "rs", "fr", "rand" (a name), "franc" (a name); "lira",
 * "lei" and "leu" name theirs anywhere ("prices in lira").
 */
export const CURRENCY_WORDS: Readonly<Record<string, CurrencyWord>> = {
  '€': anywhere('EUR'), eur: anywhere('EUR'), euro: anywhere('EUR'), euros: anywhere('EUR'), balles: anywhere('EUR'),
  '$': anywhere('USD'), usd: anywhere('USD'), dollar: anywhere('USD'), dollars: anywhere('USD'), bucks: anywhere('USD'), buck: anywhere('USD'),
  '£': anywhere('GBP'), gbp: anywhere('GBP'), pound: anywhere('GBP'), pounds: anywhere('GBP'), quid: anywhere('GBP'),
  chf: anywhere('CHF'), francs: anywhere('CHF'), franc: besideFigure('CHF'), franken: anywhere('CHF'), fr: besideFigure('CHF'),
  cad: anywhere('CAD'),
  // Québec French for a dollar: "piasse" (and the older "piastre" it comes from).
  piasse: anywhere('CAD'), piasses: anywhere('CAD'), piastre: anywhere('CAD'), piastres: anywhere('CAD'),
  aud: anywhere('AUD'), jpy: anywhere('JPY'), yen: anywhere('JPY'), '¥': anywhere('JPY'), '円': anywhere('JPY'),
  sek: anywhere('SEK'), nok: anywhere('NOK'), dkk: anywhere('DKK'),
  // Swedish crowns are "kronor" (Norway's and Denmark's "kroner" say no country).
  kronor: anywhere('SEK'), krona: anywhere('SEK'),
  // The złoty as typed and unaccented.
  pln: anywhere('PLN'), 'zł': anywhere('PLN'), zl: anywhere('PLN'), 'złoty': anywhere('PLN'), zloty: anywhere('PLN'), zlotys: anywhere('PLN'),
  'złotych': anywhere('PLN'), zlotych: anywhere('PLN'), 'złote': anywhere('PLN'), zlote: anywhere('PLN'),
  // The CFA francs of West Africa ("FCFA", "francs CFA"; Central Africa's XAF is written the same and is not guessed).
  fcfa: anywhere('XOF'), xof: anywhere('XOF'), xaf: anywhere('XAF'),
  // Roubles, as the gloss writes them, typed, and in Cyrillic.
  rub: anywhere('RUB'), rouble: anywhere('RUB'), roubles: anywhere('RUB'), ruble: anywhere('RUB'), rubles: anywhere('RUB'),
  'руб': anywhere('RUB'), 'рубль': anywhere('RUB'), 'рубля': anywhere('RUB'), 'рублей': anywhere('RUB'), '₽': anywhere('RUB'),
  // Turkish lira: "TL" is also "TL;DR"; "lira" names it anywhere ("prices in lira").
  '₺': anywhere('TRY'), liras: anywhere('TRY'), lira: anywhere('TRY'), tl: besideFigure('TRY'),
  // Czech crowns: "Kč" as typed; unaccented "kc" is other letters too.
  czk: anywhere('CZK'), 'kč': anywhere('CZK'), koruna: anywhere('CZK'), korun: anywhere('CZK'), korunas: anywhere('CZK'), kc: besideFigure('CZK'),
  // Romanian lei: "Ron" is a name ("RON" in capitals is the ISO code); "lei"/"leu" name it anywhere ("prices in lei").
  ron: besideFigure('RON'), lei: anywhere('RON'), leu: anywhere('RON'),
  // South African rand ("Rand" a name, a region). No Bulgarian lev: Bulgaria pays in euros since 1 January 2026, and "Lev" is a name.
  rand: besideFigure('ZAR'),
  '₹': anywhere('INR'), rupee: anywhere('INR'), rupees: anywhere('INR'), rs: besideFigure('INR'),
  forint: anywhere('HUF'), forints: anywhere('HUF'),
  '₩': anywhere('KRW'), '₪': anywhere('ILS'), shekel: anywhere('ILS'), shekels: anywhere('ILS'), '₴': anywhere('UAH'), hryvnia: anywhere('UAH'),
  '₱': anywhere('PHP'), '₫': anywhere('VND'), '฿': anywhere('THB'), baht: anywhere('THB'),
  yuan: anywhere('CNY'), rmb: anywhere('CNY'), renminbi: anywhere('CNY'), '元': anywhere('CNY'),
  // Brazilian reais. Their sign "R$" is no word: the tokenizer splits it into "R" glued to "$", read like "C$" by
  // extract-money's COUNTRY_QUALIFIERS.
  reais: anywhere('BRL'),
};

/**
 * The currency the word as typed (`raw`, lower-cased first: "Kč" before its unaccented "kc") or normalised names, with a
 * figure beside it or not (`besideFigure`); undefined when it names none there.
 */
export function currencyWordCode(raw: string, norm: string, besideFigure: boolean): string | undefined {
  const word = wordEntry(CURRENCY_WORDS, raw.toLowerCase()) ?? wordEntry(CURRENCY_WORDS, norm);
  return word === undefined || (word.besideFigureOnly && !besideFigure) ? undefined : word.code;
}

/** The currency a word names wherever it stands or beside a figure ("pounds", "lei"): for readers asking whether a unit word is money. */
export function currencyOfWord(word: string): string | undefined {
  return wordEntry(CURRENCY_WORDS, word)?.code;
}

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
