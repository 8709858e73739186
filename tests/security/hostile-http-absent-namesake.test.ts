// Red team 33 over real Streamable HTTP, identity: a card named like a brand the person knows but that is not connected
// this time (down, or only in the ledger's history). Look-alike names among connected brands were already labelled
// (label-connections.test.ts); on c587e8f a namesake of an absent brand was shown bare in the explanation, the purchase
// proposal and the ledger (marked "(fixed)").
import { describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import { cardNamed, openMarket, slyRanked } from './http-market.ts';

/** Every surface that shows sly-shoes's name after one request: the explanation, the proposal to confirm, the ledger. */
async function shownNames(m: Awaited<ReturnType<typeof openMarket>>) {
  const result = await m.shop();
  const offer = slyRanked(result)[0]!;
  const proposal = m.session.butler.propose(offer.offerId);
  if (!('summary' in proposal)) throw new Error('no proposal');
  const explained = result.explanation.offers.find((o) => o.offerId === offer.offerId)!;
  return {
    asked: result.asked,
    explanation: explained.brandName,
    proposal: proposal.summary,
    ledger: m.session.trust.brands().find((b) => b.brandId === 'sly-shoes')?.displayName,
  };
}

describe('a card named like a brand the person knows that is not connected now', () => {
  it('(fixed) Trailco configured but down: a card named “Trаilco” (Cyrillic а) is shown with its entry id everywhere', async () => {
    const m = await openMarket({ script: cardNamed('Tr\u0430ilco'), trailcoUnreachable: true });
    const shown = await shownNames(m);
    // Trailco did not connect: the only offers are sly's, and the person knows Trailco.
    expect(shown.asked).toEqual(['sly-shoes']);
    expect(shown.explanation).toBe('Tr\u0430ilco (sly-shoes)');
    expect(shown.proposal).toContain('Tr\u0430ilco (sly-shoes)');
    // The ledger keeps the first name a brand is registered under: the bare look-alike would stay in its history.
    expect(shown.ledger).toBe('Tr\u0430ilco (sly-shoes)');
  });

  it('(fixed) a brand only in the ledger’s history (no longer configured), under its name or as it was last shown labelled', async () => {
    for (const [name, recorded] of [
      ['Summit Gear', 'Summit Gear'],
      ['Summit Gear', 'Summit Gear (summit)'],
    ] as const) {
      const m = await openMarket({
        script: cardNamed(name),
        prepare: (db, at) => new TrustLedger(db, { clock: () => at.getTime() }).registerBrand({ brandId: 'summit', displayName: recorded }),
      });
      const shown = await shownNames(m);
      expect(shown.explanation).toBe('Summit Gear (sly-shoes)');
      expect(shown.proposal).toContain('Summit Gear (sly-shoes)');
    }
  });

  it('leaves alone a name that reads as no one else’s, and a brand’s own record under its own name', async () => {
    const m = await openMarket({
      script: cardNamed('Sly Shoes'),
      trailcoUnreachable: true,
      prepare: (db, at) => {
        const ledger = new TrustLedger(db, { clock: () => at.getTime() });
        ledger.registerBrand({ brandId: 'sly-shoes', displayName: 'Sly Shoes' });
        ledger.registerBrand({ brandId: 'summit', displayName: 'Summit Gear (summit)' });
      },
    });
    const shown = await shownNames(m);
    expect(shown.explanation).toBe('Sly Shoes');
    expect(shown.proposal).toContain('Sly Shoes');
    expect(shown.proposal).not.toContain('(sly-shoes)');
    expect(shown.ledger).toBe('Sly Shoes');
  });
});
