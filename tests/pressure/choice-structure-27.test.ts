import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Dark patterns written in a calm, corporate tone without the usual cue words, read by their structure (who acts on
// the buyer's money or choice, default vs opt-in, when a cost is disclosed), and the honest texts that share their
// vocabulary. Every wording was written for this file and is in no training or evaluation set.
describe('sneaking read as a paid extra put in by the shop, an unannounced charge, a cost disclosed late', () => {
  it('finds a priced extra the shop added, kept or assigned', () => {
    expect(labels('Screen protector fitting kit added (12 EUR), as recommended for this model.')).toContain('sneaking');
    expect(labels('Accidental damage cover: 24 months, 39 EUR, included.')).toContain('sneaking');
    expect(labels('Un kit de nettoyage a été ajouté à votre commande pour 9,90 EUR.')).toContain('sneaking');
    expect(labels('Se ha añadido a tu reserva una garantía de cancelación de 14 EUR.')).toContain('sneaking');
  });

  it('finds a charge that is not announced, that runs unless the buyer acts, or that is shown after the card', () => {
    expect(labels('The introductory period carries on as the yearly plan; no reminder is sent before the charge.')).toContain('sneaking');
    expect(labels('The welcome membership that came with your kettle converts to a paid membership after 60 days.')).toContain('sneaking');
    expect(labels('A printed statement at 1.90 EUR per month is added unless you switch to paperless in settings.')).toContain('sneaking');
    expect(labels('Handling and the deposit for the crate are shown after you enter your card details.')).toContain('sneaking');
    expect(labels("La période d'essai devient un abonnement mensuel, sans rappel préalable.")).toContain('sneaking');
    expect(labels('Das Probeabo wird automatisch verlängert.')).toContain('sneaking');
  });

  it('leaves honest prices, included items and fees stated inside a stated total alone', () => {
    expect(labels('The season pass costs 35 EUR a year and gives 20 % off every weekday visit.')).toEqual([]);
    expect(labels('Two-year warranty included in the price; an extra year can be added for 19 EUR if you want it.')).toEqual([]);
    expect(labels('Your total for the coach to Porto is 48 EUR including the booking fee of 2 EUR.')).toEqual([]);
    expect(labels('Tea subscription: 100 g every month, 9 EUR per parcel, postage included.')).toEqual([]);
  });
});

describe('misdirection read as a default chosen for the buyer, with the alternative put elsewhere', () => {
  it('finds the plain option moved out of the way, silence taken as yes, stacked negatives, bundled consent', () => {
    expect(labels('The basic tariff is hidden from this comparison; use Show all tariffs to find it.')).toContain('misdirection');
    expect(labels('Breakdown cover: if nothing is selected, we add the premium level.')).toContain('misdirection');
    expect(labels('Remember my card and automatic top-ups are switched on for this account.')).toContain('misdirection');
    expect(labels('Nous avons présélectionné la garantie premium pour votre trottinette.')).toContain('misdirection');
    expect(labels('Para no dejar de recibir descuentos, no marque esta casilla.')).toContain('misdirection');
  });

  it('leaves an honest default and an optional choice alone', () => {
    expect(labels('Standard delivery is free and selected by default; express costs 6 EUR.')).toEqual([]);
    expect(labels('Choose a plan: Basic 4 EUR, Plus 8 EUR. Nothing is selected until you pick one.')).toEqual([]);
  });
});

describe('obstruction read as leaving routed through a heavy channel, a long notice, a chain of steps', () => {
  it('finds heavy exits in English and other languages', () => {
    expect(labels('The notice period is four calendar months from the date we receive your letter.')).toContain('obstruction');
    expect(labels('To unsubscribe, log in, open Settings, then Privacy, then Mailings, then Partners, and confirm.')).toContain('obstruction');
    expect(labels('Opting out of the loyalty mailing takes effect within 45 days.')).toContain('obstruction');
    expect(labels("La résiliation n'est possible que par courrier recommandé avec accusé de réception.")).toContain('obstruction');
    expect(labels('Le préavis est de deux mois pour toute résiliation.')).toContain('obstruction');
  });

  it('leaves a plain exit alone', () => {
    expect(labels('You can cancel online at any time from your account page, in two clicks.')).toEqual([]);
  });
});

describe('forced action read as a purpose tied to a demand unrelated to buying', () => {
  it('finds the demand in either order and in other languages', () => {
    expect(labels('To reserve a court, please confirm your details and accept our partner newsletter.')).toContain('forced-action');
    expect(labels('The loyalty price is applied once you allow location access.')).toContain('forced-action');
    expect(labels('To hire the van, you must also take our damage waiver package.')).toContain('forced-action');
    expect(labels("Pour voir la disponibilité, téléchargez notre application.")).toContain('forced-action');
  });

  it('leaves a demand the text waives alone', () => {
    expect(labels('Club members get free delivery for 20 EUR a year. You do not need to join to order.')).toEqual([]);
  });
});

describe('honest text that looks like pressure: a named product, a sourced stock count, a published sale window', () => {
  it('is not flagged', () => {
    expect(labels('Board game Last Chance Island, cooperative, for 2 to 5 players.')).toEqual([]);
    expect(labels('12 seats remain for the evening show, per the ticketing system at 18:05.')).toEqual([]);
    expect(labels('Flash sale from 3 to 9 March, announced in our February newsletter.')).toEqual([]);
    expect(labels('Sizes: S - 1 left; M - 6; L - 0 (restock 14 May).')).toEqual([]);
  });

  it('the same cues pressing the reader are still found', () => {
    expect(labels('Last chance! Only 2 left, buy now.')).toEqual(expect.arrayContaining(['scarcity', 'urgency']));
    expect(labels('Flash sale ends tonight, hurry!')).toContain('urgency');
  });
});
