import type { Token } from './tokenize.ts';
import { feetAndInchesAt } from './feet-and-inches.ts';

/** A physical dimension a unit measures; values convert within a dimension only. */
export type Dimension = 'mass' | 'length' | 'volume' | 'time' | 'power' | 'energy' | 'data' | 'sound' | 'light' | 'charge' | 'age' | 'count' | 'percent' | 'speed' | 'frequency' | 'voltage' | 'resistance' | 'people' | 'resolution' | 'area' | 'pressure' | 'temperature' | 'torque' | 'airflow' | 'rotation';

/** One unit: its dimension and how many base units (g, mm, ml, min, W, Wh, GB, dB, lm, mAh, years, items, %, km/h, Hz, V) it is. */
export interface MeasureUnit {
  readonly dimension: Dimension;
  readonly factor: number;
  /** Base units added after the factor: a scale whose zero is elsewhere (°F: 0 °F is -17.8 °C). */
  readonly offset?: number;
}

const U = (dimension: Dimension, factor: number, ...names: string[]): Array<[string, MeasureUnit]> => names.map((n) => [n, { dimension, factor }]);

/**
 * Factors of units outside the metric system, exact by their legal definitions: the international pound is
 * 0.45359237 kg and the inch 25.4 mm (International Yard and Pound Agreement, 1959; NIST SP 811, appendix B), the ounce
 * a sixteenth of the pound, the foot 12 inches, the square foot 0.09290304 m², the acre 43,560 square feet; the US liquid gallon is 231 cubic inches
 * (3.785411784 L; a quart a quarter of it, a pint an eighth, a fluid ounce a 128th) and the imperial gallon 4.54609 L
 * (UK Weights and Measures Act 1985; a pint an eighth, a fluid ounce a 160th).
 */
const POUND_G = 453.59237;
const INCH_MM = 25.4;
const US_GALLON_ML = 3785.411784;
const IMPERIAL_GALLON_ML = 4546.09;

/**
 * Unit words as people and feeds write them (normalised: lower case, no accents), English and French. Keys are single
 * words or symbols; "km/h" and "fl oz" are read by the tokenizer as several tokens and matched by `unitAt`.
 */
