import { describe, expect, it } from 'vitest';
import { categoryOf, readRequest, readNeedOrPartial as read } from './unseen-requests-judge.ts';

// One vocabulary of negation words (`agent/need/negation-words.ts`). Before it, six readers kept their own lists with
// different members; on main (b96e232) "nothing that heats soup" asked for heating, "neither wired nor bulky" for wired
// headphones, "without going over that" bounded nothing and "jamais un scooter, un vélo" was refused as scooters.

const rule = (text: string, attribute: string): unknown => {
  const need = read(text);
  return need.hardConstraints.find((c) => c.attribute === attribute)?.value ?? need.softPreferences.find((p) => p.attribute === attribute)?.value;
};

describe('the negation words', () => {
  it('negate a feature said by what it does, or by the opposite of its "<x>less" name', () => {
    expect(rule('a blender, nothing that heats soup', 'heating')).toBeUndefined();
    expect(rule('headphones, neither wired nor bulky', 'wireless')).toBe(true);
    expect(rule('a drill, anything except corded', 'cordless')).not.toBe(false);
  });

  it('bound the figure said before when said with "without"', () => {
    expect(read('A kettle: I paid 60 last time, without going over that').budget?.amountMinor).toBe(6000);
  });

  it('turn a bound around after "except"', () => {
    expect(read('a tent, any weight except under 2 kg').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'gte', value: 2 });
  });

  it('say what the product is not, after "jamais" too', () => {
    expect(categoryOf(readRequest('jamais un scooter, un vélo pour aller au travail'))).not.toBe('unsupported');
  });
});

describe('the French particles "ne" and "n\'"', () => {
  it('negate a reading nearby when the rest of the negation is "plus"', () => {
    expect(read('Une bouilloire : l\'ancienne a coûté 30 et je ne veux plus payer au-delà.').budget?.amountMinor).toBe(3000);
  });

  it('exclude nothing themselves: "n\'importe quelle" is any', () => {
    expect(categoryOf(readRequest('N\'importe quelle tente fera l\'affaire, moins de 100 euros'))).toBe('1022');
  });
});
