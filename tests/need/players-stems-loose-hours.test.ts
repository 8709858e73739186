import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (5055ee6) "pour jouer à 3" counted no players, a label word said as another part of speech ("contrôlable"
// for "Contrôle par appli", "capuchon" for "Capuche") named nothing, and "tient 20 h" for headphones was no battery.

const valueOf = (text: string, attribute: string): unknown => {
  const need = read(text);
  return need.hardConstraints.find((c) => c.attribute === attribute)?.value ?? need.softPreferences.find((p) => p.attribute === attribute)?.value;
};

describe('players said with the verb to play', () => {
  it('counts them', () => {
    expect(read('un jeu de société pour jouer à 3, en français').hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 3 });
    expect(read('a board game to play with 5, cooperative').hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 5 });
  });
});

describe('a label word said as another part of speech', () => {
  it('names the feature', () => {
    expect(valueOf('un purificateur pour la chambre, contrôlable par appli, silencieux', 'app_control')).toBe(true);
    expect(valueOf('une veste de pluie avec capuchon, taille M', 'hood')).toBe(true);
  });
});

describe('a battery life with a lone "h"', () => {
  it('is read for headphones', () => {
    expect(read('des écouteurs sans fil qui tiennent 20 h').hardConstraints).toContainEqual({ attribute: 'battery_hours', op: 'gte', value: 20 });
  });
});
