import { describe, expect, it } from 'vitest';
import { detectLanguage, formatMoneyIn } from '../../agent/language/index.ts';
import { describeNeed, understandNeedText, type Need, type PartialNeed, type Understanding } from '../../agent/need/index.ts';
import { OPEN_MARKET } from './fixtures/open-market-cards.ts';

// Issue 13 §4: a request written in French gets its summary and questions in French; English stays as it was.

const context = { now: new Date('2026-11-23T10:00:00.000Z'), defaultCurrency: 'EUR' };
const open = { ...context, market: OPEN_MARKET };
/** French money uses non-breaking spaces (U+00A0 before €, U+202F between thousands): compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function need(u: Understanding): Need {
  if (u.kind !== 'need') throw new Error(`expected a need, got ${u.kind}: ${JSON.stringify(u)}`);
  return u.need;
}
function clarify(u: Understanding): { question: string; partial: PartialNeed } {
  if (u.kind !== 'clarify') throw new Error(`expected a question, got ${u.kind}: ${JSON.stringify(u)}`);
  return u;
}

describe('detectLanguage', () => {
  it.each([
    ['un aspirateur sans fil silencieux à moins de 200 €', 'fr'],
    ['un cadeau pour ma sœur, moins de 50 euros', 'fr'],
    ["j'ai besoin d'un casque", 'fr'],
    ['un vélo', 'fr'],
    ['chaussures de trail imperméables pointure 43', 'fr'],
    // Product words only our French taxonomy labels use speak French on their own.
    ['valise souple bleue', 'fr'],
    ['tente 4 places autoportante', 'fr'],
    ['waterproof trail shoes size 43 under 150 euros', 'en'],
    ['a road bike under 500 euros', 'en'],
    ['a present for my son', 'en'],
    ['noise cancelling headphones', 'en'],
  ] as const)('reads %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('keeps the conversation language when the text says nothing either way', () => {
    expect(detectLanguage('43', 'fr')).toBe('fr');
    expect(detectLanguage('road', 'fr')).toBe('fr');
    expect(detectLanguage('Hoka')).toBe('en');
  });
});

describe('formatMoneyIn', () => {
  it('writes French money as fr-FR does, English money in the butler’s stable style', () => {
    expect(plain(formatMoneyIn({ amountMinor: 1850, currency: 'EUR' }, 'fr'))).toBe('18,50 €');
    expect(plain(formatMoneyIn({ amountMinor: 20000, currency: 'EUR' }, 'fr'))).toBe('200 €');
    expect(plain(formatMoneyIn({ amountMinor: 129_900, currency: 'EUR' }, 'fr'))).toBe('1 299 €');
    expect(formatMoneyIn({ amountMinor: 1850, currency: 'EUR' }, 'en')).toBe('18.50 EUR');
  });
});

describe('a French request gets French answers (deterministic engine)', () => {
  it('summarises the need in French, with French labels for the category and the declared attributes', () => {
    const vacuum = need(understandNeedText('un aspirateur sans fil silencieux à moins de 200 €', open));
    expect(vacuum.language).toBe('fr');
    expect(plain(describeNeed(vacuum))).toBe('Aspirateurs, sans fil, moins de 200 €, idéalement niveau sonore plus faible');
    const shoes = need(understandNeedText('chaussures de trail imperméables pointure 43 moins de 150 euros', context));
    expect(plain(describeNeed(shoes))).toBe('Chaussures de trail, pointure 43, imperméable, moins de 150 €');
  });

  it('asks which kind in French when the brands distinguish kinds, and the answer keeps the conversation in French', () => {
    const bike = clarify(understandNeedText('un vélo', open));
    expect(bike.question).toBe('Vélos : road, gravel, mountain, city, hybrid ou kids ? (type de vélo ; dites « peu importe » si cela vous est égal)');
    expect(bike.partial.language).toBe('fr');
    const answered = need(understandNeedText('mountain', { ...open, previous: bike.partial }));
    expect(answered.language).toBe('fr');
    expect(describeNeed(answered)).toMatch(/^Vélos, /);
  });

  it('asks in French which built-in category, which size, and what kind of present', () => {
    expect(clarify(understandNeedText('un casque ou du café', context)).question).toBe('Dois-je chercher des casques audio ou du café ? Je m’occupe d’un seul type de produit par demande.');
    const shoes = clarify(understandNeedText('des chaussures de running', context));
    expect(shoes.question).toBe('Quelle pointure vous faut-il (pointure européenne, par exemple 42 ou 42,5) ?');
    expect(describeNeed(need(understandNeedText('43', { ...context, previous: shoes.partial })))).toBe('Chaussures de running, pointure 43');
    expect(clarify(understandNeedText('un cadeau pour ma sœur, moins de 50 euros', open)).question).toMatch(/^Quel genre de cadeau dois-je chercher pour votre sœur \? Les marques connectées vendent : sacs à dos, valises, /);
  });

  it('writes its notes on what it assumed in French', () => {
    const u = understandNeedText('un aspirateur sans fil', open);
    // "un" is an article as "a" is: neither states a count, so both say the quantity was assumed.
    expect(u.kind === 'need' && u.assumptions).toEqual(['catégorie : aspirateurs (taxonomie produits Google 619)', 'devise : EUR (votre devise par défaut ; aucune indiquée)', 'quantité : 1 (aucune indiquée)']);
    const english = understandNeedText('a cordless vacuum', open);
    expect(english.kind === 'need' && english.assumptions).toEqual(['category: vacuums (Google product taxonomy 619)', 'currency: EUR (your default; none given)', 'quantity: 1 (none given)']);
  });

  it('says in French that no connected brand sells the category', () => {
    const u = understandNeedText('un aspirateur sans fil silencieux à moins de 200 €', context);
    expect(u.kind).toBe('unsupported');
    if (u.kind === 'unsupported') expect(u.message).toMatch(/^Aucune marque connectée ne vend la catégorie aspirateurs \(taxonomie produits Google 619 : .*\) ; elles vendent : chaussures de running, casque audio ou café\. Une boutique peut nous rejoindre/);
  });
});

describe('an English request is answered as before', () => {
  it('keeps the English summary and questions, and leaves the language implicit', () => {
    const shoes = need(understandNeedText('waterproof trail shoes size 43 under 150 euros', context));
    expect(shoes.language).toBeUndefined();
    expect(describeNeed(shoes)).toBe('Trail running shoes, EU 43, waterproof, under 150.00 EUR');
    expect(clarify(understandNeedText('a bike', open)).question).toBe('Bicycles: road, gravel, mountain, city, hybrid or kids? (bike type; say "any" if it does not matter)');
    expect(clarify(understandNeedText('a present for my sister, under 50 euros', open)).question).toMatch(/^What kind of present should I look for for your sister\? The brands you have connected sell backpacks/);
    expect(clarify(understandNeedText('I need shoes', context)).question).toBe('What shoe size do you need (EU size, for example 42 or 42.5)?');
  });
});
