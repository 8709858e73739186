import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Honest shop text that main read as a tactic (each wording written for this file, in no evaluation set), and the
// pressing look-alikes that must still be found.
describe('a deadline that recurs on a schedule is a rule of the service, not urgency', () => {
  it('a daily allowance and opening hours are not urgency', () => {
    expect(labels('Daily quota: 20 uploads; the quota ends at midnight and starts again every day.')).toEqual([]);
    expect(labels('Each user gets 10 searches per day; searches reset at midnight.')).toEqual([]);
    expect(labels('The pharmacy counter closes at 19:00; prescriptions handed in later are ready the next day.')).toEqual([]);
  });

  it('a one-off deadline, a daily deal or a pressing schedule is still urgency', () => {
    expect(labels('Prices go up on 1 January: lock in your rate now!')).toContain('urgency');
    expect(labels('Daily deal: this price ends at midnight.')).toContain('urgency');
    expect(labels('The price resets at 00:00 tonight, buy now.')).toContain('urgency');
  });
});

describe('a shortage with a stated resupply or with stock elsewhere is information, not scarcity', () => {
  it('a restock date, an expected delivery, stock shown for other branches', () => {
    expect(labels('Two units left in the Leeds branch; the depot expects 40 more next Tuesday.')).toEqual([]);
    expect(labels('Inventory: 2 pieces left. The restock date for this lamp is 3 March.')).toEqual([]);
    expect(labels('Only 2 left at this branch. Nearby shops show their availability in the store finder.')).toEqual([]);
    expect(labels('Nur noch 2 Stück in der Filiale Köln; weitere Lieferung Anfang Mai.')).toEqual([]);
  });

  it('the same counts with pressing words or a negated restock are still scarcity', () => {
    expect(labels('Only 2 left in the Leeds branch and no restock date, hurry!')).toContain('scarcity');
    expect(labels('Only 2 left. We will not get any more this year.')).toContain('scarcity');
  });
});

describe("a late-payment penalty or a statutory charge is a stated term, and a trial that does not convert is not a renewal", () => {
  it('late fees, legal charges, a trial said not to convert, a fee shown before seats are picked', () => {
    expect(labels('A late payment fee of £6 is added if an instalment is missed.')).toEqual([]);
    expect(labels('Overdue invoices carry statutory interest plus a fixed fee of €40.')).toEqual([]);
    expect(labels('Your 14-day trial is free and does not convert to a paid plan; we ask you at the end.')).toEqual([]);
    expect(labels('Match ticket £30 plus a £2 handling fee, shown before you pick your seat.')).toEqual([]);
  });

  it('a fee slipped in and a trial that converts are still sneaking', () => {
    expect(labels('A £4 booking fee applies to every order and is non-refundable.')).toContain('sneaking');
    expect(labels('Your free trial converts to a paid plan at £9.99 a month unless you cancel.')).toContain('sneaking');
  });
});

describe('a Title-Case cue that names a product measured in the same text is a name, not urgency', () => {
  it('a cue run on into the product noun, with the product measured, is a name', () => {
    expect(labels('Final Countdown wall clock, 30 cm, silent movement.')).toEqual([]);
    expect(labels('Final Hours eau de parfum, 50 ml spray.')).toEqual([]);
    expect(labels('Act Quickly shoe polish, black, 75 ml tin.')).toEqual([]);
  });

  it('the same cue as a headline, or with pressing words, is still urgency', () => {
    expect(labels('Last Chance markdowns: 40% off everything.')).toContain('urgency');
    expect(labels('Last Chance pale ale, 440 ml cans: order now!')).toContain('urgency');
    expect(labels('Act fast: 50 ml bottles at half price until midnight.')).toContain('urgency');
  });
});

describe('a cue quoted to deny it or call it a name is mentioned, not used', () => {
  it('a denied claim and a cue that is only a name are not tactics', () => {
    expect(labels('"Clinically proven" is not a claim we make about this balm; it is a plain moisturiser.')).toEqual([]);
    expect(labels('Best Seller is just the name of the bookshop on Mill Street.')).toEqual([]);
  });

  it('a denial that turns into an assertion is still the claim', () => {
    expect(labels('"Clinically proven" is not a claim we make lightly: it is proven in two trials.')).toContain('authority');
  });
});

describe('a count whose source is stated is a checkable figure, not social proof', () => {
  it('ratings from verified customers and sales from the maker\'s figures inform', () => {
    expect(labels('Over 900 verified customers have rated this kettle, average 4.1 out of 5.')).toEqual([]);
    expect(labels("Bought 3,200 times last year, according to the manufacturer's figures.")).toEqual([]);
  });

  it('a count pressed on the reader is still social proof', () => {
    expect(labels("Over 900 people bought this kettle today, don't miss out!")).toContain('social-proof');
  });
});

describe('a charge set out in the agreement the buyer signs is a stated term', () => {
  it('is not sneaking; the same charge on every order still is', () => {
    expect(labels('Keys not returned? A £40 lock change fee applies, as stated in the tenancy agreement.')).toEqual([]);
    expect(labels('A £40 lock change fee applies to every order.')).toContain('sneaking');
  });
});
