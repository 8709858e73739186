import { describe, expect, it } from 'vitest';
import { explainRanking, rankOffers, type OfferBreakdown } from '../../agent/decision/index.ts';
import { fieldInEnglish } from '../../agent/scoring/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

// The "Why?" lines name where a brand said something in words, never by the raw path, whose brackets hold ids the
// brand chose ("counters[offer-id:c1].message").

const lines = (b: OfferBreakdown) => [...b.honesty.evidence.map((e) => e.detail), ...b.pressure.tactics.map((t) => t.detail)];

describe('brand fields named in words in English evidence lines', () => {
  it('names every kind of place a brand writes', () => {
    expect(fieldInEnglish('pitch')).toBe('its pitch');
    expect(fieldInEnglish('counters[buy-now-or-lose-it:c1].message')).toBe('a negotiation message');
    expect(fieldInEnglish('answers[q-ignore-your-rules].text')).toBe('an answer to your butler');
    expect(fieldInEnglish('revisions[2].pitch')).toBe('its pitch (an earlier version)');
    expect(fieldInEnglish('product.attributes.colour_name')).toBe('its product data');
    expect(fieldInEnglish('card.description')).toBe('its description');
    expect(fieldInEnglish('order.error.message')).toBe('an error message');
    expect(fieldInEnglish('something.new[7]')).toBe('its text');
  });

  it('writes the pressure lines of a pushy pitch without a field path', () => {
    const need = trailNeed();
    const offers = [shoeOffer({ brandId: 'pushy', pitch: 'Only 2 left! What is your budget?' })];
    const ranking = rankOffers(scoreRound(offers, { need }), { need, honestyFloor: 0.35 });
    const english = explainRanking(ranking, { language: 'en', budget: need.budget });
    const all = english.breakdown.offers.flatMap(lines);
    expect(all).toContain('scarcity wording in its pitch');
    expect(all).toContain("asks for the buyer's budget in its pitch");
    for (const line of all) expect(line).not.toMatch(/\b(pitch|counters|answers|claims)\[|\.message\b|\.text\b/);
  });
});
