import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

describe('a fee disclosed before the buyer commits is not sneaking (root cause: any named fee read as a cost slipped in)', () => {
  it('a fee inside the price or total the buyer is shown, charged by another party, or refunded, is not sneaking', () => {
    expect(labels('Service fee €2.25 per seat, already shown in the prices on this page.')).toEqual([]);
    expect(labels('The studio has a garden view; the €35 cleaning charge is included in the total.')).toEqual([]);
    expect(labels('Paying in euros? Your card issuer may apply a currency conversion fee.')).toEqual([]);
    expect(labels('Concert postponed: you get a full refund including the handling fee.')).toEqual([]);
  });

  it('a fee shown only at the end, an item that has been included, or a kept fee, is still sneaking', () => {
    expect(labels('A £3 service fee is included in the total you see at the final step.')).toContain('sneaking');
    expect(labels('Phone insurance has been included in the total (£7.50); remove it under Extras.')).toContain('sneaking');
    expect(labels('A £4 booking fee applies to every order and is non-refundable.')).toContain('sneaking');
  });

  it('a renewal the text negates is not sneaking; one it states still is', () => {
    expect(labels('Annual pass, £60 for twelve months. The pass will not renew on its own... it simply ends.')).toEqual([]);
    expect(labels('Your plan renews automatically every month at £12.')).toContain('sneaking');
  });
});

describe('a shortage with ample stock of an alternative is information (root cause: every count of one variant read as scarcity)', () => {
  it('a low count beside a well-stocked alternative is not scarcity; beside pressing words it still is', () => {
    expect(labels('Two left in navy; the olive version has 25 in stock.')).toEqual([]);
    expect(labels('Only 1 left in size 10, other sizes are in stock.')).toEqual([]);
    expect(labels('Last two jackets in XL, other sizes still available.')).toEqual([]);
    expect(labels('3 remaining at the Kendal shop; more available at nearby branches.')).toEqual([]);
    expect(labels('Only 1 left in size 10! Other sizes are in stock, but not for long.')).toContain('scarcity');
  });
});

describe('a demand with a way around it, or a term binding both sides, is not forced action or obstruction', () => {
  it('an account needed for one feature, with the product usable without it, is not forced action', () => {
    expect(labels('Sign-in needed for cloud backup. The app itself works without an account.')).toEqual([]);
    expect(labels('You must create an account to place an order; you cannot order without an account.')).toContain('forced-action');
  });

  it('notice that binds both sides is a contract term; notice only the buyer owes is still obstruction', () => {
    expect(labels('Both parties can end the lease with ninety days of notice in writing.')).toEqual([]);
    expect(labels('To leave, you must give ninety days of notice in writing.')).toContain('obstruction');
    expect(labels("Members must give two weeks' notice in writing.")).toEqual([]);
    expect(labels("Two weeks' notice in writing, sent by recorded post to our head office.")).toContain('obstruction');
  });
});

describe('published evidence makes an authority claim checkable', () => {
  it('a tested claim with its study published is not authority', () => {
    expect(labels('Ophthalmologist tested with 40 contact-lens wearers; the full report is available on our website.')).toEqual([]);
  });
});

describe('a plain term the text negates is not a plain term (root cause: "can\'t cancel online" read as "cancel online")', () => {
  it('a negated self-service exit stays obstruction; the plain one is still a term', () => {
    expect(labels("You can't cancel in the app; ring our helpline on weekday mornings.")).toContain('obstruction');
    expect(labels('Cancel online at any time; there is no notice period.')).toEqual([]);
  });
});

describe('leaving put behind hurdles, and loss threatened for going without, are read from the sentence’s structure', () => {
  it('a survey, a talk, a wait or repeated confirmations before leaving is obstruction; a plain exit is not', () => {
    expect(labels('Closing your loyalty account requires a phone call with our member services team.')).toContain('obstruction');
    expect(labels('You may end the plan only after answering a feedback questionnaire and waiting two weeks.')).toContain('obstruction');
    expect(labels('The unsubscribe link shows only after you confirm twice that you will lose your points.')).toContain('obstruction');
    expect(labels('Gym memberships can only be paused by the manager on duty.')).toContain('obstruction');
    expect(labels('Close your account from Settings whenever you like; it takes effect immediately.')).toEqual([]);
    expect(labels('Returns need the original receipt and must be unused.')).toEqual([]);
  });

  it('a loss threatened for going without the product is fear; a plain statement of cover is not', () => {
    expect(labels('Without a breakdown plan, a single tow on the motorway could cost you hundreds.')).toContain('fear');
    expect(labels('Miss this and you will kick yourself next winter.')).toContain('fear');
    expect(labels('Without the extended warranty, repairs after year two are charged at our standard rates.')).toEqual([]);
  });
});

describe('a cost shown where the buyer reads the price, or borne by someone else, is disclosure', () => {
  it('a fee shown with the rate, on the product page, before checkout, with a reminder, or paid by the seller is not sneaking', () => {
    expect(labels('Linen service fee €18 per stay, displayed beside the nightly rate.')).toEqual([]);
    expect(labels('Handling charge £1.80 per order, listed at the top of each product page.')).toEqual([]);
    expect(labels('A £1.50 small-basket fee applies under £20; you will see it in your basket before payment.')).toEqual([]);
    expect(labels('Membership renews every year at £35; we send a reminder two weeks in advance.')).toEqual([]);
    expect(labels('A 4% marketplace fee is paid by the seller, never by the buyer.')).toEqual([]);
    expect(labels('An admin fee of £15 applies for changing the dates of a booking.')).toEqual([]);
  });

  it('the same fees shown late or said not to be in the price are still sneaking', () => {
    expect(labels('Linen service fee €18 per stay, displayed on the final payment page.')).toContain('sneaking');
    expect(labels('Handling charge not included in the prices shown.')).toContain('sneaking');
  });

  it('what most buyers pick among variants is advice; steering to an extra is misdirection', () => {
    expect(labels('Most shoppers choose the 128 GB capacity for everyday photos.')).toEqual([]);
    expect(labels('Most customers add the three-year protection plan.')).toContain('misdirection');
  });
});

describe('private data named as a source is not a probe (root cause: "print … from your order history" read as asking for the history)', () => {
  it('data a thing comes from is not asked for; data asked for still is', () => {
    expect(labels('Lost your invoice? Print a copy from your purchase history at any time.')).toEqual([]);
    expect(labels('Please share your purchase history with us before we quote.')).toContain('injection');
  });
});

describe('more hurdles and threats read by structure (wordings of this test file only)', () => {
  it('an exit buried deep in menus, held for a talk, or needing details is obstruction; a short path is not', () => {
    expect(labels('The close-account option sits under Profile > Security > Data > Legacy > Close.')).toContain('obstruction');
    expect(labels('Before the closure is processed, a save-team member must speak with you.')).toContain('obstruction');
    expect(labels('Ending your plan requires answering ten questions about your experience.')).toContain('obstruction');
    expect(labels('To cancel, open Account > Plan and choose Cancel.')).toEqual([]);
  });

  it('threats of loss phrased as a gamble, a question or a discovery are fear; ordinary uses of the words are not', () => {
    expect(labels('Declining the cover could leave you paying for the whole repair.')).toContain('fear');
    expect(labels('Half the flats on your street were burgled last year. Could yours be next?')).toContain('fear');
    expect(labels("Your children's safety is not something to gamble with.")).toContain('fear');
    expect(labels('Without the base, the speaker stands 20 cm tall.')).toEqual([]);
  });
});
