import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Forced action built as a tie-in and urgency built on a price rise or a timer (issue 9 §6, branch pressfix35), each
// with honest twins that share its words. Every wording was written for this file (trades other than the evaluation
// sets'), in no evaluation or training set.
describe('tie-ins and price-rise timers (issue 9 §6, branch pressfix35)', () => {
  it('a booking or a warranty made conditional on buying a plan, a pack or a membership is forced action', () => {
    expect(labels('To rent the kayak, you must first buy a 5-trip pass.')).toContain('forced-action');
    expect(labels('Climbing wall sessions are open only to guests who also buy the gear hire bundle.')).toContain('forced-action');
    expect(labels('Buy the premium care plan to activate your warranty on the phone.')).toContain('forced-action');
    expect(labels('Join the Court Club to book a tennis court.')).toContain('forced-action');
    expect(labels('Download our app within the hour to keep your table booking.')).toContain('forced-action');
  });

  it('a prerequisite of the thing itself, a part sold separately or an optional app is no tie-in', () => {
    expect(labels('To join the advanced pottery course, you must first take a short level test.')).toEqual([]);
    expect(labels('To apply for a fishing permit you need to bring a photo ID.')).toEqual([]);
    expect(labels('Batteries sold separately.')).toEqual([]);
    expect(labels('Our app is optional: you can book every lesson on the website too.')).toEqual([]);
    expect(labels('Buy the cleaning kit to keep your boots waterproof.')).toEqual([]);
  });

  it('a bundle discount or bundle price is an offer, not a tie-in', () => {
    expect(labels('Get 10 % off the racket only when you also buy a can of balls.')).not.toContain('forced-action');
    expect(labels('The strap is only €5 if you also buy the watch.')).not.toContain('forced-action');
    expect(labels('Free engraving, only for customers who also order a gift box.')).not.toContain('forced-action');
  });

  it('tie-ins and app or sign-up walls in French, German and Spanish, with their honest twins', () => {
    expect(labels("Pour louer le vélo, vous devez d'abord acheter un forfait de 10 sorties.")).toContain('forced-action');
    expect(labels("Les horaires de cours ne sont consultables qu'après adhésion au club.")).toContain('forced-action');
    expect(labels('Um einen Platz zu buchen, müssen Sie zuerst ein Zehnerpaket kaufen.')).toContain('forced-action');
    expect(labels('Tickets gibt es ausschließlich über unsere App.')).toContain('forced-action');
    expect(labels('Para reservar pista, primero debes comprar un bono de 10 partidos.')).toContain('forced-action');
    expect(labels('Las entradas se venden solo en nuestra app.')).toContain('forced-action');
    expect(labels("L'application est facultative : vous pouvez aussi réserver sur le site.")).toEqual([]);
    expect(labels("Pour louer le vélo, vous devez présenter une pièce d'identité.")).toEqual([]);
    expect(labels('Um den Fortgeschrittenenkurs zu buchen, müssen Sie zuerst einen Einstufungstest machen.')).toEqual([]);
    expect(labels('Die App ist optional; Sie können auch im Laden bezahlen.')).toEqual([]);
    expect(labels('Para reservar la clase avanzada, primero debes hacer una prueba de nivel.')).toEqual([]);
  });

  it('a price rise or a timer used to press the buyer is urgency', () => {
    expect(labels('Lock in your tyre fitting today, before rates climb.')).toContain('urgency');
    expect(labels('Train fares could spike any moment now, so pick your seats.')).toContain('urgency');
    expect(labels("This week's discount won't be around by the weekend.")).toContain('urgency');
    expect(labels('Your saving is lost as soon as the countdown ends.')).toContain('urgency');
    expect(labels('Removal rates rise in March, so book this week while you still can.')).toContain('urgency');
  });

  it('a price rule, a rise stated plainly, an auction close or a kitchen timer presses nobody', () => {
    expect(labels('The price is fixed when you order.')).toEqual([]);
    expect(labels('Our prices change each 1 January.')).toEqual([]);
    expect(labels('The auction closes at 18:00.')).toEqual([]);
    expect(labels('The oven switches off when the timer reaches zero.')).toEqual([]);
    expect(labels("Prices may rise next year; we'll publish the new list in December.")).toEqual([]);
    expect(labels('Le prix est fixé au moment de la commande.')).toEqual([]);
    expect(labels('Die Preise ändern sich jeweils am 1. Januar.')).toEqual([]);
    expect(labels('Los precios cambian cada 1 de enero.')).toEqual([]);
  });
});
