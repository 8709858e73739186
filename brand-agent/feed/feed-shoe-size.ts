import { FOOT_LENGTH_CM_RANGE, euSizeOfFootLength, type GoogleTaxonomy } from '../../protocol/index.ts';

/** Google's "Apparel & Accessories > Shoes", the node the butler's shoe sizes (size_eu) belong to. */
const SHOES = '187';

/** Whether a category is Shoes or below it, per category id (a feed has few categories and many rows). */
const shoeCategories = new Map<string, boolean>();

/** True when a Google category is Shoes or below it. */
export function isShoeCategory(category: string, taxonomy: GoogleTaxonomy): boolean {
  let shoe = shoeCategories.get(category);
  if (shoe === undefined) {
    if (shoeCategories.size > 10_000) shoeCategories.clear();
    shoe = taxonomy.isWithin(category, SHOES);
    shoeCategories.set(category, shoe);
  }
  return shoe;
}

/**
 * How a feed's shoe sizes that state no size system are written: EU sizes ("43", "42,5"), or foot lengths in
 * centimetres — Mondopoint, how Japanese (and Korean, Chinese) shops size shoes: "26.5", "24.0". Foot lengths in
 * millimetres ("250", as Korean shops write them) can be nothing else and are read as such whatever the scale.
 */
export type ShoeSizeScale = 'eu' | 'cm';

const CM_RANGE = FOOT_LENGTH_CM_RANGE;
/** EU sizes the butler reads (a toddler's 18 to a very large adult's 52). */
const EU_RANGE = { min: 18, max: 52 } as const;
/** Millimetre sizes step by 5 (Korea's 225, 230, 235…). */
const MM_STEP = 5;
/** A size as feeds write it: "43", "42,5", "EU 43", "26.5", "26.5cm", "JP 26.5", "250", "250mm", "KR 250". */
const SIZE = /^(?:(EU|JP|KR|CM|MM)\s*)?(\d{1,3})(?:[.,](\d))?\s*(EU|JP|KR|CM|MM)?$/i;

interface WrittenSize {
  readonly value: number;
  /** The unit written with it ("cm" or "jp" is cm, "mm" or "kr" mm, "eu" EU), else undefined. */
  readonly unit: 'eu' | 'cm' | 'mm' | undefined;
  /** Written with a decimal digit ("26.0", "26.5"). */
  readonly decimal: boolean;
}

function writtenSize(raw: string): WrittenSize | undefined {
  const m = SIZE.exec(raw.trim());
  if (!m || (m[1] !== undefined && m[4] !== undefined)) return undefined;
  const said = (m[1] ?? m[4])?.toUpperCase();
  const value = Number(m[2]) + (m[3] === undefined ? 0 : Number(m[3]) / 10);
  const unit = said === undefined ? undefined : said === 'EU' ? 'eu' : said === 'MM' || said === 'KR' ? 'mm' : 'cm';
  return { value, unit, decimal: m[3] !== undefined };
}

/**
 * A written size as a foot length in millimetres, when it is one: three digits from 100 to 310 in steps of 5 (no
 * shoe size system numbers past 52 but millimetres), unless written as EU; undefined otherwise.
 */
function millimetresOf(size: WrittenSize): number | undefined {
  if (size.unit === 'eu' || size.unit === 'cm' || size.decimal || (size.unit !== 'mm' && size.value < 100)) return undefined;
  const mm = size.value;
  return mm >= CM_RANGE.min * 10 && mm <= CM_RANGE.max * 10 && mm % MM_STEP === 0 ? mm : undefined;
}

/** The scale a row's size_system names: EU, JP or KR (both size shoes by foot length), none, or another one. */
function systemScale(system: string | undefined): ShoeSizeScale | 'other' | undefined {
  if (system === undefined || system.trim() === '') return undefined;
  const s = system.trim().toUpperCase();
  return s === 'EU' ? 'eu' : s === 'JP' || s === 'KR' || s === 'CM' || s === 'MM' || s === 'MONDOPOINT' ? 'cm' : 'other';
}

/** A shoe row's size fields: `size` and `size_system` as the feed states them. */
export interface ShoeSizeFields {
  readonly size?: string | undefined;
  readonly size_system?: string | undefined;
}

/**
 * The scale of a feed's shoe sizes that state neither a size system nor a unit: centimetres when every one is a plausible
 * foot length (10–31) and some are written with a decimal ("26.0", "26.5") — EU sizes that small are children's, written
 * whole; an adult's EU size is above 31 — else EU, as before. Millimetres ("250") say what they are and are not counted.
 */
