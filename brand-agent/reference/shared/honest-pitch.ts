import type { CatalogEntry } from '../../definition.ts';
import { productAttribute, type NeedBrief } from '../../../protocol/index.ts';
import { formatValue } from './format.ts';

/** A calm, factual pitch: the product, the facts the buyer asked about, and the terms. */
export function honestPitch(entry: CatalogEntry, brief: NeedBrief): string {
  const asked = [...new Set([...brief.hardConstraints.map((c) => c.attribute), ...brief.softPreferences.map((p) => p.attribute)])]
    .filter((a) => a !== 'price' && a !== 'maker' && a !== 'category')
    .slice(0, 5);
  const facts = asked
    .map((a) => [a, productAttribute(entry.product, a)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([a, v]) => `${a.replaceAll('_', ' ')}: ${formatValue(v)}`);
  const { deliveryDays, returnDays, warrantyMonths } = entry.terms;
  const terms = `Delivered in ${deliveryDays} day${deliveryDays === 1 ? '' : 's'}, ${returnDays}-day returns${warrantyMonths > 0 ? `, ${warrantyMonths}-month warranty` : ''}.`;
  return [entry.product.title + '.', facts.length > 0 ? `${facts.join('; ')}.` : '', terms].filter(Boolean).join(' ');
}
