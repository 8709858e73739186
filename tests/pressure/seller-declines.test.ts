import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// A brand that honestly says "not for you" must gain the butler's trust, not be flagged (issue 9 §6, branch
// detector30b). Every wording written for this file, in no evaluation or training set.
describe('a brand declining a sale is not confirm-shaming', () => {
  it('a first-person act of selling or recommending to the reader is the seller speaking, not the buyer declining', () => {
    expect(labels('This heater needs a 32 A circuit and your flat has 16 A. I would rather not sell it to you.')).toEqual([]);
    expect(labels("The blade is too long for your saw, so I'd rather not recommend this to you.")).toEqual([]);
    expect(labels('That charger will not fit your scooter, so we won\'t sell it to you; the model B charger does.')).toEqual([]);
  });

  it('a decline in the buyer\'s voice still shames', () => {
    expect(labels("No thanks, I'd rather not save money on my heating.")).toContain('confirmshaming');
    expect(labels("I'd rather pay full price than sign up.")).toContain('confirmshaming');
    // An offer to the reader is no refusal to sell: the shaming opt-out beside it is still found.
    expect(labels("Can we offer you 10 % off your first box? [No thanks, I'd rather pay full price]")).toContain('confirmshaming');
    expect(labels("We'd love to recommend it to you. No thanks, I don't care about my skin.")).toContain('confirmshaming');
  });
});
