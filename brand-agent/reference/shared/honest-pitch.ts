import type { CatalogEntry } from '../../definition.ts';
import { RecentCache, productAttribute, type NeedBrief } from '../../../protocol/index.ts';
import { formatValue } from './format.ts';

/** The attributes a pitch states, and the same list as one text (the key of the pitches written for it). */
interface Asked {
  readonly attributes: readonly string[];
  readonly key: string;
}

/** Per brief, the attributes a pitch states: worked out once, not once per offer made for it. */
const askedByBrief = new RecentCache<NeedBrief, Asked>(16);

/** Pitches an entry holds at most, per list of asked attributes (past it they are written again from scratch). */
const PITCHES_PER_ENTRY = 64;

/**
 * Per catalog entry, its pitch per list of asked attributes: a pitch is a function of the entry and that list only,
 * and every brief of a category asks each brand's same few entries about the same few attributes again and again.
 * A listing is a read-only snapshot (like the catalog indexes), so an entry's pitch never goes stale.
 */
const pitchesByEntry = new WeakMap<CatalogEntry, Map<string, string>>();

/** The first five attributes the buyer constrained or ranked on (price, maker and category aside), once each. */
function askedAttributes(brief: NeedBrief): Asked {
  let asked = askedByBrief.get(brief);
  if (asked === undefined) {
    const attributes = [...new Set([...brief.hardConstraints.map((c) => c.attribute), ...brief.softPreferences.map((p) => p.attribute)])]
      .filter((a) => a !== 'price' && a !== 'maker' && a !== 'category')
      .slice(0, 5);
    asked = { attributes, key: attributes.join('\u0000') };
    askedByBrief.set(brief, asked);
  }
  return asked;
}

/** A calm, factual pitch: the product, the facts the buyer asked about, and the terms. */
export function honestPitch(entry: CatalogEntry, brief: NeedBrief): string {
  const asked = askedAttributes(brief);
  let pitches = pitchesByEntry.get(entry);
  let pitch = pitches?.get(asked.key);
  if (pitch !== undefined) return pitch;
  pitch = writePitch(entry, asked.attributes);
  if (pitches === undefined) pitchesByEntry.set(entry, (pitches = new Map()));
  else if (pitches.size >= PITCHES_PER_ENTRY) pitches.clear();
  pitches.set(asked.key, pitch);
  return pitch;
}

function writePitch(entry: CatalogEntry, asked: readonly string[]): string {
  const facts: string[] = [];
  for (const a of asked) {
    const v = productAttribute(entry.product, a);
    if (v !== undefined) facts.push(`${a.replaceAll('_', ' ')}: ${formatValue(v)}`);
  }
  const { deliveryDays, returnDays, warrantyMonths } = entry.terms;
  const terms = `Delivered in ${deliveryDays} day${deliveryDays === 1 ? '' : 's'}, ${returnDays}-day returns${warrantyMonths > 0 ? `, ${warrantyMonths}-month warranty` : ''}.`;
  return [entry.product.title + '.', facts.length > 0 ? `${facts.join('; ')}.` : '', terms].filter(Boolean).join(' ');
}