export function shoeSizeScaleOf(shoes: Iterable<ShoeSizeFields>): ShoeSizeScale {
  let decimal = false;
  let any = false;
  for (const fields of shoes) {
    if (fields.size === undefined || systemScale(fields.size_system) !== undefined) continue;
    const size = writtenSize(fields.size);
    if (size === undefined || size.unit !== undefined || millimetresOf(size) !== undefined) continue;
    if (size.value < CM_RANGE.min || size.value > CM_RANGE.max) return 'eu';
    any = true;
    decimal ||= size.decimal;
  }
  return any && decimal ? 'cm' : 'eu';
}

/** The EU size that fits a foot length (protocol's chart, shared with the request reader). */
const euOfCentimetres = euSizeOfFootLength;

/** What a shoe row's size says in the butler's words, and how it was read. */
export interface ShoeSizeReading {
  readonly sizeEu: number;
  /** The foot length the feed gave, when it wrote centimetres or millimetres. */
  readonly sizeCm?: number;
  /** True when the feed wrote the foot length in millimetres ("250"). */
  readonly millimetres?: true;
}

/** A foot length in cm as the EU size it fits, with the length kept; undefined beyond a shoe's foot lengths. */
function fromCentimetres(cm: number): ShoeSizeReading | undefined {
  const sizeEu = euOfCentimetres(cm);
  return cm >= CM_RANGE.min && cm <= CM_RANGE.max && sizeEu >= EU_RANGE.min && sizeEu <= EU_RANGE.max ? { sizeEu, sizeCm: cm } : undefined;
}

/**
 * A shoe's `size` as the European size the butler asks for (size_eu), when it can be nothing else: a whole or half
 * number from 18 to 52 ("43", "42,5", "EU 43") — beyond any US or UK size — whose size_system, if stated, is EU; a
 * foot length in cm (size_system JP, "26.5 cm", or the feed's `scale` is cm) or in mm ("250", "250mm", size_system KR)
 * converted to EU, with the length kept in cm. Undefined otherwise (a "10" may be a US size: it stays `size` only).
 * It reads the size as the feed wrote it, so reading a row again gives the same size, never a size converted twice.
 */
export function shoeSizeOf(fields: ShoeSizeFields, scale: ShoeSizeScale): ShoeSizeReading | undefined {
  if (fields.size === undefined) return undefined;
  const system = systemScale(fields.size_system);
  if (system === 'other') return undefined;
  const size = writtenSize(fields.size);
  if (size === undefined) return undefined;
  const mm = system === 'eu' ? undefined : millimetresOf(size);
  if (mm !== undefined) {
    const read = fromCentimetres(mm / 10);
    return read === undefined ? undefined : { ...read, millimetres: true };
  }
  if (size.unit === 'mm' || size.value > EU_RANGE.max) return undefined;
  const read = size.unit ?? system ?? scale;
  if (read === 'cm') return fromCentimetres(size.value);
  return Number.isInteger(size.value * 2) && size.value >= EU_RANGE.min && size.value <= EU_RANGE.max ? { sizeEu: size.value } : undefined;
}

/** The import report's note on a file whose shoe sizes are read as cm: the range it wrote and how one is served. */
export function mondopointNote(sizes: readonly string[]): string {
  const values = sizes.map((s) => writtenSize(s)?.value).filter((v): v is number => v !== undefined);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const example = values.find((v) => euOfCentimetres(v) >= EU_RANGE.min) ?? high;
  const cm = (v: number) => v.toFixed(1);
  return `the file states no size system and its shoe sizes run ${cm(low)}–${cm(high)}, written as foot lengths are: read as centimetres (Mondopoint, as Japanese shops size shoes), not EU sizes, and served as the EU size each fits (${cm(example)} cm → EU ${euOfCentimetres(example)}), with size_cm kept`;
}

/** The import report's note on a file whose shoe sizes are written in millimetres ("250"): the range and how one is served. */
export function millimetreNote(sizes: readonly string[]): string {
  const values = sizes.map((s) => writtenSize(s)?.value).filter((v): v is number => v !== undefined);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return `shoe sizes written ${low}–${high} are foot lengths in millimetres (as Korean shops size shoes), not EU sizes: served as the EU size each fits (${low} mm → EU ${euOfCentimetres(low / 10)}), with size_cm kept`;
}
