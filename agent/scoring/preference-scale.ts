import type { AttributeValue, SoftPreference } from '../../protocol/index.ts';

/** One value a party of the market offers for a preference's attribute. */
export interface PartyValue {
  /** The party behind the offer (`marketParties`): linked identities are one party. */
  readonly party: string;
  readonly value: AttributeValue;
}

/**
 * The numbers a preference without a target is read on (`preferenceSatisfaction`'s `observed`), robust to any one
 * party. Each party has one say, its most favourable value (what it offers at best), so its other offers, however
 * many, cannot stretch the scale. Among three parties or more, the most and the least favourable party's values are
 * set aside: no single party's value is an end of the scale the others' offers are read on, and a party that claims an
 * extreme value (a buyable "1 g" shoe, a 10,000 h battery) moves an end only as far as the next party's value, instead
 * of flattening every other offer's match to about 0 so that the person's preference counts for nothing but its own
 * offer (or an accomplice's). The price is that the best party's lead over the second on this preference is not
 * rewarded. Two parties are read on both their values: neither can be told to be the extreme one, and setting one
 * aside would make the preference choose nothing between them (a 600 g shoe would tie with a 315 g one for a person
 * who asked for light shoes). An offer beyond an end is read against its own value (it scores as the end does).
 */
export function preferenceScale(values: Iterable<PartyValue>, direction: Extract<SoftPreference['direction'], 'higher' | 'lower'>): number[] {
  const better = (a: number, b: number) => (direction === 'higher' ? a > b : a < b);
  const best = new Map<string, number>();
  for (const { party, value } of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const seen = best.get(party);
    if (seen === undefined || better(value, seen)) best.set(party, value);
  }
  // Most favourable first.
  const ordered = [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  return ordered.length >= 3 ? ordered.slice(1, -1) : ordered;
}
