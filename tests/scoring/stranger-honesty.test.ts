import { describe, expect, it } from 'vitest';
import { HONESTY_WEIGHTS, checkedHonestyOf, scoreHonesty, strangerHonestyOf } from '../../agent/scoring/index.ts';
import { evidenceFor, shoeOffer, trustView } from './scoring-fixtures.ts';

describe('the prior of a stranger (an identity the butler has no record of)', () => {
  it('is the mean calibrated honesty of the brands the butler knows in the request, or nothing when it knows none', () => {
    expect(strangerHonestyOf([undefined, undefined])).toBeUndefined();
    expect(strangerHonestyOf([trustView(0.8), undefined, trustView(0.4)])).toBeCloseTo(0.6, 12);
  });

  it('in a market where the butler caught no one, equals the newcomer prior: strangers and known brands stand level', () => {
    const offer = shoeOffer({ brandId: 'newco' });
    const strangerHonesty = strangerHonestyOf([trustView(HONESTY_WEIGHTS.unknownPrior), trustView(HONESTY_WEIGHTS.unknownPrior)]);
    const stranger = scoreHonesty(evidenceFor(offer, { strangerHonesty }));
    const known = scoreHonesty(evidenceFor(offer, { trust: trustView(HONESTY_WEIGHTS.unknownPrior) }));
    expect(stranger.prior).toBe(HONESTY_WEIGHTS.unknownPrior);
    expect(stranger.probability).toBeCloseTo(known.probability, 12);
  });

  it('where the butler caught liars, is no better than the market it has seen: a fresh identity cannot shed a record', () => {
    const offer = shoeOffer({ brandId: 'fresh-identity' });
    const strangerHonesty = strangerHonestyOf([trustView(0.8), trustView(0.8), trustView(0.2, 4)]);
    const stranger = scoreHonesty(evidenceFor(offer, { strangerHonesty }));
    const cleanKnown = scoreHonesty(evidenceFor(offer, { trust: trustView(0.8) }));
    const caught = scoreHonesty(evidenceFor(offer, { trust: trustView(0.2, 4) }));
    expect(stranger.prior).toBeCloseTo(0.6, 12);
    expect(stranger.probability).toBeLessThan(cleanKnown.probability);
    expect(stranger.probability).toBeGreaterThan(caught.probability);
  });

  it('never lifts a stranger above the newcomer prior, and a brand with a record keeps its own estimate', () => {
    const offer = shoeOffer({ brandId: 'x' });
    expect(scoreHonesty(evidenceFor(offer, { strangerHonesty: 0.99 })).prior).toBe(HONESTY_WEIGHTS.unknownPrior);
    expect(scoreHonesty(evidenceFor(offer, { trust: trustView(0.7), strangerHonesty: 0.3 })).prior).toBe(0.7);
  });
});

describe("the person's record as a reading of strangers (whitewashing)", () => {
  it('counts only identities whose claims were checked, each once', () => {
    expect(checkedHonestyOf([undefined, trustView(0.8, 0, 0)])).toBeUndefined();
    expect(checkedHonestyOf([trustView(0.8, 0, 3), trustView(0.4, 2, 3), trustView(0.5, 0, 0), undefined])).toBeCloseTo(0.6, 12);
  });

  it("prices a stranger at the record's reading when the request holds none of the identities it caught", () => {
    // A liar caught under earlier names re-registers: its old names no longer answer, only clean brands and the new name do.
    expect(strangerHonestyOf([trustView(0.8), trustView(0.8)], 0.55)).toBeCloseTo(0.55, 12);
    expect(strangerHonestyOf([undefined], 0.55)).toBeCloseTo(0.55, 12);
  });

  it('never lets the record lift a stranger above the market in hand', () => {
    expect(strangerHonestyOf([trustView(0.8), trustView(0.2, 4)], 0.75)).toBeCloseTo(0.5, 12);
    expect(strangerHonestyOf([undefined])).toBeUndefined();
  });
});
