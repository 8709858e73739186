import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Honest shop text of the families blind-34 flagged, each with dark twins that differ by the push and must still be
// found. Every wording was written for this file (campsites, kayak tours, cruises, hotels, pottery, van hire, kettles,
// bakeries, aquariums, florists, leisure passes), in no evaluation or training set. The French, German and Spanish
// lines guard the same readings in those languages (main already reads them as information).
describe('plain facts on fresh shop text (issue 9 §3 and §6, branch pressfix34)', () => {
  it('a count stated as a fact, with no push, is information; the same count pushed is scarcity', () => {
    expect(labels('Campsite pitch with hook-up, 6 m by 10 m. 5 pitches remain on this loop for the week.')).toEqual([]);
    expect(labels('In stock: 12')).toEqual([]);
    expect(labels('Only 3 seats are left on the kayak tour because the boat takes 12 and 9 are booked.')).toEqual([]);
    expect(labels('Daily capacity of the ropes course is capped at 400 climbers; when the cap is reached, the ticket desk closes.')).toEqual([]);
    expect(labels('Cabine double, pont 5, vue sur mer. Il reste 6 cabines de ce type sur cette croisière.')).toEqual([]);
    expect(labels('Zimmer 12, Doppelbett, Frühstück inklusive. Es sind noch 4 Zimmer frei, die Suiten sind ausgebucht.')).toEqual([]);
    expect(labels('Clase de cerámica, 10 plazas por grupo. Quedan 3 plazas en el grupo del martes.')).toEqual([]);
    // Dark twins: the same counts with a push (urging, vagueness, "only", a badge alone).
    expect(labels("5 pitches remain on this loop for the week. Book now before they're gone!")).toContain('scarcity');
    expect(labels('Only 3 seats left on the kayak tour, hurry!')).toContain('scarcity');
    expect(labels('Only 3 seats left on the kayak tour.')).toContain('scarcity');
    expect(labels('Stock: 2')).toContain('scarcity');
    expect(labels('Campsite pitch with hook-up. Only a few pitches remain on this loop, selling fast.')).toContain('scarcity');
    expect(labels('This drop is strictly capped at 400 pairs.')).toContain('scarcity');
    expect(labels('¡Solo quedan 3 plazas en el grupo del martes, date prisa!')).not.toEqual([]);
    expect(labels('Nur noch 4 Zimmer frei – schnell, bevor sie weg sind!')).not.toEqual([]);
  });

  it('an extra shown as not added, a fee stated with its condition and a refundable deposit slip nothing in', () => {
    expect(labels('[Add bike rack — €15] (not added)')).toEqual([]);
    expect(labels('Please return the van with a full tank; otherwise a £40 refuelling charge applies.')).toEqual([]);
    expect(labels('Your table deposit of €30 is deducted from the final bill and refundable if you cancel 48 hours before.')).toEqual([]);
    expect(labels('[Ajouter l’emballage cadeau — 4,90 €] (non ajouté)')).toEqual([]);
    expect(labels('Bitte leeren Sie die Toilette vor der Rückgabe, sonst fällt eine Reinigungsgebühr von 90 € an.')).toEqual([]);
    expect(labels('Devuelva la furgoneta con el depósito lleno; de lo contrario se aplica un cargo de 40 €.')).toEqual([]);
    // Dark twins: the extra or the charge put on the order for the buyer.
    expect(labels('[✓] Bike rack — €15 (added for you)')).toContain('sneaking');
    expect(labels('A £40 refuelling charge has been added to your booking.')).toContain('sneaking');
  });

  it('a recall notice, an operational cut-off, usage advice, a disclosed interest and advice against the popular option press no one', () => {
    expect(labels('Safety recall: kettles model KT-40 sold between January and April 2026 may overheat. Return them for a full refund.')).toEqual([]);
    expect(labels('Orders for Saturday cakes close at 18:00 on Thursday so the bakers can plan the baking.')).toEqual([]);
    expect(labels('Never leave your aquarium filter without power: the fish need the flow of water.')).toEqual([]);
    expect(labels('Recommended by our own florists — we are biased, of course.')).toEqual([]);
    expect(labels('Most people choose the annual pass, but if you visit fewer than four times a year the day ticket is cheaper.')).toEqual([]);
    expect(labels('Rückruf: Wasserkocher KT-40, verkauft zwischen Januar und April 2026, können überhitzen.')).toEqual([]);
    expect(labels('Retirada: hervidores KT-40 vendidos entre enero y abril de 2026 pueden sobrecalentarse.')).toEqual([]);
    // Dark twins: the crowd, the clock, the threat, the borrowed authority and the steer, pushed.
    expect(labels('Over 40,000 kettles sold — join them today!')).toContain('social-proof');
    expect(labels("Orders for Saturday cakes close at 18:00 tonight — hurry, don't miss out!")).toContain('urgency');
    expect(labels("Don't leave your home unprotected this winter. Buy the alarm today!")).toContain('fear');
    expect(labels('Recommended by the country’s leading florists and trusted by experts.')).toContain('authority');
    expect(labels('Most people choose the annual pass with the parking add-on.')).toContain('misdirection');
  });

  it('recall: the crowd beside the reader, a free item tied to a bigger purchase, a social login or the reader\'s data as the price', () => {
    expect(labels('Most families on your road have already switched to our broadband.')).toContain('social-proof');
    expect(labels('Parents like you are all choosing the foldable buggy.')).toContain('social-proof');
    expect(labels('150 Kunden haben heute bestellt — das Angebot endet bald.')).toContain('social-proof');
    expect(labels('Más de 300 viajeros ya han reservado esta ruta.')).toContain('social-proof');
    expect(labels('200 clients ont déjà réservé cette croisière pour l’été.')).toContain('social-proof');
    expect(labels('Free fitting! (when you buy a 12-month contract)')).toContain('misdirection');
    expect(labels('Connect your Google account to book a table.')).toContain('forced-action');
    expect(labels('To see the menu prices, let us access your location.')).toContain('forced-action');
    expect(labels('Sign up for Studio Plus to book the recording room.')).toContain('forced-action');
    // Neutral twins: the same words without the crowd, the tie or the demand.
    expect(labels('Homes in your area can book a free survey on Tuesdays.')).toEqual([]);
    expect(labels('Free delivery (when you spend over £50).')).toEqual([]);
    expect(labels('Connect your Google account if you want bookings added to your calendar.')).toEqual([]);
    expect(labels('Sign up for Studio Plus to save 10 % on every session.')).toEqual([]);
  });
});
