import type { AttributeValue, HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { TAXONOMY, formatMoney, isBuiltinCategory, loadGoogleTaxonomy } from '../../protocol/index.ts';
import { formatUtcDay } from './extract-deadline.ts';
import type { Need } from './need.ts';

const FEATURE_NAMES: Readonly<Record<string, readonly [yes: string, no: string]>> = {
  waterproof: ['waterproof', 'not waterproof'],
  vegan: ['vegan', 'not vegan'],
  recycled_materials: ['recycled materials', 'no recycled materials'],
  noise_cancelling: ['noise cancelling', 'no noise cancelling'],
  wireless: ['wireless', 'wired'],
  multipoint: ['multipoint', 'no multipoint'],
  codec_ldac: ['LDAC', 'no LDAC'],
  organic: ['organic', 'not organic'],
  fair_trade: ['fair trade', 'not fair trade'],
  decaf: ['decaf', 'not decaf'],
};
const UNITS: Readonly<Record<string, string>> = { battery_hours: ' h battery', weight_g: ' g', drop_mm: ' mm drop', arabica_percent: '% arabica' };
const HEAD_QUALIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  terrain: { trail: 'Trail running shoes', road: 'Road running shoes', track: 'Track running shoes' },
  form: { 'over-ear': 'Over-ear headphones', 'on-ear': 'On-ear headphones', 'in-ear': 'In-ear headphones', beans: 'Coffee beans', ground: 'Ground coffee', capsules: 'Coffee capsules' },
};

