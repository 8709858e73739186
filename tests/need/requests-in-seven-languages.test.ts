import { describe, expect, it } from 'vitest';
import { detectReadLanguage, glossRequest, glossLexiconOf, GLOSS_LEXICONS } from '../../agent/need/gloss/index.ts';
import { languageOfUnderstanding, understandNeedText } from '../../agent/need/index.ts';
import { DEMO_MARKET, judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

/** Thursday 7 October 2027, 14:00 UTC: "viernes", "Samstag", "vrijdag", "fredag" are 8 and 9 October. */
const NOW = new Date('2027-10-07T14:00:00Z');

// Requests written for reqfix37a (none is a row of a blind set), three or more per language read through a gloss: each
// must be understood whole — category, hard and soft rules, budget in the language's money words, recipient and age,
// deadline by weekday name or day-month figures, negation — and recorded in its own language.
const ROWS: readonly UnseenRow[] = [
  // Spanish
  { text: 'Busco un secador de pelo plegable para mi hermana, menos de 50 euros', lang: 'es', expect: '490', hard: ['foldable eq true'], budget: 50, who: 'sister' },
  { text: 'necesito una mochila escolar azul para mi hijo de 9 años, hasta 40 €', lang: 'es', expect: '100', hard: ['backpack_type eq school'], budget: 40, who: 'son', age: 9 },
  { text: 'una cafetera espresso con espumador de leche, nada de Philips, antes del viernes, máximo 250 euros', lang: 'es', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true', 'maker not-in Philips'], budget: 250, deadline: ['2027-10-07', '2027-10-08'] },
  { text: 'pienso seco para cachorro de raza grande, sin cereales, 12 kg, máximo 60 euros', lang: 'es', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq large', 'grain_free eq true'], budget: 60 },
  // Italian
  { text: 'cerco un aspirapolvere senza sacchetto, silenzioso, al massimo 300 euro', lang: 'it', expect: '619', hard: ['bagless eq true'], soft: ['noise_db lower'], budget: 300 },
  { text: 'Un regalo per mia moglie: una giacca impermeabile con cappuccio, taglia M, entro venerdì', lang: 'it', expect: '5598', hard: ['waterproof eq true', 'hood eq true', 'size eq M'], who: 'wife', deadline: ['2027-10-08'] },
  { text: 'bollitore elettrico in vetro con controllo della temperatura, non più di 45 euro', lang: 'it', expect: '751', hard: ['body eq glass', 'temperature_control eq true'], budget: 45 },
  // German
  { text: 'Ich suche einen Wasserkocher aus Glas mit Temperaturregelung, höchstens 50 Euro', lang: 'de', expect: '751', hard: ['body eq glass', 'temperature_control eq true'], budget: 50 },
  { text: 'Für meine Tochter (8): ein Kinderfahrrad mit 20 Zoll, bis 250 Euro, bis Samstag', lang: 'de', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 250, who: 'daughter', age: 8, deadline: ['2027-10-08', '2027-10-09'] },
  { text: 'Kabellose Kopfhörer mit Geräuschunterdrückung, nicht von Sony, unter 200 €', lang: 'de', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 200 },
  { text: 'Ich brauche einen Bürostuhl mit Lendenwirbelstütze und verstellbaren Armlehnen, unter 300 Euro', lang: 'de', expect: '2045', hard: ['lumbar_support eq true', 'adjustable_armrests eq true'], budget: 300 },
  // Dutch
  { text: 'Ik zoek een draadloze koptelefoon met ruisonderdrukking, geen Bose, tot 250 euro', lang: 'nl', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Bose'], budget: 250 },
  { text: 'Een glazen waterkoker voor mijn moeder, maximaal 40 euro, uiterlijk vrijdag', lang: 'nl', expect: '751', hard: ['body eq glass'], budget: 40, who: 'mother', deadline: ['2027-10-07', '2027-10-08'] },
  { text: 'robotstofzuiger zonder zak, stil, niet meer dan 400 euro', lang: 'nl', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], soft: ['noise_db lower'], budget: 400 },
  // Portuguese
  { text: 'Procuro uns auscultadores sem fios com cancelamento de ruído, até 150 euros', lang: 'pt', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 150 },
  { text: 'Um capacete de bicicleta para o meu filho de 6 anos, com luz integrada, no máximo 40 €', lang: 'pt', expect: '1029', hard: ['integrated_light eq true'], budget: 40, who: 'son', age: 6 },
  { text: 'uma tenda para 4 pessoas, autoportante, entre 200 e 300 euros', lang: 'pt', expect: '1022', hard: ['capacity_persons ~ 4', 'freestanding eq true'], budget: 300 },
  // Polish
  { text: 'Szukam plecaka turystycznego 40 litrów, wodoodpornego, do 300 zł', lang: 'pl', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 40', 'waterproof eq true'], budget: 300, cur: 'PLN' },
  { text: 'Prezent dla mojej córki (7 lat): rower dziecięcy 20 cali, maks. 800 zł', lang: 'pl', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 800, cur: 'PLN', who: 'daughter', age: 7 },
  { text: 'odkurzacz pionowy bez worka, nie Dyson, najwyżej 1500 zł', lang: 'pl', expect: '619', hard: ['vacuum_type eq stick', 'bagless eq true', 'maker not-in Dyson'], budget: 1500, cur: 'PLN' },
  // Swedish
  { text: 'Jag letar efter trådlösa hörlurar med brusreducering, inte Sony, högst 2000 kr', lang: 'sv', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Sony'], budget: 2000, cur: 'SEK' },
  { text: 'En vattenkokare i rostfritt stål till min mamma, runt 400 kr', lang: 'sv', expect: '751', hard: ['body eq stainless steel'], budget: 440, cur: 'SEK', who: 'mother' },
  { text: 'robotdammsugare utan påse, tyst, senast fredag, max 3500 kr', lang: 'sv', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], soft: ['noise_db lower'], budget: 3500, cur: 'SEK', deadline: ['2027-10-07', '2027-10-08'] },
];

describe('requests in Spanish, Italian, German, Dutch, Portuguese, Polish and Swedish are read through a gloss', () => {
  it.each(ROWS.map((row) => [row.lang, row.text, row] as const))('[%s] %s', (_lang, _text, row) => {
    const failures = judgeUnseen(row, readUnseen(row, NOW));
    expect(failures.map((f) => `[${f.kind}] ${f.detail}`)).toEqual([]);
  });

  it('covers every glossed language with at least three requests', () => {
    // The six languages added by lang38 have their own rows (requests-in-six-more-languages).
    for (const lexicon of GLOSS_LEXICONS.filter((l) => ['es', 'it', 'de', 'nl', 'pt', 'pl', 'sv'].includes(l.language))) expect(ROWS.filter((r) => r.lang === lexicon.language).length).toBeGreaterThanOrEqual(3);
  });

  it('answers in English and says which language it read', () => {
    const u = readUnseen({ text: 'Ik zoek een draadloze koptelefoon, tot 250 euro', lang: 'nl', expect: '' }, NOW);
    expect(u.kind).toBe('need');
    if (u.kind !== 'need') return;
    expect(u.assumptions[0]).toBe('Read in Dutch; I answer in English.');
    // The need keeps the person's words as typed, not the gloss.
    expect(u.need.text).toBe('Ik zoek een draadloze koptelefoon, tot 250 euro');
  });

  it('keeps the language over a conversation, and reads the first words again once the answer names the product', () => {
    const context = { now: NOW, defaultCurrency: 'EUR', market: DEMO_MARKET };
    const first = understandNeedText('para mi hermana, impermeable, máximo 100 euros', context);
    expect(first.kind).toBe('clarify');
    if (first.kind !== 'clarify') return;
    expect(first.partial.language).toBe('es');
    const second = understandNeedText('una mochila', { ...context, previous: first.partial });
    expect(second.kind).toBe('need');
    if (second.kind !== 'need') return;
    expect([second.need.category, second.need.language, second.need.recipient?.who, second.need.budget?.amountMinor]).toEqual(['100', 'es', 'sister', 10000]);
    expect(second.need.hardConstraints).toContainEqual({ attribute: 'waterproof', op: 'eq', value: true });
  });

  it('answers a refusal of a glossed request in English', () => {
    const text = 'necesito un coche de carreras teledirigido';
    expect(languageOfUnderstanding({ kind: 'unsupported', message: 'x', notUnderstood: [] }, text)).toBe('en');
  });

  it('keeps quoted words and names it has no entry for as typed', () => {
    const german = glossLexiconOf('de')!;
    expect(glossRequest('ein Zelt "Hubba Hubba" von MSR, bis 400 Euro', german).text).toBe('a tent "Hubba Hubba" from MSR, up to 400 euros');
  });

  it('reads a bound word by what follows it: a figure makes it a price bound, a day a deadline', () => {
    const swedishFree = glossLexiconOf('pt')!;
    expect(glossRequest('até 90 euros, até sexta-feira', swedishFree).text).toBe('up to 90 euros, by friday');
  });

  it('leaves English and French requests to the languages they are written in', () => {
    expect(detectReadLanguage('a tent for 2 people, under 200 euros, not from MSR')).toBe('en');
    expect(detectReadLanguage('une tente pour 2 personnes, moins de 200 euros')).toBe('fr');
    expect(detectReadLanguage('43', 'sv')).toBe('sv');
  });
});
