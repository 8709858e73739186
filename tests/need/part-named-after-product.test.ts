import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// A product named first, then one of its own parts said with a measure ("laptop: 13 inch screen"): the part is the
// laptop's (its "Screen size"), not a monitor or a television to choose between.
describe('a part of the product named first', () => {
  it('keeps the product named first', () => {
    const need = readNeed('a light laptop, 13 inch screen, 8 GB RAM at least, under 800');
    expect(need.category).toBe('328');
    expect(need.hardConstraints).toContainEqual({ attribute: 'ram_gb', op: 'gte', value: 8 });
  });

});
