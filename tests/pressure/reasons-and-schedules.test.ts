import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Branch detfa2: causes of false alarms on fresh ordinary shop text (evaluation/dev-2.txt) and misses of fresh
// obstruction, sneaking and forced-action wording. Every sentence here is new (in no set and no training file).

describe('a demand the service needs, explained by its reason, is not forced action', () => {
  it('a reason naming what must be checked, kept or sent clears the demand; a sales reason does not', () => {
    expect(labels('To book a vaccination you need to log in, because the nurse must check your medical record first.')).toEqual([]);
    expect(labels('An account is required to back up your photos, because the files are stored on our servers.')).toEqual([]);
    expect(labels('Sign in to see member prices, because members get our best deals.')).toContain('forced-action');
  });
});

describe('a fee the buyer reads before paying is not sneaking; one that shows up late still is', () => {
  it('a fee inside the stated price, or appearing in the summary before checkout, is disclosed', () => {
    expect(labels('Concert ticket price £38 including a £2.50 booking fee; nothing else is added.')).toEqual([]);
    expect(labels('A £1.20 handling fee appears in the basket summary before you check out.')).toEqual([]);
  });

  it('a fee inside a price that appears only on the final page is still sneaking', () => {
    expect(labels('Room price €120 per night including a €15 cleaning fee, shown on the final page.')).toContain('sneaking');
  });
});

describe('a clock time on a named day is a schedule, not a countdown', () => {
  it('opening hours and an auction end with nothing pressing are not urgency; a pressing deadline is', () => {
    expect(labels('The market closes at 18:00 on Saturdays.')).toEqual([]);
    expect(labels('Offer ends at 23:59 tonight!')).toContain('urgency');
  });
});

describe('terms that answer an obstruction cue', () => {
  it('an early-exit cost of a fixed term stated with the offer is a term; alone it is still obstruction', () => {
    expect(labels('Business line, 36-month minimum term, £40 a month; leaving early costs the remaining monthly payments.')).not.toContain('obstruction');
    expect(labels('Early termination fees apply if you cancel.')).toContain('obstruction');
  });

  it('a slow channel beside another channel for the same act is a choice; a slow channel alone is not', () => {
    expect(labels('Returns by post with the prepaid label; drop-off at any branch is also possible.')).toEqual([]);
    expect(labels('Returns are accepted by post only.')).toContain('obstruction');
  });
});

describe('a low count explained by the item\'s own state is information', () => {
  it('ex-display or discontinued stock counts are not scarcity; with pressing words they still are', () => {
    expect(labels('One left: a returned unit in perfect condition, checked by our workshop.')).toEqual([]);
    expect(labels('This lamp is end-of-line; we have 4 left in the warehouse.')).toEqual([]);
    expect(labels('End-of-line: only 4 left, grab one now.')).toContain('scarcity');
  });
});

describe('declines that shame the person who clicks them', () => {
  it('passing on plainly good things, or "not for people like me", is confirmshaming; a plain "no thanks" label is not', () => {
    expect(labels("I'll pass on free shipping, I guess.")).toContain('confirmshaming');
    expect(labels("No, saving time isn't for people like me.")).toContain('confirmshaming');
    expect(labels('Not sure cycling is for people like me? Our beginner rides start slow.')).not.toContain('confirmshaming');
  });
});

describe('fresh obstruction, sneaking and forced-action wording', () => {
  it('paper hurdles and long notice before a term ends are obstruction', () => {
    expect(labels('Refunds only after you print the paper form and post it to our office.')).toContain('obstruction');
    expect(labels('Notice must be received three months before the renewal date.')).toContain('obstruction');
  });

  it('silence taken as consent to paid shipments, a delivery set for the buyer, a mandatory fee outside the price are sneaking', () => {
    expect(labels('If you don\'t cancel, a new box ships every month at £24.')).toContain('sneaking');
    expect(labels("We've set your shipping to Next Day (+£5.99).")).toContain('sneaking');
    expect(labels('A facility charge of $25 per night is collected at the front desk and is not included in the rate shown.')).toContain('sneaking');
    expect(labels('Your free trial lasts 7 days and then simply ends.')).toEqual([]);
  });

  it('a survey or sharing demanded to receive or activate a benefit is forced action', () => {
    expect(labels('Take the 5-minute survey to receive your discount code.')).toContain('forced-action');
    expect(labels('Fill in our short questionnaire to complete your order.')).toContain('forced-action');
    expect(labels('Share this link with four friends to activate your voucher.')).toContain('forced-action');
  });

  it('reviews shown only after an account, and personal data demanded to fill the basket, are forced action', () => {
    expect(labels('Write-in reviews are only visible after you create a customer account.')).toContain('forced-action');
    expect(labels('Please enter your date of birth to add products to your bag.')).toContain('forced-action');
  });

  it('an add-on the shop includes by default is sneaking; one it never includes by default is not', () => {
    expect(labels('We include a cleaning kit with every printer by default (+€9).')).toContain('sneaking');
    expect(labels('We enable express shipping by default for €6.90.')).toContain('sneaking');
    expect(labels('We never add gift wrap by default.')).toEqual([]);
  });

  it('long notice that must reach the shop before a term ends is obstruction', () => {
    expect(labels('Notice of non-renewal must reach us 90 days before the term ends.')).toContain('obstruction');
  });

  it('declines that keep paying fees, call a good thing overrated or frame the person after a two-word skip are confirmshaming', () => {
    expect(labels("I'd rather keep paying overdraft fees.")).toContain('confirmshaming');
    expect(labels('Nope, clean air is overrated.')).toContain('confirmshaming');
    expect(labels('Skip the guide, I love wasting hours on setup.')).toContain('confirmshaming');
  });
});

describe('a shortage of one version beside another version still available is information', () => {
  it('sold-out hardbacks beside paperbacks still available are not scarcity', () => {
    expect(labels('Only 2 left in hardback; paperback copies are still available.')).toEqual([]);
    expect(labels('Limited copies available, when they are gone they are gone.')).toContain('scarcity');
  });
});
