import { describe, expect, it } from 'vitest';
import { understandNeedText, type Understanding } from '../../agent/need/index.ts';
import { OPEN_MARKET } from './fixtures/open-market-cards.ts';

// Every note and question the deterministic engine writes for a French request is French: budgets (approximate, per
// unit, several ceilings, a soft "idéalement moins de", a second currency, an absurd amount, a range), measures out of
// range, shoe sizes off the chart or converted, quantities, packs and sizes, a recipient's age, and the measures of
// open-market categories with their attribute names. English requests keep their English notes (the other tests).
// Not checked: a brand's declared enum values in a "which kind?" question ("road, gravel ou kids"), shown as declared.

const NOW = new Date('2026-11-23T10:00:00.000Z');
const BUILTIN = { now: NOW, defaultCurrency: 'EUR' };
const MARKET = { ...BUILTIN, market: OPEN_MARKET };

/** Words that give away an English sentence; none is a French word (the person's own quoted words are removed first). */
const ENGLISH_GIVEAWAYS = [
  'read', 'kept', 'lowest', 'ceiling', 'several', 'usable', 'only', 'used', 'currency', 'order', 'would', 'like',
  'stay', 'under', 'cheaper', 'welcome', 'fits', 'still', 'must', 'between', 'weighs', 'weight', 'percentage',
  'quantity', 'size', 'chart', 'converted', 'check', 'given', 'men', 'items', 'per', 'pack', 'packs', 'strong', 'wish',
  'offered', 'brand', 'selling', 'states', 'measure', 'someone', 'aged', 'battery', 'life', 'hours', 'days', 'years',
  'persons', 'players', 'speeds', 'pieces', 'the', 'for', 'of', 'is', 'not', 'with', 'and', 'to', 'up', 'out',
];
const GIVEAWAY = new RegExp(`(?<![\\p{L}_])(${ENGLISH_GIVEAWAYS.join('|')})(?![\\p{L}_])`, 'iu');
/** A wire attribute name ("weight_kg", "min_players") said instead of its French label. */
const WIRE_NAME = /\b[a-z]+_[a-z_]+\b/;

/** A note without the person's own words, which stay as typed (« … » in French; "…" if an English quote slipped in, which the check then sees). */
function withoutQuotedWords(note: string): string {
  return note.replace(/«[^»]*»/g, '« »');
}

/** Every sentence the understanding says back: notes, question, refusal. */
function sentencesOf(result: Understanding): string[] {
  const said = [...result.notUnderstood];
  if (result.kind === 'need') said.push(...result.assumptions);
  if (result.kind === 'clarify') said.push(result.question);
  if (result.kind === 'unsupported') said.push(result.message);
  return said;
}

/** The defaults every need lists (currency, quantity, category): the other notes are what the request exercises. */
const DEFAULT_NOTE = /^(devise|quantité|catégorie) : /;

/** The English-looking sentences of a French request's understanding (and checks it said something worth checking). */
function englishIn(text: string, context: typeof BUILTIN): string[] {
  const said = sentencesOf(understandNeedText(text, context));
  expect(said.filter((s) => !DEFAULT_NOTE.test(s)), `no note to check for ${JSON.stringify(text)}`).not.toEqual([]);
  return said.filter((s) => {
    const bare = withoutQuotedWords(s);
    return GIVEAWAY.test(bare) || WIRE_NAME.test(bare) || /"/.test(bare);
  });
}

/** French requests, each expected to produce at least one note of the kind named. */
const BUILTIN_REQUESTS: readonly (readonly [what: string, text: string])[] = [
  ['an approximate budget', 'un casque audio sans fil autour de 100 €'],
  ['an approximate budget ("environ")', 'un casque audio sans fil environ 100 euros'],
  ['a per-unit budget', '2 paires de chaussures de trail pointure 43, 80 € chacune'],
  ['several ceilings', 'un casque audio à moins de 100 € et pas plus de 80 €'],
  ['a soft ceiling', 'un casque audio idéalement moins de 120 €'],
  ['a second currency', 'un casque audio à moins de 100 € ou 90 dollars'],
  ['a zero budget', 'un casque audio à moins de 0 €'],
  ['an absurd budget', 'un casque audio à moins de 99999999999 €'],
  ['a price range', 'un casque audio entre 100 et 150 €'],
  ['a battery life out of range', 'un casque audio avec 500h d’autonomie'],
  ['a coffee pack out of range', 'du café en grains 20 kg'],
  ['a coffee pack size', 'du café en grains 500 g'],
  ['a shoe weight out of range', 'des chaussures de trail pointure 43 de 2 kg'],
  ['a headphone weight out of range', 'un casque audio sans fil de 2 kg'],
  ['a drop out of range', 'des chaussures de trail pointure 43 drop de 30 mm'],
  ['a percentage out of range', 'du café 150 % arabica'],
  ['a quantity out of range', '2000 casques audio sans fil'],
  ['a size that is not an EU size', 'des chaussures de trail pointure 70'],
  ['a size off the US chart', 'des chaussures de trail pointure 30 US'],
  ['a size converted without a system', 'des chaussures de trail pointure 9'],
  ['a size converted from UK', 'des chaussures de trail pointure 8 UK'],
];

