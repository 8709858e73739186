import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buyerPseudonym } from '../../agent/butler/index.ts';

const direct = (secret: string, brandId: string) => `buyer-${createHmac('sha256', secret).update(brandId).digest('hex').slice(0, 20)}`;

describe('buyerPseudonym', () => {
  it('is the HMAC of the brand under the secret, first call or remembered, beyond the memory bounds too', () => {
    expect(buyerPseudonym('s1', 'trailco')).toBe(direct('s1', 'trailco'));
    expect(buyerPseudonym('s1', 'trailco')).toBe(direct('s1', 'trailco'));
    expect(buyerPseudonym('s1', 'acme')).not.toBe(buyerPseudonym('s1', 'trailco'));
    expect(buyerPseudonym('s2', 'trailco')).not.toBe(buyerPseudonym('s1', 'trailco'));
    // Secrets and brand ids that would collide if joined into one key stay apart.
    expect(buyerPseudonym('a\u0000b', 'c')).toBe(direct('a\u0000b', 'c'));
    expect(buyerPseudonym('a', 'b\u0000c')).toBe(direct('a', 'b\u0000c'));
    for (let i = 0; i < 2_500; i++) expect(buyerPseudonym(`secret-${i}`, `brand-${i % 1_200}`)).toBe(direct(`secret-${i}`, `brand-${i % 1_200}`));
    for (let i = 0; i < 1_200; i++) expect(buyerPseudonym('one', `brand-${i}`)).toBe(direct('one', `brand-${i}`));
  });
});
