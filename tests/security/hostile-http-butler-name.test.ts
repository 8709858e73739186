// Red team 40 over real Streamable HTTP, identity: a brand whose card is named after the butler itself ("Majordome",
// "Your Butler", "Your AI Assistant"). Look-alikes of other brands were labelled with their entry id
// (label-connections.test.ts, hostile-http-absent-namesake.test.ts), but the butler was no brand the names were read
// against: on 0220d75 the proposal the person confirms read `… from Majordome for …`, as if their own agent sold it.
import { describe, expect, it } from 'vitest';
import { labelConnections, type BrandConnection } from '../../agent/butler/index.ts';
import { cardNamed, openMarket, slyRanked } from './http-market.ts';

const connection = (id: string, name: string) => ({ id, card: { id, name } }) as unknown as BrandConnection;
const shownAs = (name: string) => labelConnections([connection('trailco', 'Trailco'), connection('sly-shoes', name)]).map((c) => c.card.name);

describe('a card named after the butler itself', () => {
  it.each(['Majordome', 'MAJORDOME', 'Maj0rdome', 'Maj\u043Erdome', 'Majordome Official Store', 'Your Butler', 'YourButler', 'Your AI Assistant', 'Your Shopping Assistant'])(
    '(fixed) “%s” is shown with its entry id',
    (name) => {
      const [trailco, sly] = shownAs(name);
      expect(sly).toBe(`${name} (sly-shoes)`);
      // The honest brand is not involved.
      expect(trailco).toBe('Trailco');
    },
  );

  it.each(['Butler Coffee Roasters', 'Agent Provocateur', 'Sly Shoes'])('“%s” reads as no one’s', (name) => {
    expect(shownAs(name)[1]).toBe(name);
  });

  it('(fixed) over HTTP, the explanation and the proposal the person confirms name the seller with its entry id', async () => {
    const m = await openMarket({ script: cardNamed('Majordome') });
    const result = await m.shop();
    const offer = slyRanked(result)[0]!;
    const proposal = m.session.butler.propose(offer.offerId);
    if (!('summary' in proposal)) throw new Error('no proposal');
    expect(result.explanation.offers.find((o) => o.offerId === offer.offerId)?.brandName).toBe('Majordome (sly-shoes)');
    expect(proposal.summary).toContain('Majordome (sly-shoes)');
  }, 300_000);
});