const OPEN_REQUESTS: readonly (readonly [what: string, text: string])[] = [
  ['a weight', 'un vélo de route de moins de 10 kg'],
  ['a converted weight', 'un vélo de route de moins de 9500 g'],
  ['a number of people', 'un jeu de société pour 4'],
  ['people and a budget', 'un jeu de société pour 4 joueurs de moins de 40 €'],
  ['a recipient’s age', 'un cadeau pour un enfant de 10 ans, un jeu de société'],
  ['a pack and a stated size', 'un lot de 6 chaussettes taille M'],
  ['a converted measure with a unit word', 'une tente pour 3 personnes de moins de 3 kg, idéalement moins de 200 €'],
  ['an approximate budget and a second currency', 'un vélo de route autour de 900 € ou 800 dollars'],
  ['a zero budget', 'une bouilloire 2000 W à moins de 0 €'],
  ['a declared unit word', 'un vélo de ville 10 vitesses'],
  ['a measure no brand states', 'une tente de 40 dB'],
  ['several measures', 'un aspirateur robot de moins de 3 kg, 65 dB max, environ 300 €'],
  ['a per-unit budget', '3 lots de 6 chaussettes, 10 € chacun'],
  ['several ceilings', 'une bouilloire à moins de 60 € et pas plus de 50 €'],
  ['a soft ceiling alone', 'une bouilloire idéalement moins de 40 €'],
  ['an absurd quantity', '5000 bouilloires'],
  ['a measure before any category', 'un cadeau de 40 dB pour ma sœur'],
];

describe('every note of a French request is French', () => {
  it.each(BUILTIN_REQUESTS)('%s (built-in categories)', (_, text) => {
    expect(englishIn(text, BUILTIN)).toEqual([]);
  });

  it.each(OPEN_REQUESTS)('%s (open market)', (_, text) => {
    expect(englishIn(text, MARKET)).toEqual([]);
  });

  it('says what it read, in French words', () => {
    // French money has non-breaking spaces ("110\u00a0€"); compared here with plain ones.
    const notes = (text: string, context = BUILTIN) => sentencesOf(understandNeedText(text, context)).map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
    expect(notes('un casque audio sans fil autour de 100 €')).toContain('budget : « autour de 100 € » lu comme 110 € au plus');
    expect(notes('2 paires de chaussures de trail pointure 43, 80 € chacune')).toContain('budget : « 80 € chacune » × 2 = 160 € pour la commande');
    expect(notes('un casque audio à moins de 100 € et pas plus de 80 €')).toContain('budget : plusieurs plafonds donnés ; le plus bas est retenu, 80 €');
    expect(notes('un casque audio idéalement moins de 120 €')).toContain('budget : aucun plafond ferme ; 120 € retenu comme un prix sous lequel vous aimeriez rester');
    expect(notes('un casque audio à moins de 100 € ou 90 dollars')).toContain('« 90 dollars » (une deuxième devise ; seul EUR est utilisé)');
    expect(notes('un casque audio à moins de 0 €')).toContain('« à moins de 0 € » (pas un budget utilisable)');
    expect(notes('un vélo de route de moins de 10 kg', MARKET)).toContain('poids : « moins de 10 kg »');
    expect(notes('un vélo de route de moins de 9500 g', MARKET)).toContain('poids : « moins de 9500 g » (9,5 kg)');
    expect(notes('un jeu de société pour 4', MARKET)).toContain('joueurs minimum / joueurs maximum : « pour 4 »');
  });

  it('still checks what it claims: the giveaway list catches today’s English notes', () => {
    expect(GIVEAWAY.test('budget: "autour de 100 €" read as up to 110.00 EUR')).toBe(true);
    expect(GIVEAWAY.test('budget: several ceilings given; kept the lowest, 80.00 EUR')).toBe(true);
    expect(WIRE_NAME.test('weight_kg: « moins de 10 kg »')).toBe(true);
    expect(GIVEAWAY.test(withoutQuotedWords('budget : « pas plus de 80 € » lu comme votre prix maximum'))).toBe(false);
  });
});
