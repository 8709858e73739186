import type { AttributeValue, HardConstraint, Money, SoftPreference } from '../../protocol/index.ts';
import { CATEGORY_LABELS_FR, formatMoney, googleCategoryIdOf, isBuiltinCategory, loadGoogleTaxonomy } from '../../protocol/index.ts';
import { answerLanguage, attributeLabelIn, formatMoneyIn, joinWords, knownAttributeLabelIn, type Language } from '../language/index.ts';
import type { Need } from './need.ts';
import { SUMMARY_MESSAGES, type SummaryMessages } from './summary-messages.ts';

const UNIT_ATTRIBUTES = new Set(['battery_hours', 'weight_g', 'drop_mm', 'arabica_percent']);

/** How one summary is written: its language's phrases and the need's category. */
interface Writer {
  readonly language: Language;
  readonly m: SummaryMessages;
  readonly category: string;
  /** Whether names only brands declared are written (in words) or withheld (see `DescribeNeedOptions`). */
  readonly brandWords: 'in-words' | 'withheld';
}

/** How a summary names what Majordome's own vocabulary does not know. */
export interface DescribeNeedOptions {
  /**
   * An attribute or category only brands declared (its wire name is their choice of words): `in-words` (default) writes
   * it in words, for the person; `withheld` writes a neutral phrase, for text a model reads as Majordome's own facts.
   */
  readonly brandWords?: 'in-words' | 'withheld' | undefined;
}

function word(w: Writer, value: AttributeValue): string {
  const text = String(value);
  return Object.hasOwn(w.m.values, text) ? w.m.values[text]! : text;
}

function list(w: Writer, values: AttributeValue | AttributeValue[], conjunction: 'and' | 'or' = 'or'): string {
  return joinWords((Array.isArray(values) ? values : [values]).map((v) => word(w, v)), w.language, conjunction);
}

function money(w: Writer, amount: Money): string {
  // English keeps the butler's stable "150.00 EUR"; French reads "150 €".
  return w.language === 'en' ? formatMoney(amount) : formatMoneyIn(amount, w.language);
}

/** An attribute's name in the summary: Majordome's label (French) or the wire name in words; never a brand's label. */
function attributeName(w: Writer, attribute: string): string {
  if (w.brandWords === 'withheld') return knownAttributeLabelIn(attribute, w.language) ?? w.m.declaredAttribute;
  return attributeLabelIn(attribute, w.language);
}

function feature(w: Writer, attribute: string): readonly [string, string] | undefined {
  return Object.hasOwn(w.m.features, attribute) ? w.m.features[attribute as keyof SummaryMessages['features']] : undefined;
}

function unitAmount(w: Writer, attribute: string, n: number): string {
  if (attribute === 'battery_hours') return w.m.batteryHours(n);
  if (attribute === 'weight_g') return w.m.grams(n);
  if (attribute === 'drop_mm') return w.m.drop(n);
  return w.m.arabicaPercent(n);
}

function describeConstraint(w: Writer, c: HardConstraint): string {
  const { m } = w;
  const v = c.value;
  const first = Array.isArray(v) ? v[0] : v;
  const named = feature(w, c.attribute);
  if (named && typeof first === 'boolean' && c.op === 'eq') return first ? named[0] : named[1];
  switch (c.attribute) {
    case 'size_eu':
      return c.op === 'eq' || c.op === 'in' ? m.euSize(list(w, v)) : m.sizeCompared(c.op, list(w, v));
    case 'maker':
      return c.op === 'not-in' || c.op === 'neq' ? m.not(list(w, v)) : m.only(list(w, v));
    case 'use':
      if (c.op === 'in' && Array.isArray(v)) return m.forUse(list(w, v.filter((x) => x !== 'both')));
      break;
    case 'water_resistance':
      if (c.op === 'in' && Array.isArray(v) && v.length > 1) return m.orBetter(word(w, v[0]!));
      break;
    case 'gender':
      if (c.op === 'in' && Array.isArray(v)) return m.cut(word(w, v.find((x) => x !== 'unisex') ?? 'unisex'));
      break;
    case 'width':
      if (c.op === 'eq') return m.widthFit(word(w, v as AttributeValue));
      break;
    case 'roast':
      if (c.op === 'eq') return m.roast(word(w, v as AttributeValue));
      break;
    case 'origin':
      if (c.op === 'eq') return v === 'blend' ? m.blend : m.from(String(v));
      if (c.op === 'neq' && v === 'blend') return m.singleOrigin;
      break;
  }
  if (UNIT_ATTRIBUTES.has(c.attribute) && typeof first === 'number') {
    const amount = unitAmount(w, c.attribute, first);
    if (c.op === 'gte') return c.attribute === 'arabica_percent' && first === 100 ? amount : m.atLeast(amount);
    if (c.op === 'lte') return m.atMost(amount);
    if (c.op === 'eq') return amount;
  }
  const name = attributeName(w, c.attribute);
  switch (c.op) {
    case 'eq':
      if (typeof v === 'boolean') return v ? name : m.not(name);
      return typeof v === 'string' ? word(w, v) : m.namedValue(name, String(v));
    case 'neq':
      return m.not(list(w, v));
    case 'in':
      // "red / rouge": the spellings of one value read as that value.
      return c.attribute === 'color' || c.attribute === 'material' ? m.namedValue(name, String(Array.isArray(v) ? v[0] : v)) : m.nameIn(name, list(w, v));
    case 'not-in':
      return m.nameNotIn(name, list(w, v));
    case 'lte':
      return m.nameAtMost(name, String(v));
    case 'gte':
      return m.nameAtLeast(name, String(v));
  }
}

