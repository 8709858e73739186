import { beforeAll, describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Families blind-37 showed (issue 9 §6, branch pressfix37), each with wordings written for this file (a sailing school,
// a choir, a library, a dental practice, a bike shop, a council, a bakery), in no evaluation or training set, and dark
// twins that keep the pressure.
describe('fresh text, blind-37 families (issue 9 §6, branch pressfix37)', () => {
  // The default detector trains its model at first use: slow on a loaded machine.
  beforeAll(() => void labels('warm up'), 300_000);

  it('a deadline of something the reader does, with nothing for sale, presses no one', () => {
    expect(labels("Ends tonight: the residents' survey on the new bus lane closes at 23:00.")).toEqual([]);
    expect(labels('Last chance to hand in your homework before the portal locks at 18:00.')).toEqual([]);
    expect(labels('Reminder: your driving theory test is on Monday at 10:30. Gates close at 10:15.')).toEqual([]);
    // Dark twins: the same clock on an offer, or pushed.
    expect(labels('Ends tonight: the 30 % discount on sailing lessons closes at 23:00.')).toContain('urgency');
    expect(labels('Last chance to get the bike at this price before the sale is locked at 18:00.')).toContain('urgency');
  });

  it('a text that says waiting costs nothing is no urgency; the same clock pushed is', () => {
    expect(labels('There is no need to hurry: your basket is kept for 20 minutes while you compare.')).toEqual([]);
    expect(labels('Your library card expires in 5 days. Renew it now or let it lapse; no fee either way for waiting.')).toEqual([]);
    expect(labels('Hurry up and wait: the ferry never leaves on time, so bring a book.')).toEqual([]);
    // Dark twins.
    expect(labels('Your basket is kept for 20 minutes only, so hurry and pay now!')).toContain('urgency');
    expect(labels('Hurry, the seat you picked is held for 10 minutes only!')).toContain('urgency');
  });

  it("another date with room, a capacity the service sets itself, and a past last unit are no scarcity", () => {
    expect(labels('The Tuesday class has 1 place left; the Thursday class still has 9.')).toEqual([]);
    expect(labels('Only a few berths remain on the morning sailing; the evening sailing has 40 free.')).toEqual([]);
    expect(labels('Workshop size is limited to 8 so that every pupil gets a bench.')).toEqual([]);
    expect(labels('Thank you for your order. The sourdough you picked up was the last one from this morning.')).toEqual([]);
    // Dark twins: nothing offered instead, or pushed.
    expect(labels('The Tuesday class has 1 place left — book it before it goes!')).toContain('scarcity');
    expect(labels('Only a few berths remain and they are going fast!')).toContain('scarcity');
  });

  it('two negations around one choice are misdirection, in English and in the supported languages', () => {
    expect(labels("Don't not keep me on the mailing list.")).toContain('misdirection');
    expect(labels('Tick the box to not decline partner newsletters.')).toContain('misdirection');
    expect(labels('Ne décochez pas cette case si vous ne voulez pas ne plus recevoir nos nouvelles.')).toContain('misdirection');
    expect(labels('Nicht deaktivieren, wenn Sie keine Angebote nicht erhalten möchten.')).toContain('misdirection');
    expect(labels('Niet afvinken als u onze aanbiedingen niet wilt missen.')).toContain('misdirection');
    // Honest: a single plain negation.
    expect(labels('You can join our newsletter later in your account settings.')).toEqual([]);
  });

  it('a named buyer who has just bought, and any crowd watching this page, are social proof', () => {
    expect(labels('Priya from Bristol just renewed her bike insurance.')).toContain('social-proof');
    expect(labels('27 sailors are viewing this dinghy right now.')).toContain('social-proof');
    expect(labels('Lucas de Lyon vient de commander ce vélo.')).toContain('social-proof');
    expect(labels('Soeben hat jemand aus Bremen dieses Fahrrad bestellt.')).toContain('social-proof');
    expect(labels('Sanne uit Gouda heeft zojuist deze fiets besteld.')).toContain('social-proof');
    // Honest: a stated count with no crowd acting now.
    expect(labels('The dinghy seats 4 sailors and weighs 60 kg.')).toEqual([]);
  });
});
