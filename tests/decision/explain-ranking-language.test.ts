import { describe, expect, it } from 'vitest';
import { describeFlags, describeValue, explainRanking, rankOffers } from '../../agent/decision/index.ts';
import { minutesAfterNow, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

// Issue 13 §4: the "Why?" of a ranking, its flags, the value line and "why nothing fits", in the need's language.

const NAMES = { trailco: 'Trailco', pushy: 'Pushy Sports', deals: 'Deal Hunters', wrong: 'Wrong Size Co' };
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function round() {
  const offers = [
    shoeOffer({ brandId: 'trailco', price: { amountMinor: 11_700, currency: 'EUR' } }),
    shoeOffer({ brandId: 'pushy', price: { amountMinor: 12_900, currency: 'EUR' }, validUntil: minutesAfterNow(10), pitch: 'Only 2 left!', quantity: 2 }),
    shoeOffer({ brandId: 'wrong', product: { gtin: '4006381333948', attributes: { size_eu: 41, waterproof: true, terrain: 'trail' } } }),
  ];
  return rankOffers(scoreRound(offers, { trust: { trailco: trustOf(0.8) } }), { need: trailNeed(), honestyFloor: 0.35 });
}

describe('explainRanking in French', () => {
  it('says why the winner wins and what the others were caught doing, in French with French money', () => {
    const explanation = explainRanking(round(), { brandNames: NAMES, language: 'fr', budget: trailNeed().budget });
    const summary = plain(explanation.summary);
    expect(summary.startsWith('« Trailco » : respecte vos 4 critères, 12 € de moins que chez « Pushy Sports » ; ')).toBe(true);
    expect(summary).toContain('« Pushy Sports » signalé pour un faux délai de 10 minutes, rareté annoncée et une vente forcée');
    expect(summary).toContain('« Wrong Size Co » exclu : pointure (EU) ne correspond pas à votre demande');
    const pushy = explanation.offers.find((o) => o.brandId === 'pushy')!;
    expect(plain(pushy.text)).toMatch(/^« Pushy Sports » : 2 articles pour 129 € au total \(vous en avez demandé 1\), respecte vos 4 critères, 12 € de plus que chez « Trailco », gain attendu \d+,\d\d € \(vaut environ \d+ € pour vous, \d+ % de chances d’être conforme\) ; signalé pour .* \(cité : « Only 2 left! »\)$/);
    const wrong = explanation.offers.find((o) => o.brandId === 'wrong')!;
    expect(wrong.text).toContain('(pointure (EU) de l’offre : 41)');
    // Not a word of the English explanation is left.
    expect(summary).not.toMatch(/\b(fits|cheaper|flagged|excluded|needs)\b/);
  });

  it('writes flags and the value line in French', () => {
    const ranking = round();
    const pushy = ranking.ranked.find((r) => r.brandId === 'pushy')!;
    expect(describeFlags(pushy.scores, [], 'fr').map((f) => f.phrase)).toContain('un faux délai de 10 minutes');
    expect(plain(describeValue(ranking.ranked[0]!.breakdown, 'fr'))).toMatch(/^gain attendu \d+,\d\d € = \d+ % de chances d’être conforme × valeur \d+,\d\d € \(\d+ % de correspondance à vos préférences, rapportée à votre budget\) − prix 117,00 € − /);
  });

  it('says in French why nothing fits: what each rule filtered out and the cheapest offer over the budget', () => {
    const need = trailNeed({ budget: { amountMinor: 2_000, currency: 'EUR' } });
    const offers = [
      shoeOffer({ brandId: 'trailco', price: { amountMinor: 5_595, currency: 'EUR' } }),
      shoeOffer({ brandId: 'pushy', price: { amountMinor: 7_900, currency: 'EUR' } }),
      shoeOffer({ brandId: 'wrong', price: { amountMinor: 1_500, currency: 'EUR' }, product: { gtin: '4006381333948', attributes: { size_eu: 41, waterproof: true, terrain: 'trail' } } }),
    ];
    const ranking = rankOffers(scoreRound(offers, { need }), { need, honestyFloor: 0.35 });
    const summary = plain(explainRanking(ranking, { brandNames: NAMES, language: 'fr', budget: need.budget }).summary);
    expect(summary).toMatch(/^Aucune offre ne peut être recommandée \(3 offres\) : dépasse le budget \(2\) et ne respecte pas une exigence \(1\) ; /);
    expect(summary).toContain('la moins chère qui convient pour tout le reste coûte 55,95 € chez « Trailco » (coûte 55,95 €, soit 35,95 € au-dessus du budget)');
    expect(plain(explainRanking(rankOffers([], { need, honestyFloor: 0.35 }), { language: 'fr' }).summary)).toBe('Aucune offre ne peut être recommandée');
  });

  it('keeps English when no language is given', () => {
    expect(explainRanking(round(), { brandNames: NAMES }).summary.startsWith('“Trailco”: fits all 4 needs, 12 EUR cheaper than “Pushy Sports”; ')).toBe(true);
  });
});