function describePreference(w: Writer, p: SoftPreference, need: Need): string {
  const { m } = w;
  const v = p.value;
  switch (p.attribute) {
    case 'price':
      return typeof v === 'number' ? m.under(money(w, { amountMinor: v, currency: need.currency })) : m.cheap;
    case 'delivery_days':
      return p.direction === 'lower' ? m.fastDelivery : m.slowDeliveryFine;
    case 'warranty_months':
      return m.longWarranty;
    case 'return_days':
      return m.easyReturns;
    case 'weight_g':
      if (p.direction === 'equals' && typeof v === 'number') return m.packs(v >= 1000 && v % 1000 === 0 ? `${v / 1000} kg` : `${v} g`);
      if (typeof v === 'number') return p.direction === 'lower' ? m.underWeight(v) : m.overWeight(v);
      return p.direction === 'lower' ? m.light : m.heavy;
    case 'battery_hours':
      return typeof v === 'number' ? m.atLeastBattery(v) : m.longBattery;
    case 'cushioning':
      return m.cushioning(word(w, v as AttributeValue));
    case 'roast':
      return m.roast(word(w, v as AttributeValue));
    case 'arabica_percent':
      return p.direction === 'higher' ? m.arabica : m.robusta;
    case 'drop_mm':
      return typeof v === 'number' ? m.drop(v) : m.lowDrop;
    case 'water_resistance':
      return m.waterResistanceOrBetter(v === undefined ? undefined : word(w, v));
  }
  const named = feature(w, p.attribute);
  if (named && typeof v === 'boolean') return v ? named[0] : named[1];
  const name = attributeName(w, p.attribute);
  if (p.direction === 'equals' && v !== undefined) return typeof v === 'boolean' ? (v ? name : m.not(name)) : typeof v === 'number' ? m.namedValue(name, String(v)) : word(w, v);
  const wish = p.direction === 'equals' ? `${p.direction} ${name}` : m.direction(p.direction, name);
  return v === undefined ? wish : `${wish} ${word(w, v)}`;
}

function describeDeadline(w: Writer, iso: string): string {
  const at = new Date(iso);
  const ms = at.getTime() % 86_400_000;
  if (ms === 86_399_999) return w.m.byDay(w.m.day(at));
  if (ms === 0) return w.m.beforeDay(w.m.day(at));
  return w.m.byInstant(iso.slice(0, 16).replace('T', ' '));
}

/** The category's name in the summary: the built-in label, else the Google taxonomy label (French when we have one). */
function categoryLabel(w: Writer): string {
  const id = w.category;
  if (isBuiltinCategory(id)) return w.m.builtinLabels[id];
  const googleId = googleCategoryIdOf(id) ?? id;
  if (w.language === 'fr' && CATEGORY_LABELS_FR[googleId]) return CATEGORY_LABELS_FR[googleId]!.label;
  return loadGoogleTaxonomy().get(id)?.label ?? (w.brandWords === 'withheld' ? w.m.declaredCategory : id);
}

/**
 * A one-line, plain-language summary of a need in its language (`need.language`, English when absent), e.g. "Trail
 * running shoes, EU 43, waterproof, under 150.00 EUR" or "Aspirateurs, sans fil, niveau sonore au plus 60". Attributes
 * are named in Majordome's words (`attributeLabelIn`), never by a label a brand declared.
 */
export function describeNeed(need: Need, options: DescribeNeedOptions = {}): string {
  const language = answerLanguage(need.language);
  const w: Writer = { language, m: SUMMARY_MESSAGES[language], category: need.category, brandWords: options.brandWords ?? 'in-words' };
  const label = categoryLabel(w);
  let head = label;
  const rest: HardConstraint[] = [];
  for (const c of need.hardConstraints) {
    const qualified = c.op === 'eq' && typeof c.value === 'string' ? w.m.headQualifiers[c.attribute]?.[c.value] : undefined;
    if (qualified !== undefined && head === label) head = qualified;
    else rest.push(c);
  }
  const sizes = rest.filter((c) => c.attribute === 'size_eu');
  const others = rest.filter((c) => c.attribute !== 'size_eu');
  const parts = [need.quantity > 1 ? `${need.quantity} × ${head}` : head, ...sizes.map((c) => describeConstraint(w, c)), ...others.map((c) => describeConstraint(w, c))];
  if (need.budget) parts.push(w.m.under(money(w, need.budget)));
  if (need.deadline) parts.push(describeDeadline(w, need.deadline));
  if (need.softPreferences.length > 0) {
    // Strongest wishes first; they come last so "ideally" reads over the whole tail.
    const sorted = [...need.softPreferences].sort((a, b) => b.weight - a.weight);
    const makers = sorted.filter((p) => p.attribute === 'maker' && p.direction === 'equals' && p.value !== undefined);
    // Several preferred makers are alternatives: "ideally Hoka or Brooks".
    const makerWish = makers.length > 0 ? [list(w, makers.map((p) => p.value!))] : [];
    const wishes = [...new Set([...sorted.filter((p) => !makers.includes(p)).map((p) => describePreference(w, p, need)), ...makerWish])];
    parts.push(w.m.ideally(joinWords(wishes, language, 'and')));
  }
  return parts.join(', ');
}