function list(values: AttributeValue | AttributeValue[], joiner = 'or'): string {
  const items = (Array.isArray(values) ? values : [values]).map(String);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

function describeConstraint(c: HardConstraint): string {
  const v = c.value;
  const first = Array.isArray(v) ? v[0] : v;
  const feature = FEATURE_NAMES[c.attribute];
  if (feature && typeof first === 'boolean' && c.op === 'eq') return first ? feature[0] : feature[1];
  switch (c.attribute) {
    case 'size_eu':
      return c.op === 'eq' || c.op === 'in' ? `EU ${list(v)}` : `size ${c.op} ${list(v)}`;
    case 'maker':
      return c.op === 'not-in' || c.op === 'neq' ? `not ${list(v)}` : `${list(v)} only`;
    case 'use':
      if (c.op === 'in' && Array.isArray(v)) return `for ${v.filter((x) => x !== 'both').join(' or ')}`;
      break;
    case 'water_resistance':
      if (c.op === 'in' && Array.isArray(v) && v.length > 1) return `${v[0]} or better`;
      break;
    case 'gender':
      if (c.op === 'in' && Array.isArray(v)) return `${v.find((x) => x !== 'unisex') ?? 'unisex'}'s`;
      break;
    case 'width':
      if (c.op === 'eq') return `${String(v)} fit`;
      break;
    case 'roast':
      if (c.op === 'eq') return `${String(v)} roast`;
      break;
    case 'origin':
      if (c.op === 'eq') return v === 'blend' ? 'blend' : `from ${String(v)}`;
      if (c.op === 'neq' && v === 'blend') return 'single origin';
      break;
  }
  const unit = UNITS[c.attribute];
  if (unit !== undefined && typeof first === 'number') {
    const amount = c.attribute === 'arabica_percent' ? `${first}${unit}` : `${first}${unit}`;
    if (c.op === 'gte') return c.attribute === 'arabica_percent' && first === 100 ? amount : `at least ${amount}`;
    if (c.op === 'lte') return `at most ${amount}`;
    if (c.op === 'eq') return amount;
  }
  const name = c.attribute.replace(/_/g, ' ');
  switch (c.op) {
    case 'eq':
      if (typeof v === 'boolean') return v ? name : `not ${name}`;
      return typeof v === 'string' ? v : `${name} ${String(v)}`;
    case 'neq':
      return `not ${list(v)}`;
    case 'in':
      // "red / rouge": the spellings of one value read as that value.
      return c.attribute === 'color' || c.attribute === 'material' ? `${name} ${String(Array.isArray(v) ? v[0] : v)}` : `${name}: ${list(v)}`;
    case 'not-in':
      return `${name} not ${list(v)}`;
    case 'lte':
      return `${name} at most ${String(v)}`;
    case 'gte':
      return `${name} at least ${String(v)}`;
  }
}

function describePreference(p: SoftPreference, need: Need): string {
  const v = p.value;
  switch (p.attribute) {
    case 'price':
      return typeof v === 'number' ? `under ${formatMoney({ amountMinor: v, currency: need.currency })}` : 'cheap';
    case 'delivery_days':
      return p.direction === 'lower' ? 'fast delivery' : 'slow delivery is fine';
    case 'warranty_months':
      return 'long warranty';
    case 'return_days':
      return 'easy returns';
    case 'weight_g':
      if (p.direction === 'equals' && typeof v === 'number') return v >= 1000 && v % 1000 === 0 ? `${v / 1000} kg packs` : `${v} g packs`;
      if (typeof v === 'number') return `${p.direction === 'lower' ? 'under' : 'over'} ${v} g`;
      return p.direction === 'lower' ? 'light' : 'heavy';
    case 'battery_hours':
      return typeof v === 'number' ? `at least ${v} h battery` : 'long battery life';
    case 'cushioning':
      return `${String(v)} cushioning`;
    case 'roast':
      return `${String(v)} roast`;
    case 'arabica_percent':
      return p.direction === 'higher' ? 'arabica' : 'robusta';
    case 'drop_mm':
      return typeof v === 'number' ? `${v} mm drop` : 'low drop';
    case 'water_resistance':
      return `${String(v ?? 'some')} water resistance or better`;
  }
  const feature = FEATURE_NAMES[p.attribute];
  if (feature && typeof v === 'boolean') return v ? feature[0] : feature[1];
  if (p.direction === 'equals' && v !== undefined) return typeof v === 'boolean' ? `${v ? '' : 'not '}${p.attribute.replace(/_/g, ' ')}` : typeof v === 'number' ? `${p.attribute.replace(/_/g, ' ')} ${v}` : String(v);
  return `${p.direction} ${p.attribute.replace(/_/g, ' ')}${v === undefined ? '' : ` ${String(v)}`}`;
}

function describeDeadline(iso: string): string {
  const at = new Date(iso);
  const ms = at.getTime() % 86_400_000;
  if (ms === 86_399_999) return `by ${formatUtcDay(at)}`;
  if (ms === 0) return `before ${formatUtcDay(at)}`;
  return `by ${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** A one-line, plain-language summary of a need, e.g. "Trail running shoes, EU 43, waterproof, under 150.00 EUR". */
export function describeNeed(need: Need): string {
  const label = isBuiltinCategory(need.category) ? TAXONOMY[need.category].label : (loadGoogleTaxonomy().get(need.category)?.label ?? need.category);
  let head = label;
  const rest: HardConstraint[] = [];
  for (const c of need.hardConstraints) {
    const qualified = c.op === 'eq' && typeof c.value === 'string' ? HEAD_QUALIFIERS[c.attribute]?.[c.value] : undefined;
    if (qualified !== undefined && head === label) head = qualified;
    else rest.push(c);
  }
  const sizes = rest.filter((c) => c.attribute === 'size_eu');
  const others = rest.filter((c) => c.attribute !== 'size_eu');
  const parts = [need.quantity > 1 ? `${need.quantity} × ${head}` : head, ...sizes.map(describeConstraint), ...others.map(describeConstraint)];
  if (need.budget) parts.push(`under ${formatMoney(need.budget)}`);
  if (need.deadline) parts.push(describeDeadline(need.deadline));
  if (need.softPreferences.length > 0) {
    // Strongest wishes first; they come last so "ideally" reads over the whole tail.
    const sorted = [...need.softPreferences].sort((a, b) => b.weight - a.weight);
    const makers = sorted.filter((p) => p.attribute === 'maker' && p.direction === 'equals' && p.value !== undefined);
    // Several preferred makers are alternatives: "ideally Hoka or Brooks".
    const makerWish = makers.length > 0 ? [list(makers.map((p) => p.value!))] : [];
    const wishes = [...new Set([...sorted.filter((p) => !makers.includes(p)).map((p) => describePreference(p, need)), ...makerWish])];
    parts.push(`ideally ${wishes.length === 1 ? wishes[0] : `${wishes.slice(0, -1).join(', ')} and ${wishes.at(-1)}`}`);
  }
  return parts.join(', ');
}
