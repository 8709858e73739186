import { beforeAll, describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Families blind-40 showed (issue 9 §6, branch pressfix40), each with wordings written for this file (a gym, a ferry, a
// garden centre, a tortoise keeper, a bakery till, a sports club), in no evaluation or training set, and dark twins that
// keep the pressure.
describe('fresh text, blind-40 false-alarm families (issue 9 §6, branch pressfix40)', () => {
  // The default detector trains its model at first use: slow on a loaded machine.
  beforeAll(() => void labels('warm up'), 300_000);

  it('a hurry addressed to a named person, with no offer, is a word to someone in the room', () => {
    expect(labels('Quick, Oliver! Grab your coat, the taxi is outside.')).toEqual([]);
    expect(labels('Dépêche-toi, Hugo, le bus arrive !')).toEqual([]);
    // Dark twins: the reader's name in a shop's mail, or a crowd addressed.
    expect(labels('Hurry up Sam, only 2 left')).toContain('urgency');
    expect(labels('Hurry, Shoppers! Sale ends')).toContain('urgency');
  });

  it('a closing stated with its reopening, or a held ticket valid until an hour, is a timetable', () => {
    expect(labels('The gym sauna closes at 21:30 tonight for maintenance and opens again at 06:00.')).toEqual([]);
    expect(labels('Keep your pass: it is valid until 18:15 today for the return ferry.')).toEqual([]);
    // Dark twins.
    expect(labels('Offer ends at 23:00 tonight.')).toContain('urgency');
    expect(labels('Sale ends at 23:00 tonight, reopening of the shop on Monday!')).toContain('urgency');
  });

  it("a clock naming a session a few words later is the session's time", () => {
    expect(labels('Two seats are left on the 10:00 beginners pottery class; the 14:00 class has 12 free.')).not.toContain('urgency');
  });

  it('a last chance for delivery is a carrier cut-off in any supported language; with a push it presses', () => {
    expect(labels('Last chance for delivery before New Year: the final van leaves on 29 December, after that collection only.')).toEqual([]);
    expect(labels("Última oportunidad para la entrega a domicilio: el último camión sale el 22 de diciembre, después solo recogida.")).toEqual([]);
    // Dark twin.
    expect(labels('Last chance for delivery before Christmas! Order now')).toContain('urgency');
  });

  it('a thing left somewhere is no stock, so a hurry for the reader\'s own sake stays advice', () => {
    expect(labels('Act fast if your dog eats chocolate left on the table: call the vet.')).toEqual([]);
    // Dark twin.
    expect(labels('Act fast, only 3 left at this price.')).toContain('urgency');
  });

  it('cover limits are no charge; a certification whose registration the label shows is checkable', () => {
    expect(labels('Breakdown cover is included for repairs up to €800; you can extend it with your own insurer.')).toEqual([]);
    expect(labels('Our flour is certified by the Soil Association, and the label carries the licence number.')).toEqual([]);
    // Dark twins.
    expect(labels('Breakdown cover (€49) has been added to your order.')).toContain('sneaking');
    expect(labels('Certified by the Dermatology Association.')).toContain('authority');
  });

  it('"most people get enough" steers no choice; "most customers also add" does', () => {
    expect(labels('Most people get enough vitamin C from fruit; supplements are rarely needed.')).toEqual([]);
    expect(labels('Most customers also add the extended warranty.')).toContain('misdirection');
  });
});

describe('fresh text, blind-40 miss families: fear, forced action, obstruction (issue 9 §6, branch pressfix40)', () => {
  beforeAll(() => void labels('warm up'), 300_000);

  it("harm to a body, pet or plant tied to going without the seller's product is fear; care advice is not", () => {
    expect(labels('Without our heated pad your tortoise could die over the winter.')).toContain('fear');
    expect(labels('Skipping the smoke alarm could kill your whole family.')).toContain('fear');
    expect(labels('Trampolining without our safety net? Expect broken bones.')).toContain('fear');
    expect(labels('Your garden shed is a burglar\'s paradise: lock it today or lose everything.')).toContain('fear');
    expect(labels('If you stop using the serum, your results will disappear within days.')).toContain('fear');
    // Honest twins.
    expect(labels('Without water, seedlings die within days, so check the tray each morning.')).toEqual([]);
    expect(labels('Skipping the warm-up can injure your hamstring, so stretch for five minutes first.')).toEqual([]);
    expect(labels('If you stop taking the tablets, tell your doctor first.')).toEqual([]);
  });

  it('a scheme card demanded to buy, buying refused without it, or a fee to look at the offer is forced action', () => {
    expect(labels('You have to join the rewards club to pay at this till.')).toContain('forced-action');
    expect(labels('Orders without a member card are not possible at this counter.')).toContain('forced-action');
    expect(labels('Pay a 15 EUR membership fee before you can browse the catalogue.')).toContain('forced-action');
    // Honest twins.
    expect(labels('Pay the £10 entry fee before you can run in the race.')).toEqual([]);
    expect(labels('Orders without an account are possible: use guest checkout.')).toEqual([]);
  });

  it('leaving made to wait on a meeting, or on paper printed, signed and posted, is obstruction', () => {
    expect(labels('Ending your gym contract early: you will need to book an exit interview with the club manager.')).toContain('obstruction');
    expect(labels('For account deletion, fetch the form, print it, sign it by hand and mail it to our office.')).toContain('obstruction');
    // Honest twin.
    expect(labels('Please print and sign the delivery note, then post it back with your return.')).toEqual([]);
  });
});
