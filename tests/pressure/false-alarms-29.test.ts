import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Honest shop text that main read as a tactic, one family per test, each with the dark twin that must still be found
// (every wording written for this file, in no evaluation or training set).
describe('false alarms of ordinary shop text (issue 9 §6, branch detector29)', () => {
  it('a sale end given as a full date, midnight after the date, prices going back up: a schedule', () => {
    expect(labels('Our spring sale closes on Saturday 14 March at midnight, and prices go back up on Sunday.')).toEqual([]);
    expect(labels('Sale ends in 2 days (Friday 9 May, midnight).')).toEqual([]);
    expect(labels('Prices go up on Monday.')).toContain('urgency');
    expect(labels('Sale ends at midnight!')).toContain('urgency');
  });

  it("a possessive names a thing, and reviewers' provenance is no buyer from a place", () => {
    expect(labels("A buyer's guide is added to every order of the espresso machine.")).toEqual([]);
    expect(labels('Reviews come from customers who ordered through this shop; we publish every one of them.')).toEqual([]);
    expect(labels('Maria from Porto just ordered this!')).toContain('social-proof');
    expect(labels('A customer in Lyon just bought 2 of these')).toContain('social-proof');
  });

  it('a stock count with a regular restock, a live recount or out of a stated lot is a fact', () => {
    expect(labels('Stock: 3 units. We restock this kettle every four weeks.')).toEqual([]);
    expect(labels('We have about 120 pumpkins left at the farm stand in Angers, updated every evening on this page.')).toEqual([]);
    expect(labels('We bottled 600 litres of this pressing and 90 remain.')).toEqual([]);
    expect(labels('Shop-soiled box, all parts present. Sold 20% below the new price with the full warranty.')).toEqual([]);
    expect(labels('Only 3 kettles left!')).toContain('scarcity');
    expect(labels('Down to our last 12 bottles of this pressing.')).toContain('scarcity');
    expect(labels('70% sold!')).toContain('scarcity');
  });

  it('a cue hyphenated into a name, a clock time naming a departure: no urgency', () => {
    expect(labels('Hurry-Up instant glue sets in 30 seconds; apply only a thin layer.')).toEqual([]);
    expect(labels('Your pass is valid only on the 17:45 sailing; other crossings need a new booking.')).toEqual([]);
    expect(labels('Hurry up, the sale ends tonight')).toContain('urgency');
    expect(labels('Offer valid until 17:45 today only!')).toContain('urgency');
  });

  it('a fee that does not apply is a negated charge', () => {
    expect(labels('A booking fee does not apply to seats bought at the box office.')).toEqual([]);
    expect(labels('A weekend surcharge of €15 is added at checkout.')).toContain('sneaking');
  });

  it('a renewal notice sent ahead, pausing from the account page: plain terms', () => {
    expect(labels('Home cover renews every year. The renewal letter arrives 30 days before and lists the old and new premium.')).toEqual([]);
    expect(labels('Your magazine subscription renews monthly; you can pause it from your account settings.')).toEqual([]);
    expect(labels('Your free trial continues at €9.99 a month unless you turn it off in settings.')).toContain('sneaking');
  });

  it('instalments of a purchase stated with their total, a fixed term stated with the offer', () => {
    expect(labels('Laptop on instalments: 12 x 75 EUR, total 900 EUR. If you cancel the broadband plan, the remaining instalments stay payable monthly.')).toEqual([]);
    expect(labels('The 24-month plan costs £20 a month and cannot be cancelled early except on moving abroad.')).toEqual([]);
    expect(labels('If you cancel, the remaining months of your contract are charged in one go.')).toContain('obstruction');
    expect(labels('This membership cannot be cancelled early.')).toContain('obstruction');
  });

  it('"now available in" is news, "last" after its subject is the verb', () => {
    expect(labels('Our best-selling armchair, now in green velvet too.')).toEqual([]);
    expect(labels('Studio holds last 5 days, free of charge.')).toEqual([]);
    expect(labels('Our best-selling sofa: order now before it is gone!')).toContain('urgency');
    expect(labels('Last 2 days of the sale.')).toContain('urgency');
  });

  it("an auction's scheduled end and the stated source of reviews inform", () => {
    expect(labels('This auction closes in 4 days. Current bid £85 from 3 bidders.')).toEqual([]);
    expect(labels('Top rated: 4.7 stars from 1,980 reviews collected by an independent review service.')).toEqual([]);
    expect(labels('Auction ends in 1 hour, bid now!')).toContain('urgency');
    expect(labels('Used by 90 libraries in Wales; a list is on our website.')).toEqual([]);
    expect(labels('Loved by thousands of happy guests!')).toContain('social-proof');
    expect(labels('Top rated by 1,980 happy customers!')).toContain('social-proof');
  });
});
