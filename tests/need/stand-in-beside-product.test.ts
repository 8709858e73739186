import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A word that only stands for a product ("robot", "machine") names one only when nothing else does: said beside a
// product's name, before it ("robot aspirateur", "robot tondeuse") or after it ("aspi robot"), it is that product's
// kind, not the "Robots et blenders" its label also heads. On main (5175a4e) each of these asked for a blender type.

describe('a stand-in word beside the name of a product', () => {
  it('is the kind of the product named beside it, in either order', () => {
    const vacuum = read('je cherche un robot aspirateur pour mon studio, moins de 250 euros');
    expect(vacuum.category).toBe('619');
    expect(vacuum.hardConstraints).toContainEqual({ attribute: 'vacuum_type', op: 'eq', value: 'robot' });
    const mower = read('robot tondeuse connecté pour un jardin de 600 m2 svp');
    expect(mower.category).toBe('694');
    expect(mower.hardConstraints).toContainEqual({ attribute: 'robotic', op: 'eq', value: true });
  });

  it('reads the short "aspi" as a vacuum cleaner', () => {
    const vacuum = read("un aspi robot pas trop cher pour les poils de chien");
    expect(vacuum.category).toBe('619');
    expect(vacuum.hardConstraints).toContainEqual({ attribute: 'vacuum_type', op: 'eq', value: 'robot' });
  });

  it('still names the kitchen robot when no other product is named', () => {
    expect(read('un robot pâtissier rouge pour ma mère').category).toBe('505666');
    expect(read('robot blender pour les smoothies du matin').category).toBe('505666');
    expect(read('un robot qui tond la pelouse tout seul').category).toBe('694');
  });
});
