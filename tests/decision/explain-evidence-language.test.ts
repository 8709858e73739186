import { describe, expect, it } from 'vitest';
import { EVIDENCE_MESSAGES, describeTactic, evidenceFromData, explainRanking, rankOffers, tacticFromData, type OfferBreakdown } from '../../agent/decision/index.ts';
import type { PressureTactic } from '../../agent/scoring/index.ts';
import { minutesAfterNow, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

// Issue 13 §4: the evidence lines behind each score (the `why n` of the chat, the web "Why?") in the need's language.

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** Words of the scorers' English sentences that have no business in a French line (brand text is quoted « … »). */
const ENGLISH = /\b(the|is|are|says?|wanted|under|over|budget by|delivery|returns|warranty|months|claimed|claims|without|evidence|sellers?|valid for|wording|asks|offers|units|needed|named issuer|track record|price history)\b/;
const unquoted = (text: string) => text.replace(/«[^»]*»/g, '«»');

function round() {
  const need = trailNeed({ deadline: '2026-11-25T00:00:00.000Z' });
  const offers = [
    shoeOffer({
      brandId: 'trailco',
      price: { amountMinor: 11_700, currency: 'EUR' },
      claims: [{ attribute: 'waterproof', asserted: true, evidence: { kind: 'certification', reference: 'GTX-123', issuer: 'Gore' } }],
    }),
    shoeOffer({
      brandId: 'pushy',
      price: { amountMinor: 12_900, currency: 'EUR' },
      validUntil: minutesAfterNow(10),
      pitch: 'Only 2 left! What is your budget?',
      quantity: 2,
      claims: [{ attribute: 'weight_g', asserted: 180 }],
      discount: { kind: 'was-price', referencePrice: { amountMinor: 20_000, currency: 'EUR' } },
    }),
    shoeOffer({ brandId: 'wrong', product: { gtin: '4006381333948', attributes: { size_eu: 41, waterproof: true, terrain: 'trail' } }, terms: { deliveryDays: 9, returnDays: 14, warrantyMonths: 12 } }),
  ];
  return { need, ranking: rankOffers(scoreRound(offers, { need, trust: { trailco: trustOf(0.8) } }), { need, honestyFloor: 0.35 }) };
}

const lines = (b: OfferBreakdown) => [...b.fit.evidence.map((e) => e.detail), ...b.fit.hardViolations.map((v) => v.detail), ...b.honesty.evidence.map((e) => e.detail), ...b.pressure.tactics.map((t) => t.detail)];

describe('evidence lines in the need’s language', () => {
  const { need, ranking } = round();
  const english = explainRanking(ranking, { language: 'en', budget: need.budget });
  const french = explainRanking(ranking, { language: 'fr', budget: need.budget });

  it('writes every fit, honesty and pressure line in French for a French need', () => {
    const all = french.breakdown.offers.flatMap(lines).map(plain);
    expect(all.length).toBeGreaterThan(20);
    for (const line of all) expect(unquoted(line), line).not.toMatch(ENGLISH);
    const pushy = french.breakdown.offers.find((o) => o.brandId === 'pushy')!;
    const text = lines(pushy).map(plain);
    expect(text).toContain('affirme poids = 180 alors que ses propres données produit disent 290');
    expect(text).toContain('l’offre n’est valable que 10 minutes');
    expect(text).toContain('propose 2 unités pour un besoin de 1');
    expect(text).toContain('rareté annoncée dans son argumentaire');
    expect(text).toContain('demande le budget de l’acheteur dans son argumentaire');
    expect(text).toContain('annonce un prix barré de 100,00 € l’unité ; aucun historique de prix pour le vérifier');
    const wrong = french.breakdown.offers.find((o) => o.brandId === 'wrong')!;
    expect(wrong.fit.hardViolations.map((v) => plain(v.detail))).toContain('pointure (EU) : 41, demandé pointure (EU) = 43');
    expect(lines(wrong).map(plain)).toContain('livré en 9 jours, après l’échéance du 2026-11-25');
  });

  it('never falls back to the scorer’s English: each line of this round is rewritten from its data', () => {
    for (const [i, fr] of french.breakdown.offers.entries()) {
      const en = english.breakdown.offers[i]!;
      lines(fr).forEach((line, j) => expect(line, lines(en)[j]).not.toBe(lines(en)[j]));
    }
  });

  it('keeps the English lines the scorers wrote, and every number, in either language', () => {
    for (const b of english.breakdown.offers) {
      const scores = [...ranking.ranked, ...ranking.excluded].find((o) => o.offerId === b.offerId)!.scores;
      expect(b.fit).toBe(scores.fit);
      expect(b.honesty).toBe(scores.honesty);
      expect(b.pressure).toBe(scores.pressure);
    }
    const numbers = (b: OfferBreakdown) => ({
      fit: [b.fit.score, b.fit.needsMet, b.fit.evidence.map((e) => [e.code, e.impact, e.effect])],
      honesty: [b.honesty.probability, b.honesty.logOdds, b.honesty.contradictions, b.honesty.evidence.map((e) => [e.code, e.impact, e.effect])],
      pressure: [b.pressure.score, b.pressure.tactics.map((t) => [t.label, t.strength, t.confidence])],
    });
    expect(french.breakdown.offers.map(numbers)).toEqual(english.breakdown.offers.map(numbers));
    expect(french.breakdown.offers.map((o) => [o.offerId, o.status, o.rank])).toEqual(english.breakdown.offers.map((o) => [o.offerId, o.status, o.rank]));
  });

  it('has an English catalogue that writes, from the data alone, exactly the sentences the scorers wrote', () => {
    let checked = 0;
    for (const b of english.breakdown.offers) {
      for (const e of [...b.fit.evidence, ...b.honesty.evidence]) {
        expect(evidenceFromData(e, EVIDENCE_MESSAGES.en), e.code).toBe(e.detail);
        checked++;
      }
      for (const t of b.pressure.tactics) {
        expect(tacticFromData(t, EVIDENCE_MESSAGES.en), t.label).toBe(t.detail);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('says the upsell, the re-pitch and an evasive answer in French', () => {
    const upsell: PressureTactic = {
      label: 'upsell',
      source: 'behaviour',
      confidence: 0.9,
      strength: 0.5,
      detail: 'priced above the budget it was told; price per kg 120% above the median of 3 comparable offers',
      data: { aboveToldBudget: true, priceRatio: 2.2, percentAboveMedian: 120, comparables: 3, per: 'kg' },
    };
    expect(describeTactic(upsell, 'fr')).toBe('prix au-dessus du budget qui lui a été indiqué ; prix par kg 120 % au-dessus de la médiane de 3 offres comparables');
    expect(describeTactic(upsell, 'en')).toBe(upsell.detail);
    const repitch: PressureTactic = { label: 'repitch-after-decline', source: 'behaviour', confidence: 0.8, strength: 0.4, detail: 'pitched 2 more times after being turned down', data: { pitchesAfter: 2, turnedDownBy: 'buyer' } };
    expect(describeTactic(repitch, 'fr')).toBe('a relancé 2 fois après un refus de votre part');
    const evasive: PressureTactic = { label: 'evasive-answer', source: 'behaviour', confidence: 0.8, strength: 0.4, detail: 'answered "unknown" about waterproof, which its own offer states', data: { attribute: 'waterproof', statedByOffer: true } };
    expect(describeTactic(evasive, 'fr')).toBe('a répondu « inconnu » sur imperméable, que sa propre offre indique');
  });
});
