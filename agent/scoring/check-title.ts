import { BoundedMap, type AttributeDefinition, type Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import { formatAttributeValue } from './offer-statements.ts';
import { quoteText } from './quote-text.ts';
import type { ScoringNeed } from './offer-evidence.ts';
import { relevantAttributes } from './relevant-attributes.ts';

/**
 * Lower-case words of a text, split at spaces and punctuation only ("16 GB, azerty" → 16, gb, azerty): a model name
 * such as "5G", "85h" or "B14979" stays one word, so it is never read as an amount or a value.
 */
function wordsOf(text: string): readonly string[] {
  let words = WORDS.get(text);
  if (words === undefined) {
    words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
    WORDS.set(text, words);
  }
  return words;
}

/**
 * Words by text: every offer of a catalogue product carries the same title and the card the same values, read again
 * for every offer of every request. Bounded (titles are untrusted input); the lists are only read, never changed.
 */
const WORDS = new BoundedMap<string, readonly string[]>(20_000);

/** An enum value worth looking for in prose: at least three letters or digits in all (not "A", "B", "C"). */
function isDistinctive(words: readonly string[]): boolean {
  return words.join('').length >= 3;
}

function mentions(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Two amounts the same up to rounding (half a percent). */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

/** Characters that may not touch an amount on its left: a letter, a digit or a decimal point makes it part of a model name ("MT500", "B14979"). */
const AMOUNT_START = String.raw`(?<![\p{L}\p{N}.,])`;

/** Escapes a unit for use inside a regular expression. */
function escapeUnit(unit: string): string {
  return unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Compiled unit patterns, by unit: the cards of a market declare a few dozen units; bounded, because a card is
 * untrusted input. `matchAll` copies a pattern, so sharing one is safe.
 */
const UNIT_PATTERNS = new BoundedMap<string, RegExp>(1_000);

/**
 * How a unit may follow its amount in a title: after a space ("16 GB", "10 h"), or attached ("6mm", "1024GB", "0°C")
 * when it is a word of two letters or more or a symbol — a single attached letter is a model name ("5G", "85h", "18V").
 * A unit written with a degree sign (°C, °F) is also read from the bare sign ("MT500 0°"), as titles usually write it;
 * inches ("in", "inch") also from the inch mark ("TV, 50\"", "27″ monitor"), as titles write a screen or a wheel.
 */
function unitPattern(unit: string): RegExp {
  let pattern = UNIT_PATTERNS.get(unit);
  if (pattern === undefined) {
    pattern = buildUnitPattern(unit);
    UNIT_PATTERNS.set(unit, pattern);
  }
  return pattern;
}

/** Spellings of a unit of inches, which titles write with the inch mark. */
const INCH_UNITS: ReadonlySet<string> = new Set(['in', 'inch', 'inches']);

function buildUnitPattern(unit: string): RegExp {
  const u = escapeUnit(unit);
  const symbol = !/^[\p{L}]/u.test(unit);
  const attachedOk = symbol || [...unit].length >= 2;
  const spellings = unit.startsWith('°') ? String.raw`(?:${u}|°(?![\p{L}]))` : INCH_UNITS.has(unit.toLowerCase()) ? String.raw`(?:${u}|["″])` : u;
  const gap = attachedOk ? String.raw`\s?` : String.raw`\s`;
  return new RegExp(`${AMOUNT_START}([-−]?\\d+(?:[.,]\\d+)?)${gap}${spellings}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether a straight quote read as an inch mark closes a quotation the title opened ('Watch "Series 7" 45mm'). */
function closesQuote(title: string, m: RegExpMatchArray): boolean {
  if (!m[0].endsWith('"')) return false;
  let quotes = 0;
  for (let k = title.indexOf('"'); k !== -1 && k < m.index!; k = title.indexOf('"', k + 1)) quotes++;
  return quotes % 2 === 1;
}

/** The distinct amounts the title gives in `unit` ("1 kg", "250g", "-5°"), as numbers, in the order first given. */
function amountsIn(title: string, unit: string): readonly number[] {
  let byTitle = AMOUNTS.get(unit);
  if (byTitle === undefined) AMOUNTS.set(unit, (byTitle = new BoundedMap(5_000)));
  let amounts = byTitle.get(title);
  if (amounts === undefined) {
    // Distinct amounts in the order first given (all the check reads).
    const out = new Set<number>();
    for (const m of title.matchAll(unitPattern(unit))) {
      if (closesQuote(title, m)) continue;
      out.add(Number(m[1]!.replace('−', '-').replace(',', '.')));
    }
    byTitle.set(title, (amounts = [...out]));
  }
  return amounts;
}

/** Distinct amounts by unit, then title: a title is read for the same unit on every offer of its product. Bounded like UNIT_PATTERNS. */
const AMOUNTS = new BoundedMap<string, BoundedMap<string, readonly number[]>>(1_000);

/** The amounts the offer states per unit ("gb" → RAM and storage); NaN for a declared attribute it leaves unstated. */
function statedAmountsByUnit(offer: Offer, attributes: readonly AttributeDefinition[]): Map<string, number[]> {
  const byUnit = new Map<string, number[]>();
  for (const a of attributes) {
    if (a.type !== 'number' || !a.unit) continue;
    const value = offer.product.attributes[a.name];
    const unit = a.unit.toLowerCase();
    const list = byUnit.get(unit) ?? [];
    // An unstated one could be any amount in the title, so the unit is not read.
    list.push(typeof value === 'number' ? value : Number.NaN);
    byUnit.set(unit, list);
  }
  return byUnit;
}

/**
 * A free-text attribute has no vocabulary to look for, but a title may name it outright in a segment of its own:
 * "…, size S, red" says the size is S. Read only a single-word value, and only when exactly one comma-separated part
 * of the title is the attribute's name followed by one word ("InkPad Color 3 e-reader" names no colour): that word,
 * when it is not the stated one.
 */
function namedAfterItsName(title: string, name: string, stated: string): string | undefined {
  const anchor = wordsOf(name.replaceAll('_', ' '));
  const statedWords = wordsOf(stated);
  if (anchor.length === 0 || statedWords.length !== 1) return undefined;
  const named = title
    .split(/[,;|()]/)
    .map((part) => wordsOf(part))
    .filter((w) => w.length === anchor.length + 1 && anchor.every((a, j) => w[j] === a))
    .map((w) => w[anchor.length]!);
  return named.length === 1 && named[0] !== statedWords[0] ? named[0] : undefined;
}

/**
 * Checks an offer against its own title: a listing whose title names one value of an attribute ("… azerty, grey")
 * while the offer states another (keyboard_layout = qwerty), and never the stated one, contradicts itself. The
 * vocabulary is the offering brand's own (its card's declared values and units), so another brand cannot make a
 * competitor's title look false. Only attributes the person asked about are read (a title naming a theme or a size
 * range loosely must not cost an honest seller elsewhere). An amount is read only when the title gives exactly one
 * amount in the unit for each attribute in that unit the offer states ("16 GB, 1024 GB" against RAM and storage),
 * the stated value is not among them and exactly one of them is explained by no stated value. Reading a title is
 * reading prose, so the finding lowers this offer's probability and is shown with its quote; it never enters the
 * ledger (it is not one of SERIOUS_HONESTY_FINDINGS).
 */
export function checkTitle(offer: Offer, attributes: readonly AttributeDefinition[] | undefined, need?: Pick<ScoringNeed, 'hardConstraints' | 'softPreferences'>): EvidenceItem[] {
  if (!attributes || attributes.length === 0) return [];
  const asked = relevantAttributes(need);
  const title = offer.product.title;
  // Worked out only once an asked, stated attribute needs them.
  let words: readonly string[] | undefined;
  let statedByUnit: Map<string, number[]> | undefined;
  const items: EvidenceItem[] = [];
  for (const a of attributes) {
    if (asked && !asked.has(a.name)) continue;
    const stated = offer.product.attributes[a.name];
    if (stated === undefined) continue;
    const titleWords = (words ??= wordsOf(title));
    let named: string | undefined;
    if (a.type === 'enum' && typeof stated === 'string' && a.values) {
      if (mentions(titleWords, wordsOf(stated))) continue;
      const others = a.values.filter((v) => v.toLowerCase() !== stated.toLowerCase() && isDistinctive(wordsOf(v)) && mentions(titleWords, wordsOf(v)));
      if (others.length === 1) named = others[0];
    } else if (a.type === 'number' && typeof stated === 'number' && a.unit) {
      const unit = a.unit.toLowerCase();
      statedByUnit ??= statedAmountsByUnit(offer, attributes);
      const stateds = statedByUnit.get(unit) ?? [];
      if (wordsOf(unit).length > 1 || stateds.some((v) => Number.isNaN(v))) continue;
      // Read only a title that gives as many amounts in the unit as the offer states attributes in it, one for each.
      const amounts = amountsIn(title, a.unit);
      if (amounts.length !== stateds.length || amounts.some((t) => close(t, stated))) continue;
      const unexplained = amounts.filter((t) => !stateds.some((v) => close(t, v)));
      if (unexplained.length === 1) named = `${unexplained[0]} ${a.unit}`;
    } else if (a.type === 'text' && typeof stated === 'string') {
      named = namedAfterItsName(title, a.name, stated);
    }
    if (named === undefined) continue;
    items.push({
      code: 'title-contradicts-offer',
      effect: 'undermines',
      impact: HONESTY_WEIGHTS.titleContradictsOffer,
      attribute: a.name,
      detail: `its own title says ${formatAttributeValue(named)} but the offer states ${a.name} = ${formatAttributeValue(stated)}`,
      data: { titleSays: named, stated },
      quote: quoteText('product.title', title),
    });
  }
  return items;
}
