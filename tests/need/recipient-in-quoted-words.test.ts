import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// Whom a request is for when the speaker passes on someone's own words, or says "it's for her". On main (8e17732)
// "my dad wrote: "…"" and "ma tante m'a envoyé « … »" named no recipient, and "c'est pour lui" was left unread.

describe('the recipient of quoted or forwarded words', () => {
  it('is the speaker\'s person whose own wish is quoted', () => {
    expect(read('My dad wrote: "an electric kettle with a keep-warm mode, not white", under 60 euros').recipient?.who).toBe('father');
    expect(read('Ma tante m\'a envoyé « une tente 2 places, légère, pas plus de 250 € »').recipient?.who).toBe('aunt');
    expect(read('My girlfriend texted me "a backpack, 30 litres, waterproof", max £90').recipient?.who).toBe('girlfriend');
  });

  it('is not the writer of advice given to the speaker, nor anyone named after "for"', () => {
    expect(read('A blender for smoothies; my colleague wrote "get one with a glass jug", under 100 euros').recipient).toBeUndefined();
    expect(read('A kettle for my son. My wife wrote: "a glass one, under 50 euros"').recipient?.who).toBe('son');
  });

  it('is the one person named when the speaker says the product is for them, and the words are read', () => {
    const u = readRequest('Mon grand-père m\'a demandé un casque audio sans fil — c\'est pour lui, 80 € maxi');
    const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
    expect(need?.recipient?.who).toBe('grandfather');
    expect(u.notUnderstood.join(' | ')).not.toContain('lui');
    expect(read('Wireless headphones, my mum needs new ones, it\'s for her, under 90 euros').recipient?.who).toBe('mother');
  });

  it('keeps "her" before a noun a possessive', () => {
    const u = readRequest('An electric kettle for her birthday, under 50 euros');
    expect(u.kind === 'need' ? u.need.recipient?.who : 'not a need').toBeUndefined();
  });
});
