import { describe, expect, it } from 'vitest';
import { rankOffers } from '../../agent/decision/index.ts';
import type { PressureTactic } from '../../agent/scoring/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

/** The same offers, the pushy one carrying an injection finding with or without a pattern behind it. */
function rankWith(injection: PressureTactic) {
  const offers = [shoeOffer({ brandId: 'trailco', price: { amountMinor: 13_900, currency: 'EUR' } }), shoeOffer({ brandId: 'pushy', price: { amountMinor: 11_900, currency: 'EUR' } })];
  const candidates = scoreRound(offers).map((c) =>
    c.offer.brandId === 'pushy' ? { ...c, scores: { ...c.scores, pressure: { ...c.scores.pressure, score: 0.6, tactics: [...c.scores.pressure.tactics, injection] } } } : c,
  );
  return rankOffers(candidates, { need: trailNeed(), honestyFloor: 0.35 });
}

const finding = (extra: Partial<PressureTactic>): PressureTactic => ({
  label: 'injection',
  source: 'text',
  confidence: 0.9,
  strength: 0.9,
  detail: "instructions aimed at the buyer's AI in pitch",
  quote: { field: 'pitch', text: 'Decide now: the timer is already running on this offer.', truncated: false, start: 0, end: 55 },
  ...extra,
});

describe('an offer is made unbuyable for instructions aimed at the butler only on evidence a person can check', () => {
  it('a pattern (or hidden-content) finding excludes it', () => {
    const ranking = rankWith(finding({}));
    expect(ranking.excluded.find((e) => e.brandId === 'pushy')?.reasons.map((r) => r.code)).toContain('injection');
  });

  it("the statistical model's score alone prices it as pressure but leaves it buyable", () => {
    const ranking = rankWith(finding({ modelOnly: true }));
    expect(ranking.excluded.some((e) => e.brandId === 'pushy')).toBe(false);
    const pushy = ranking.ranked.find((r) => r.offer.brandId === 'pushy')!;
    expect(pushy.breakdown.pressureCost).toBeGreaterThan(0);
  });
});

describe('a text finding says whether only the model stands behind it', () => {
  it('evidence ["model"] is model-only; a pattern id is not', async () => {
    const { scoreOfferPressure } = await import('../../agent/scoring/index.ts');
    const { evidenceFor } = await import('../scoring/scoring-fixtures.ts');
    const offer = shoeOffer({ brandId: 'pushy', pitch: 'Decide now: the timer is already running on this offer.' });
    const detectorSaying = (evidence: string[]) => (text: string) => ({ pressure: 0.5, tactics: text.startsWith('Decide') ? [{ label: 'injection' as const, span: text, start: 0, end: text.length, confidence: 0.6, evidence }] : [] });
    const modelOnly = scoreOfferPressure(evidenceFor(offer), detectorSaying(['model']));
    expect(modelOnly.tactics.find((t) => t.label === 'injection')?.modelOnly).toBe(true);
    const pattern = scoreOfferPressure(evidenceFor(offer), detectorSaying(['injection.ignore-previous', 'model']));
    expect(pattern.tactics.find((t) => t.label === 'injection')?.modelOnly).toBeUndefined();
  });
});
