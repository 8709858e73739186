import { describe, expect, it } from 'vitest';
import { explainRanking, rankOffers } from '../../agent/decision/index.ts';
import type { PolicyVerdict } from '../../agent/policy/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

// Seen in `majordome ask "light tent for 2, less than 2 kg"`: the summary said "“Cyclo Discount” excluded: against your
// rules" while Cyclo Discount's other offer was ranked first, and never said which rule (its 586 EUR tent was over the
// 500 EUR per-order cap).
const NAMES = { trailco: 'Trailco', stride: 'Stride Lab', vegan: 'Leather Co' };
const overCap: PolicyVerdict = { allowed: false, violations: [{ rule: 'per-order-cap', message: '190.00 EUR is above your per-order cap of 150.00 EUR' }] };
const notVegan: PolicyVerdict = { allowed: false, violations: [{ rule: 'value', message: 'does not meet your value "vegan"', value: 'vegan' }] };

function round() {
  const offers = [
    shoeOffer({ brandId: 'trailco', offerId: 'trailco-cheap', price: { amountMinor: 11_700, currency: 'EUR' } }),
    shoeOffer({ brandId: 'trailco', offerId: 'trailco-dear', price: { amountMinor: 13_900, currency: 'EUR' } }),
    shoeOffer({ brandId: 'stride', offerId: 'stride-dear', price: { amountMinor: 13_500, currency: 'EUR' } }),
    shoeOffer({ brandId: 'vegan', offerId: 'vegan-1', price: { amountMinor: 12_000, currency: 'EUR' } }),
  ];
  const verdicts: Record<string, PolicyVerdict> = { 'trailco-dear': overCap, 'stride-dear': overCap, 'vegan-1': notVegan };
  const candidates = scoreRound(offers).map((c) => ({ ...c, policy: verdicts[c.offer.offerId] }));
  return rankOffers(candidates, { need: trailNeed(), honestyFloor: 0.35 });
}

describe('the summary names the rule an offer breaks, and never calls a listed brand excluded', () => {
  it('in English', () => {
    const explanation = explainRanking(round(), { brandNames: NAMES });
    expect(explanation.offers.find((o) => o.offerId === 'trailco-cheap')!.status).toBe('recommended');
    expect(explanation.summary).not.toContain('“Trailco” excluded');
    expect(explanation.summary).not.toContain('against your rules');
    expect(explanation.summary).toContain('“Stride Lab” excluded: over your per-order cap');
    expect(explanation.summary).toContain('“Leather Co” excluded: against your value “vegan”');
    const dear = explanation.offers.find((o) => o.offerId === 'trailco-dear')!;
    expect(dear.status).toBe('excluded');
    expect(dear.flags.map((f) => f.phrase)).toEqual(['over your per-order cap']);
  });

  it('in French', () => {
    const explanation = explainRanking(round(), { brandNames: NAMES, language: 'fr' });
    expect(explanation.summary).not.toContain('« Trailco » exclu');
    expect(explanation.summary).not.toContain('contraire à vos règles');
    expect(explanation.summary).toContain('« Stride Lab » exclu : au-dessus de votre plafond par commande');
    expect(explanation.offers.find((o) => o.offerId === 'trailco-dear')!.details).toEqual(['au-dessus de votre plafond par commande']);
  });
});
