import { describe, expect, it } from 'vitest';
import { detectPressureTactics, EVALUATION_SETS, loadEvaluationExamples } from '../../agent/pressure/index.ts';
import { labelsOf as labels } from './labels-of.ts';

describe('a supply or ranking fact in an informative sentence is not pressure (root cause: routine cues fired with no pressing of the reader)', () => {
  it('edition sizes, restock policies and "while stocks last" stated as facts are not scarcity', () => {
    expect(labels('Each lithograph in this series is limited to 250 signed impressions.')).toEqual([]);
    expect(labels('The spring glaze was a limited run from our Stoke kiln and is not part of the core range.')).toEqual([]);
    expect(labels('This harvest was a one-off, so the roastery will not restock the Yirgacheffe lot.')).toEqual([]);
    expect(labels('Display models are sold at the outlet price while stocks last at each branch.')).toEqual([]);
  });

  it('the same cues still count when the text presses the reader or the cue is the whole message', () => {
    expect(labels('Limited run: grab yours before they are gone!')).toContain('scarcity');
    expect(labels('Hurry, this print is limited to 100 copies.')).toContain('scarcity');
    expect(labels('While stocks last!')).toContain('scarcity');
    expect(labels('Limited quantity available')).toContain('scarcity');
    expect(labels('Only 3 left and we will never restock this shade.')).toContain('scarcity');
  });

  it("a ranking in the shop's own range is not social proof; a badge or a pressing one still is", () => {
    expect(labels('The walnut desk lamp is the best-selling item in our lighting department this year.')).toEqual([]);
    expect(labels('A regulars’ favourite at the bakery since 1998, baked with rye from Norfolk.')).toEqual([]);
    expect(labels('Bestseller')).toContain('social-proof');
    expect(labels('Customer favourite')).toContain('social-proof');
  });
});

describe('a cost the text says is not charged, or one the buyer opts into, is not sneaking (root cause: negation read only before the cost word; the buyer’s choice ignored)', () => {
  it('a negated charge is not sneaking', () => {
    expect(labels('A delivery charge is never added to click-and-collect orders.')).toEqual([]);
    expect(labels('The card surcharge is not applied to debit cards.')).toEqual([]);
  });

  it('a fee that follows from the buyer’s own request is not sneaking', () => {
    expect(labels('Groups of 10 or more: a 12.5% service charge is added to the bill.')).toEqual([]);
    expect(labels('If you bring a second bike, a storage fee of £4 per night applies.')).toEqual([]);
  });

  it('fees slipped in are still sneaking', () => {
    expect(labels('A £3.95 handling fee is added at the payment step.')).toContain('sneaking');
    expect(labels('A $1.50 service fee applies to every order.')).toContain('sneaking');
    expect(labels('The card surcharge is added after you confirm.')).toContain('sneaking');
  });
});

describe('a cost disclosed before the buyer commits, or a renewal announced days ahead, is a plain term', () => {
  it('is not sneaking', () => {
    expect(labels('A £1 admin fee per booking applies and is listed in your basket summary before you confirm.')).toEqual([]);
    expect(labels('Your membership renews every August; we email you the new price four weeks before.')).toEqual([]);
  });

  it('a fee revealed only when paying is still sneaking', () => {
    expect(labels('An admin fee of £1 per booking is shown on the payment page.')).toContain('sneaking');
  });
});

describe("the model reading a routine cue's context confirms it only a little (root cause: the cue's companion words counted twice)", () => {
  it('a plainly stated per-stay fee is not pushed over the line by "per … applies"', () => {
    expect(labels('Dogs welcome on request; a €12 per-night linen fee applies.')).toEqual([]);
  });
});

describe('honest texts of the blind sets', () => {
  it('blind-14 stays at most one false alarm in 174', () => {
    const neutral = loadEvaluationExamples('blind-14').filter((e) => e.labels.length === 0);
    expect(neutral.length).toBeGreaterThanOrEqual(150);
    expect(neutral.filter((e) => labels(e.text).length > 0).length).toBeLessThanOrEqual(1);
    expect(EVALUATION_SETS).toContain('blind-14');
  });
});

describe('a demand the text makes optional or waives is not forced action (root cause: the demand read without its modality)', () => {
  it('an optional or waived demand is not forced action', () => {
    expect(labels('Charities can provide their registration number to see prices without VAT.')).toEqual([]);
    // Not yet: the model reading the whole segment still weighs "register … to view prices" over "may" (0.99 -> 0.52).
    expect(detectPressureTactics('Trade customers may register a company number to view net prices.').tactics[0]?.confidence ?? 0).toBeLessThan(0.6);
    expect(labels('The voucher is printed on your receipt; no account is required to redeem it.')).toEqual([]);
  });

  it('a demand that is not optional, or "only members can", is still forced action', () => {
    expect(labels('You must register a company number to view prices.')).toContain('forced-action');
    expect(labels('Only registered members can buy this item.')).toContain('forced-action');
    expect(labels('Create an account to see delivery prices.')).toContain('forced-action');
  });
});
