import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';

// Misdirection read by structure (each wording written for this file, in no evaluation set).
describe('misdirection: an upper option chosen for the buyer, a reference price the seller set itself', () => {
  it('an option marked "(selected, +€45)", a choice justified by what others pick, a self-set RRP', () => {
    expect(labels('Frame colour: matte black. Anti-glare coating (selected, +€45).')).toContain('misdirection');
    expect(labels('Room type: Standard, Superior, Suite (selected).')).toContain('misdirection');
    expect(labels('Most riders pick the annual pass, so we have signed you up for it.')).toContain('misdirection');
    expect(labels('You save €150 against the RRP. The RRP is set by our own brand.')).toContain('misdirection');
    expect(labels('Prix de référence fixé par nos soins : 89 €.')).toContain('misdirection');
  });

  it('a free standard default, "selected" as an adjective, a maker\'s list price are honest', () => {
    expect(labels('Standard delivery (selected, free). Express is €6 if you need it.')).toEqual([]);
    expect(labels('Save 20% on selected lamps this week.')).toEqual([]);
    expect(labels('Our list price is set by the manufacturer; we sell 10% below it.')).toEqual([]);
  });
});
