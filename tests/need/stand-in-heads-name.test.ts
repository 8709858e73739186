import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A word that stands for an unnamed product ("machine", "robot", "appareil") may also be the head of a product's name
// ("coffee machine"); then the clause after it ("that grinds the beans") says what that named product does, and the
// modifier alone ("coffee") is not the product. On main (30aa7ea) the whole "machine that …" was read as a description
// and the request as coffee beans.

describe('a stand-in word heading a product name', () => {
  it('names that product, not its modifier', () => {
    const need = read('looking for a coffee machine that grinds the beans fresh, budget 450 euros');
    expect(need.category).toBe('736');
    expect(need.hardConstraints).toContainEqual({ attribute: 'grinder', op: 'eq', value: true });
    expect(read('I want an espresso machine which grinds its own beans').category).toBe('736');
  });

  it('still reads a bare stand-in as a described product', () => {
    expect(read('a thing to grind coffee beans at home').category).toBe('736');
    expect(read('something to dry my hair quickly').category).toBe('490');
  });
});
