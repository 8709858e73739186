import { beforeAll, describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Forced action phrased as a purpose (issue 9 §6, branch pressfix37b): a demand unrelated to buying whose stated purpose
// is a step of the purchase the reader is already taking. Sentences written for this file (a furniture shop, a lamp
// shop, a sofa), in no evaluation or training set, each dark line beside honest twins that share its words.
describe('a demand whose purpose is a step of the purchase (issue 9 §6, branch pressfix37b)', () => {
  // The default detector trains its model at first use: slow on a loaded machine.
  beforeAll(() => void labels('warm up'), 300_000);

  it('in English: going on, reaching payment, the basket, placing the order', () => {
    expect(labels('Make an account to go on with your order.')).toContain('forced-action');
    expect(labels('Join our rewards club to reach the payment step.')).toContain('forced-action');
    expect(labels('Please create a profile before you can put the lamp in your basket.')).toContain('forced-action');
    expect(labels('You must subscribe to our offers to place this order.')).toContain('forced-action');
    // Honest twins: optional, own data, a legal requirement stated as such, an ordinary step of buying.
    expect(labels('Create an account if you want to track your order.')).toEqual([]);
    expect(labels('An account lets you see past orders.')).toEqual([]);
    expect(labels('Sign in to see your saved addresses.')).toEqual([]);
    expect(labels('ID is required by law to buy alcohol.')).toEqual([]);
    expect(labels('Choose a size to continue.')).toEqual([]);
    expect(labels('You can create an account to save your basket, or check out as a guest.')).toEqual([]);
  });

  it('in German, Spanish, Italian and Dutch, demand first or purpose first', () => {
    expect(labels('Bitte legen Sie ein Kundenkonto an, um den Preis zu sehen.')).toContain('forced-action');
    expect(labels('Abonnieren Sie unseren Newsletter, um mit der Bestellung fortzufahren.')).toContain('forced-action');
    expect(labels('Um zur Kasse zu gehen, müssen Sie die App installieren.')).toContain('forced-action');
    expect(labels('Crea una cuenta para ver el precio del sofá.')).toContain('forced-action');
    expect(labels('Para continuar con el pedido, debes suscribirte al boletín.')).toContain('forced-action');
    expect(labels('Crea un account per vedere il prezzo del divano.')).toContain('forced-action');
    expect(labels('Per andare alla cassa devi iscriverti alla newsletter.')).toContain('forced-action');
    expect(labels('Download onze app om je bestelling af te ronden.')).toContain('forced-action');
    expect(labels('Om verder te gaan moet je je inschrijven voor de nieuwsbrief.')).toContain('forced-action');
    // Honest twins.
    expect(labels('Sie müssen kein Konto anlegen, um den Preis zu sehen.')).toEqual([]);
    expect(labels('Geben Sie Ihre Postleitzahl ein, um die Versandkosten zu sehen.')).toEqual([]);
    expect(labels('Crea una cuenta si quieres seguir tu pedido.')).toEqual([]);
    expect(labels('Puoi creare un account se vuoi seguire l\'ordine.')).toEqual([]);
    expect(labels('Je hoeft geen account aan te maken om de prijs te zien.')).toEqual([]);
  });

  it('in Portuguese, Swedish and Polish', () => {
    expect(labels('Crie uma conta para ver o preço do sofá.')).toContain('forced-action');
    expect(labels('Baixe o nosso aplicativo para finalizar o pedido.')).toContain('forced-action');
    expect(labels('Ladda ner appen för att slutföra din beställning.')).toContain('forced-action');
    expect(labels('Registrera dig för att se priset på soffan.')).toContain('forced-action');
    expect(labels('Abonnera på vårt nyhetsbrev för att se priserna.')).toContain('forced-action');
    expect(labels('Zarejestruj się, aby zobaczyć cenę sofy.')).toContain('forced-action');
    expect(labels('Pobierz naszą aplikację, żeby dokończyć zamówienie.')).toContain('forced-action');
    // Honest twins.
    expect(labels('Crie uma conta se quiser acompanhar a sua encomenda.')).toEqual([]);
    expect(labels('Logga in för att se dina sparade adresser.')).toEqual([]);
    expect(labels('Du behöver inget konto för att se priset.')).toEqual([]);
    expect(labels('Zaloguj się, aby zobaczyć swoje zapisane adresy.')).toEqual([]);
  });

  it("signing in to see one's own saved or past data is no forced action in French, German or Spanish either", () => {
    expect(labels('Connectez-vous pour voir vos adresses enregistrées.')).toEqual([]);
    expect(labels('Melden Sie sich an, um Ihre gespeicherten Adressen zu sehen.')).toEqual([]);
    expect(labels('Inicia sesión para ver tus pedidos anteriores.')).toEqual([]);
    // Dark twins: the same demand for a step of buying.
    expect(labels('Connectez-vous pour voir le prix de ce canapé.')).toContain('forced-action');
    expect(labels('Inicia sesión para completar tu pedido.')).toContain('forced-action');
  });
});
