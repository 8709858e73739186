import { describe, expect, it } from 'vitest';
import { readNeed, readRequest } from './unseen-requests-judge.ts';

// On main (b96e232) a "not …" list ended at the product's own name said again ("un vélo de ville, pas de vélo
// électrique": electric was then asked for) and at a word asking for one more ("no app, I don't want another app": the
// app was then required). Both words belong to the refusal.

const rules = (text: string): string[] => readNeed(text).hardConstraints.map((c) => `${c.attribute} ${c.op} ${JSON.stringify(c.value)}`);

describe('a refusal said through the product name or "another"', () => {
  it('refuses the feature said after the product name repeated (French word order)', () => {
    expect(rules('Je cherche un vélo pour mon fils, surtout pas de vélo électrique, 400 € maximum')).toContain('electric eq false');
    expect(rules('Je cherche un vélo pour mon fils, surtout pas de vélo électrique, 400 € maximum')).not.toContain('electric eq true');
    expect(rules('Une valise à roulettes pour la soute, pas de valise souple, moins de 180 €')).not.toContain('shell eq "soft"');
  });

  it('refuses it in English too, and leaves the repeated name unreported', () => {
    expect(rules('a hybrid bike for commuting, definitely not an electric bike, under 700 pounds')).toContain('electric eq false');
    expect(readRequest('a hybrid bike for commuting, definitely not an electric bike, under 700 pounds').notUnderstood.join(' ')).not.toContain('bike');
  });

  it('reads "another" after a negation as part of the refusal', () => {
    expect(rules("an air purifier with a HEPA filter, no app control, I don't want another app on my tablet, max 200 euros")).toContain('app_control eq false');
    expect(rules("une brosse à dents sonique, je ne veux pas d'autre appli, moins de 60 €")).toContain('app eq false');
  });
});
