import type { CatalogEntry } from '../../definition.ts';
import { RecentCache, productAttribute, type NeedBrief } from '../../../protocol/index.ts';
import { formatValue } from './format.ts';

/** Per brief, the attributes a pitch states: worked out once, not once per offer made for it. */
const askedByBrief = new RecentCache<NeedBrief, readonly string[]>(16);

/** The first five attributes the buyer constrained or ranked on (price, maker and category aside), once each. */
function askedAttributes(brief: NeedBrief): readonly string[] {
  let asked = askedByBrief.get(brief);
  if (asked === undefined) {
    asked = [...new Set([...brief.hardConstraints.map((c) => c.attribute), ...brief.softPreferences.map((p) => p.attribute)])]
      .filter((a) => a !== 'price' && a !== 'maker' && a !== 'category')
      .slice(0, 5);
    askedByBrief.set(brief, asked);
  }
  return asked;
}

/** A calm, factual pitch: the product, the facts the buyer asked about, and the terms. */
export function honestPitch(entry: CatalogEntry, brief: NeedBrief): string {
  const facts: string[] = [];
  for (const a of askedAttributes(brief)) {
    const v = productAttribute(entry.product, a);
    if (v !== undefined) facts.push(`${a.replaceAll('_', ' ')}: ${formatValue(v)}`);
  }
  const { deliveryDays, returnDays, warrantyMonths } = entry.terms;
  const terms = `Delivered in ${deliveryDays} day${deliveryDays === 1 ? '' : 's'}, ${returnDays}-day returns${warrantyMonths > 0 ? `, ${warrantyMonths}-month warranty` : ''}.`;
  return [entry.product.title + '.', facts.length > 0 ? `${facts.join('; ')}.` : '', terms].filter(Boolean).join(' ');
}
