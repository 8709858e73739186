import { describe, expect, it } from 'vitest';
import { applicableBudget, scoreFit } from '../../agent/scoring/index.ts';
import { explainRanking, rankOffers } from '../../agent/decision/index.ts';
import { buildBrief } from '../../agent/butler/build-brief.ts';
import { defaultProfile } from '../../agent/policy/profile.ts';
import { NeedSchema } from '../../agent/need/index.ts';
import { NOW, shoeOffer, trailNeed } from './scoring-fixtures.ts';
import { scoreRound } from '../decision/decision-fixtures.ts';

// "trail shoes max 150, 200 if they're Salomon": an either/or, never a loosened budget. A Salomon pair may cost up to
// 200; any other pair stays within 150. On main a need had no stretch: the condition was a hard rule for every offer.

const stretch = { amount: { amountMinor: 20_000, currency: 'EUR' }, condition: [{ attribute: 'maker', op: 'eq' as const, value: 'Salomon' }] };
const need = trailNeed({ budgetStretch: stretch });
const priced = (amountMinor: number, maker: string) => shoeOffer({ brandId: maker.toLowerCase(), price: { amountMinor, currency: 'EUR' }, product: { maker } });
const kinds = (amountMinor: number, maker: string) => scoreFit({ offer: priced(amountMinor, maker), need, now: NOW }).hardViolations.map((v) => v.kind);

describe('a higher ceiling said on a condition', () => {
  it('holds only for an offer meeting the condition', () => {
    expect(kinds(18_000, 'Salomon')).toEqual([]);
    expect(kinds(18_000, 'Ridgeline')).toEqual(['budget']);
    expect(kinds(14_000, 'Ridgeline')).toEqual([]);
  });

  it('is never exceeded, even by an offer meeting the condition', () => {
    expect(kinds(20_001, 'Salomon')).toEqual(['budget']);
    expect(applicableBudget(need, priced(25_000, 'Salomon'))).toEqual(stretch.amount);
    expect(applicableBudget(need, priced(25_000, 'Ridgeline'))).toEqual(need.budget);
  });

  it('is refused by the need schema without a budget below it', () => {
    const base = { ...need, text: 'x', category: 'running-shoes' };
    expect(NeedSchema.safeParse(base).success).toBe(true);
    expect(NeedSchema.safeParse({ ...base, budgetStretch: { ...stretch, amount: { amountMinor: 10_000, currency: 'EUR' } } }).success).toBe(false);
    const { budget: _b, ...noBudget } = base;
    expect(NeedSchema.safeParse(noBudget).success).toBe(false);
    expect(NeedSchema.safeParse({ ...base, budgetStretch: { ...stretch, condition: [] } }).success).toBe(false);
  });

  it('is told to no brand: the brief carries the budget it carried before, and no condition', () => {
    const full = NeedSchema.parse({ ...need, text: 'trail shoes size 43 max 150, 200 if Salomon', category: 'running-shoes' });
    const ids = { requestId: 'req-1', buyerId: 'b-1', now: new Date(NOW) };
    const shared = buildBrief(full, { ...defaultProfile(), disclosure: 'share-budget' }, ids);
    const withheld = buildBrief(full, { ...defaultProfile(), disclosure: 'minimal' }, ids);
    expect(shared.budgetCeiling).toEqual(need.budget);
    expect(withheld.budgetCeiling).toBeUndefined();
    for (const brief of [shared, withheld]) expect(JSON.stringify(brief)).not.toMatch(/Salomon|20000|budgetStretch/);
  });

  it('is named in the explanation when it is the ceiling that held for the chosen offer', () => {
    const offers = [priced(18_000, 'Salomon'), priced(16_000, 'Ridgeline')];
    const ranking = rankOffers(scoreRound(offers, { need }), { need, honestyFloor: 0.35 });
    expect(ranking.ranked.map((r) => r.brandId)).toEqual(['salomon']);
    const summary = explainRanking(ranking, { language: 'en', budget: need.budget, budgetStretch: stretch }).summary;
    expect(summary).toContain('within the 200 EUR you allowed when maker = “Salomon”');
    expect(summary).toContain('Salomon');
    const dear = rankOffers(scoreRound([priced(21_000, 'Salomon'), priced(16_000, 'Ridgeline')], { need }), { need, honestyFloor: 0.35 });
    const details = explainRanking(dear, { language: 'en', budget: need.budget, budgetStretch: stretch }).offers.map((o) => (o.details ?? []).join(' '));
    expect(details.sort()).toEqual(['costs 160.00 EUR, over the budget by 10.00 EUR', 'costs 210.00 EUR, over the budget by 10.00 EUR']);
    const cheap = rankOffers(scoreRound([priced(14_000, 'Ridgeline')], { need }), { need, honestyFloor: 0.35 });
    expect(explainRanking(cheap, { language: 'en', budget: need.budget, budgetStretch: stretch }).summary).toContain('within your 150 EUR budget (the higher figure was only for maker = “Salomon”)');
  });
});