const UNITS: ReadonlyMap<string, MeasureUnit> = new Map([
  ...U('mass', 1, 'g', 'gr', 'grs', 'gram', 'grams', 'gramme', 'grammes'),
  ...U('mass', 1000, 'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'),
  ...U('mass', 0.001, 'mg'),
  ...U('mass', POUND_G, 'lb', 'lbs', 'pound', 'pounds', 'livre', 'livres'),
  ...U('mass', POUND_G / 16, 'oz', 'ounce', 'ounces'),
  ...U('length', 1, 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'),
  ...U('length', 10, 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'),
  ...U('length', 1000, 'm', 'metre', 'metres', 'meter', 'meters'),
  ...U('length', 1_000_000, 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'),
  ...U('length', INCH_MM, 'inch', 'inches', 'pouce', 'pouces', '"', '″'),
  ...U('length', INCH_MM * 12, 'ft', 'foot', 'feet', 'pied', 'pieds'),
  ...U('length', 1_609_344, 'mi', 'mile', 'miles'),
  ...U('volume', 1, 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'),
  ...U('volume', 10, 'cl', 'centilitre', 'centilitres'),
  ...U('volume', 100, 'dl'),
  ...U('volume', 1000, 'l', 'litre', 'litres', 'liter', 'liters'),
  // US customary by default; `imperialVolumeOf` gives the British measure of the same name.
  ...U('volume', US_GALLON_ML / 128, 'floz'),
  ...U('volume', US_GALLON_ML / 8, 'pint', 'pints', 'pinte', 'pintes'),
  ...U('volume', US_GALLON_ML / 4, 'quart', 'quarts', 'qt', 'qts'),
  ...U('volume', US_GALLON_ML, 'gallon', 'gallons', 'gal', 'gals'),
  ...U('time', 1 / 60, 'sec', 'secs', 'second', 'seconds', 'seconde', 'secondes'),
  ...U('time', 1, 'min', 'mins', 'minute', 'minutes', 'mn'),
  ...U('time', 60, 'h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures'),
  ...U('time', 1440, 'day', 'days', 'jour', 'jours', 'j'),
  ...U('time', 10080, 'week', 'weeks', 'wk', 'wks', 'semaine', 'semaines'),
  ...U('people', 1, 'person', 'persons', 'people', 'personne', 'personnes', 'pers', 'places', 'player', 'players', 'joueur', 'joueurs', 'seater', 'seats',
    // The people said by who they are: "game night with 7 adults", "pour 6 amis", "for 8 guests".
    'adult', 'adults', 'adulte', 'adultes', 'guest', 'guests', 'invite', 'invites', 'friend', 'friends', 'ami', 'amis', 'amies'),
  ...U('resolution', 1, 'mp', 'megapixel', 'megapixels', 'mpx'),
  ...U('area', 1, 'm²', 'm2', 'sqm'),
  ...U('area', 0.0001, 'cm²', 'cm2'),
  ...U('area', ((INCH_MM * 12) / 1000) ** 2, 'sqft', 'ft2', 'ft²'),
  // The acre: 43,560 square feet (4,046.8564224 m²).
  ...U('area', 43_560 * ((INCH_MM * 12) / 1000) ** 2, 'acre', 'acres'),
  ...U('airflow', 1, 'm³/h', 'm3/h', 'm3h'),
  ...U('pressure', 1, 'bar', 'bars'),
  // A watch's water resistance in atmospheres ("5 ATM", read as "atmospheres" only when typed in capitals: the
  // tokenizer's CAPITAL_UNITS): 1 atm = 1.01325 bar.
  ...U('pressure', 1.01325, 'atmosphere', 'atmospheres'),
  ...U('temperature', 1, '°c', 'c', 'degrees', 'degres', 'celsius'),
  // °C = (°F − 32) × 5/9.
  ...(['°f', 'fahrenheit'] as const).map((n): [string, MeasureUnit] => [n, { dimension: 'temperature', factor: 5 / 9, offset: -160 / 9 }]),
  ...U('torque', 1, 'nm'),
  ...U('rotation', 1, 'rpm', 'tours', 'tour', 'tr', 'trs'),
  ...U('power', 1, 'w', 'watt', 'watts'),
  ...U('power', 1000, 'kw', 'kilowatt', 'kilowatts'),
  ...U('energy', 1, 'wh'),
  ...U('energy', 1000, 'kwh'),
  // Memory and storage are sold in powers of two (128, 256, 512, 1024 GB): a terabyte of a device is 1024 GB.
  ...U('data', 1, 'gb', 'go', 'gig', 'gigs', 'gigabyte', 'gigabytes', 'gigaoctet', 'gigaoctets', 'giga', 'gigas'),
  ...U('data', 1024, 'tb', 'terabyte', 'terabytes', 'teraoctet', 'teraoctets'),
  ...U('data', 1 / 1024, 'mb', 'mo', 'megabyte', 'megabytes'),
  ...U('sound', 1, 'db', 'dba', 'decibel', 'decibels'),
  ...U('light', 1, 'lm', 'lumen', 'lumens'),
  ...U('charge', 1, 'mah'),
  ...U('charge', 1000, 'ah'),
  ...U('age', 1, 'year', 'years', 'yr', 'yrs', 'yo', 'an', 'ans'),
  ...U('age', 1 / 12, 'month', 'months', 'mois'),
  ...U('count', 1, 'items', 'item', 'pieces', 'piece', 'pcs', 'pc', 'units', 'unit', 'unites', 'unite', 'count', 'ct'),
  ...U('percent', 1, '%', 'percent', 'pourcent'),
  ...U('speed', 1, 'kmh'),
  ...U('speed', 1.609344, 'mph'),
  ...U('frequency', 1, 'hz', 'hertz'),
  ...U('voltage', 1, 'v', 'volt', 'volts'),
  // Impedance, as headphones are rated ("32 Ω", "250 ohms").
  ...U('resistance', 1, 'ω', 'ohm', 'ohms'),
  ...U('resistance', 1000, 'kω', 'kohm', 'kohms'),
]);

/** Units some attribute declarations spell differently ("EU size", "items", "years"), mapped to the table above. */
function declaredKey(unit: string): string {
  return unit
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace('km/h', 'kmh');
}

/** The unit a word names, if any ("kg", "pouces", "dB"). */
export function unitOfWord(word: string): MeasureUnit | undefined {
  return UNITS.get(word);
}

/** The British measures that share a name with a US one, by the unit table's word. */
const IMPERIAL_VOLUMES: ReadonlyMap<string, number> = new Map([
  ['floz', IMPERIAL_GALLON_ML / 160],
  ...['pint', 'pints', 'pinte', 'pintes'].map((n): [string, number] => [n, IMPERIAL_GALLON_ML / 8]),
  ...['quart', 'quarts', 'qt', 'qts'].map((n): [string, number] => [n, IMPERIAL_GALLON_ML / 4]),
  ...['gallon', 'gallons', 'gal', 'gals'].map((n): [string, number] => [n, IMPERIAL_GALLON_ML]),
]);

/** The imperial (British) measure a word names where it differs from the US one ("pint": 568.26125 ml), else its unit. */
export function imperialUnitOfWord(word: string): MeasureUnit | undefined {
  const ml = IMPERIAL_VOLUMES.get(word);
  return ml === undefined ? unitOfWord(word) : { dimension: 'volume', factor: ml };
}

/** Units people say in two words (normalised), as the unit table spells them. */
const TWO_WORD_UNITS: ReadonlyMap<string, string> = new Map([
  ...['metre', 'metres', 'meter', 'meters'].flatMap((m): Array<[string, string]> => [[`square ${m}`, 'm2'], [`${m} carre`, 'm2'], [`${m} carres`, 'm2']]),
  ['m carres', 'm2'], ['m carre', 'm2'],
  ...['degrees', 'degree', 'degres', 'degre'].flatMap((d): Array<[string, string]> => [[`${d} celsius`, '°c'], [`${d} c`, '°c'], [`${d} fahrenheit`, '°f'], [`${d} f`, '°f']]),
  ...['ft', 'feet', 'foot'].flatMap((f): Array<[string, string]> => [[`sq ${f}`, 'sqft'], [`square ${f}`, 'sqft']]),
  ['pieds carres', 'sqft'], ['pied carre', 'sqft'],
  ...['oz', 'ounce', 'ounces'].flatMap((o): Array<[string, string]> => [[`fl ${o}`, 'floz'], [`fluid ${o}`, 'floz']]),
  ['milliamp hours', 'mah'], ['milliamp hour', 'mah'], ['milliampere hours', 'mah'], ['milliamperes heure', 'mah'],
]);

/** The unit table's word for a unit said in two words ("square metres" → "m2", "degrees Celsius" → "°c"), or undefined. */
export function twoWordUnitWord(first: string, second: string): string | undefined {
  return TWO_WORD_UNITS.get(`${first} ${second}`);
}

/** Abbreviations only a declaration uses (a person writing "in" means the preposition; a schema's unit "in" means inches). */
const DECLARED_ONLY: ReadonlyMap<string, MeasureUnit> = new Map([
  ['in', { dimension: 'length', factor: INCH_MM }],
  ['s', { dimension: 'time', factor: 1 / 60 }],
  // "atm" typed by a person is "at the moment"; only "ATM" in capitals is the unit (see the table above).
  ['atm', { dimension: 'pressure', factor: 1.01325 }],
]);

/** The unit an attribute declaration's `unit` names (e.g. "cm", "W", "years"), if it is a known one. */
export function unitOfDeclaration(unit: string | undefined): MeasureUnit | undefined {
  if (unit === undefined) return undefined;
  const key = declaredKey(unit);
  return UNITS.get(key) ?? DECLARED_ONLY.get(key);
}

/** True when a word is the declared unit itself, singular or plural ("speeds" / "speed", "seasons", "vents"). */
export function isDeclaredUnitWord(word: string, unit: string | undefined): boolean {
  if (unit === undefined) return false;
  const key = declaredKey(unit);
  if (key.length < 2) return false;
  const stem = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);
  return word === key || stem(word) === stem(key);
}

/**
 * The step product sheets state a unit in ("1.5 kg", "680 g", "188 cm", "40 m²", "1.7 L", "-5 °C"), by dimension and
 * factor: a figure converted from another system of units is rounded to it, as its extra digits say nothing.
 */
const STATED_STEP: ReadonlyMap<string, number> = new Map([
  ['mass:1', 1], ['mass:1000', 0.1],
  ['length:1', 1], ['length:10', 1], [`length:${INCH_MM}`, 0.1],
  ['volume:1', 1], ['volume:1000', 0.1],
  ['area:1', 1],
  ['temperature:1', 1],
]);

/** True when two units of one dimension differ by a power of ten (or not at all): a decimal shift, exact as it is. */
export function decimalShift(from: MeasureUnit, to: MeasureUnit): boolean {
  if ((from.offset ?? 0) !== 0 || (to.offset ?? 0) !== 0) return false;
  const exponent = Math.log10(from.factor / to.factor);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

/**
 * Converts a value between two units of one dimension (undefined across dimensions): exactly by the factors above,
 * then rounded to 4 decimals — or, across systems of units ("3.3 lb" for a weight in kg, "23 °F" for a temperature in
 * °C), to the step the target unit is stated in (1.4969 kg is 1.5 kg).
 */
export function convertMeasure(value: number, from: MeasureUnit, to: MeasureUnit): number | undefined {
  if (from.dimension !== to.dimension) return undefined;
  const base = value * from.factor + (from.offset ?? 0);
  const exact = (base - (to.offset ?? 0)) / to.factor;
  const step = decimalShift(from, to) ? undefined : STATED_STEP.get(`${to.dimension}:${to.factor}`);
  if (step === undefined) return Math.round(exact * 10_000) / 10_000;
  // Rounded in whole steps, then written with as many decimals as the step has (0.1 × 15 is 1.5, not 1.5000000000000002).
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(exact / step) * step).toFixed(decimals)) + 0;
}

/**
 * The unit of a number attribute: its declared unit, else the one its name ends with ("capacity_l", "weight_kg",
 * "noise_db"), as product feeds name custom columns without declaring units.
 */
export function unitOfAttribute(attr: { readonly name: string; readonly unit?: string | undefined }): MeasureUnit | undefined {
  const declared = unitOfDeclaration(attr.unit);
  if (declared || attr.unit !== undefined) return declared;
  const suffix = /_([a-z0-9]+)$/.exec(attr.name)?.[1];
  return suffix === undefined ? undefined : unitOfDeclaration(suffix);
}

/** True when the number at `at` is followed by a unit of measure ("6 foot", "180 cm", "5'10""): a size, not an age. */
export function measuredAt(tokens: readonly Token[], at: number): boolean {
  if (feetAndInchesAt(tokens, at) !== undefined) return true;
  const unit = unitOfWord(tokens[at + 1]?.norm ?? '');
  return unit !== undefined && unit.dimension !== 'age';
}
