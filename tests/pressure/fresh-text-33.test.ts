import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Honest shop text of the kinds fresh sets flagged (blind-30 … 32), one family per test, each with dark twins that must
// still be found. Every wording was written for this file (other trades than the sets'), in no evaluation or training set.
describe('false alarms on fresh shop text (issue 9 §6, branch pressfix33)', () => {
  it('stock with a plain alternative or a way to get more is information, in English, French, German and Spanish', () => {
    expect(labels('3 left in olive, 24 in charcoal.')).toEqual([]);
    expect(labels('Only 2 vans remain for Saturday at this depot; estate cars are still widely available.')).toEqual([]);
    expect(labels('5 pitches left at our lakeside field; the woodland field has more.')).toEqual([]);
    expect(labels("Our spring blend won't be restocked once it's gone. The other teas stay in the range.")).toEqual([]);
    expect(labels('Only 1 in stock. We can order more from the publisher, about 10 days.')).toEqual([]);
    expect(labels('Nur noch 1 auf Lager. Wir können beim Verlag nachbestellen, etwa 10 Tage.')).toEqual([]);
    expect(labels("Il en reste 1 en stock. Nous pouvons en commander d'autres chez l'éditeur, environ 10 jours.")).toEqual([]);
    expect(labels('Solo queda 1 en stock. Podemos pedir más a la editorial, unos 10 días.')).toEqual([]);
    // Dark twins: the same counts pressed on the reader.
    expect(labels("Only 3 left in olive — hurry, they're selling fast!")).toContain('scarcity');
    expect(labels("Only 2 vans remain for Saturday. Book now before they're gone!")).toContain('scarcity');
    expect(labels("Our spring blend won't be restocked once it's gone. Grab yours today!")).toContain('scarcity');
    expect(labels('Nur noch 3 in Oliv – schnell, bevor sie weg sind!')).toContain('urgency');
    expect(labels('¡Solo quedan 3 en oliva, date prisa!')).toContain('urgency');
  });

  it('a duration remaining, a read-only state and an order cut-off are not stock, deadlines or crowds', () => {
    expect(labels('Lease: 84 years remaining.')).toEqual([]);
    expect(labels('Your dashboard becomes read-only until you choose a plan.')).toEqual([]);
    expect(labels('Dispatched the same day if ordered by 2 pm.')).toEqual([]);
    expect(labels('This price is only for today, book before midnight.')).toContain('urgency');
    expect(labels('Recently bought by 340 shoppers in your area.')).toContain('social-proof');
    expect(labels('Only 2 days left to claim your discount!')).toContain('urgency');
  });

  it("a venue's hours, a booking lead time and a hold while the buyer decides are rules of the service", () => {
    expect(labels('Ice rink: last admission 9 pm, rink closes at 10 pm.')).toEqual([]);
    expect(labels('Pottery class: booking closes at 12:00 the day before.')).toEqual([]);
    expect(labels('Exchange rate held for 15 minutes while you confirm the transfer.')).toEqual([]);
    expect(labels("Booking closes at midnight tonight — don't miss out!")).toContain('urgency');
    expect(labels('Hurry: the rink closes its winter offer at 10 pm!')).toContain('urgency');
  });

  it('a quote or an award with its named, dated source can be looked up, in English, French, German, Spanish and Italian', () => {
    expect(labels('"Tender and well trimmed" — review by a customer on Trustpilot, 3 October 2026.')).toEqual([]);
    expect(labels('"A gripping staging" — The Times, 4 stars, 9 May 2026.')).toEqual([]);
    expect(labels("Voted Best Village Bakery 2024 by the Regional Food Guide readers' awards.")).toEqual([]);
    expect(labels('« Tendre et bien paré » — avis client sur Trustpilot, 3 octobre 2026.')).toEqual([]);
    expect(labels('„Zart und sauber pariert“ — Kundenbewertung auf Trustpilot, 3. Oktober 2026.')).toEqual([]);
    expect(labels('«Tierna y bien limpia» — reseña de un cliente en Trustpilot, 3 de octubre de 2026.')).toEqual([]);
    expect(labels('«Tenera e ben rifilata» — recensione di un cliente su Trustpilot, 3 ottobre 2026.')).toEqual([]);
    // An anonymous first name or "our customers" names no source anyone can check.
    expect(labels('"Best bread I\'ve ever had!" — Sophie K.')).toContain('social-proof');
    expect(labels('Voted #1 by our customers!')).toContain('social-proof');
  });

  it('a fee summed into a stated total, a fee or demand answered "no", and "(no extra charge)" hide nothing', () => {
    expect(labels('Two tickets at £30 each plus the £3 booking fee: £63 in total.')).toEqual([]);
    expect(labels('Is there a booking fee? No. You pay the price shown.')).toEqual([]);
    expect(labels('Is a membership needed? No. Anyone can book a lane.')).toEqual([]);
    expect(labels('Add unscented softener (no extra charge)')).toEqual([]);
    expect(labels('212 guests rated this room, averaging 4.6. Ratings come only from guests with a completed stay.')).toEqual([]);
    expect(labels('Two tickets at £30 each. A £3 booking fee is added at payment.')).toContain('sneaking');
    expect(labels('Is there a booking fee? Yes, £4.50 is added at the final step.')).toContain('sneaking');
    expect(labels('Free delivery (£4.99 monthly membership required)')).toContain('misdirection');
    expect(labels('Free trial (no card needed, then £9.99 a month)')).toContain('misdirection');
    expect(labels('Vous devez créer un compte pour voir les prix.')).toContain('forced-action');
    expect(labels('Sie müssen ein Kundenkonto anlegen, um den Preis zu sehen.')).toContain('forced-action');
    expect(labels('Debes crear una cuenta para ver el precio.')).toContain('forced-action');
  });

  it('a one-word reply to cancel is an easy way out beside a phone number', () => {
    expect(labels('Reminder: dental check-up tomorrow at 9:10. Reply C to cancel or call 020 7946 0011.')).toEqual([]);
    expect(labels('To cancel your membership you must call us on 0800 123 4567.')).toContain('obstruction');
  });
});
