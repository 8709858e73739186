// Red team 29, the "anything cheaper?" round: with a budget the brands were not told, the butler asks every brand once
// more for its cheapest fitting options, and uses those answers only when nothing offered first could be bought within
// the budget. "Could be bought" was read as "meets the hard constraints within the budget", not as the ranking and the
// purchase read it: a hostile brand sending one cheap offer that meets the constraints but can never be bought (expired,
// another category, another currency's look-alike is covered by the budget check) made the butler throw away every
// honest brand's cheaper answer, and the person was left with nothing to buy although an honest offer fit the budget.
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerTrust, SqliteButlerMemory, bindBrandIdentity, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, type NeedBriefInput, type Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { catalogOf } from '../butler/harness.ts';
import { CAPABILITY_REFUSED, schemaValidAnswer } from './schema-valid-answer.ts';
import { clock, eur, need, slyOffer, slyProduct } from './sly-market.ts';

const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

/** The person's need, with a budget of 100 EUR they did not share. */
const tightNeed = { ...need, budget: eur(10_000), text: 'noise cancelling headphones under 100 euros' };

/** An in-process brand `id` selling the headphones Sly sells, answering briefs with `offers` (schema-checked, bound to its entry). */
function brand(id: string, offers: (brief: NeedBriefInput) => Offer[]): BrandConnection {
  const card = createBrandAgentCore(createStrategyBrand({ id, name: id, strategy: 'honest', categories: ['headphones'], catalog: catalogOf(id.toUpperCase(), [{ product: 'jbl-tune-770nc-black', price: 9_000, stock: 9 }]) })).card;
  return bindBrandIdentity(
    {
      id,
      card,
      timeoutMs: 4_000,
      supports: (c) => card.capabilities.includes(c) && c !== 'questions' && c !== 'counters',
      requestOffers: async (brief) => schemaValidAnswer(PROTOCOL_TOOLS.requestOffers.output, { requestId: brief.requestId, outcome: 'offers', offers: offers(brief) }),
      askQuestion: async () => CAPABILITY_REFUSED,
      counterOffer: async () => CAPABILITY_REFUSED,
      placeOrder: async () => CAPABILITY_REFUSED,
      getOrder: async () => CAPABILITY_REFUSED,
    },
    id,
  );
}

/** Honest Valuco: its best fit first (150 EUR), and asked "anything cheaper?", a cheaper fitting pair (80 EUR). */
const valuco = brand('valuco', (brief) => {
  const cheaper = brief.softPreferences.some((p) => p.attribute === 'price');
  const offer = slyOffer(cheaper ? 'valuco-cheap' : 'valuco-best', brief.requestId);
  const product = cheaper ? { ...offer.product, sku: 'VALUCO-LITE', title: `${offer.product.title} (last season)` } : { ...offer.product, sku: 'VALUCO-BEST' };
  return [{ ...offer, brandId: 'valuco', product, price: eur(cheaper ? 8_000 : 15_000) }];
});

/** Sly: one 50 EUR offer of the same headphones, rewritten by `change` (sent again when asked for cheaper ones). */
const sly = (change: (offer: Offer) => Offer) => brand('sly', (brief) => [change({ ...slyOffer('sly-1', brief.requestId), price: eur(5_000) })]);

async function shop(connections: BrandConnection[]) {
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  const result = await butler.shop(tightNeed);
  return { ranked: result.ranking.ranked.map((r) => r.offer.offerId) };
}

const valucoCheap = (ranked: readonly string[]) => ranked.filter((id) => id.includes('valuco-cheap'));

describe('an offer that can never be bought does not make the butler drop the honest brands’ cheaper answers', () => {
  it('(fixed) an expired 50 EUR offer: Valuco’s 80 EUR pair, within the budget, is still ranked', async () => {
    const expired = sly((o) => ({ ...o, validUntil: new Date(clock.now().getTime() - 60_000).toISOString() }));
    const { ranked } = await shop([valuco, expired]);
    // On main: nothing ranked (Valuco's first offer is over the budget, Sly's expired, Valuco's cheaper one thrown away).
    expect(valucoCheap(ranked)).toHaveLength(1);
  });

  it('(fixed) a 50 EUR offer of another category with the same attributes: the same', async () => {
    const otherCategory = sly((o) => ({ ...o, product: { ...o.product, category: 'running-shoes' } }));
    const { ranked } = await shop([valuco, otherCategory]);
    expect(valucoCheap(ranked)).toHaveLength(1);
  });

  it('honest case: a 50 EUR offer the person can buy is the answer, and the cheaper round stays unused', async () => {
    const { ranked } = await shop([valuco, sly((o) => o)]);
    expect(ranked.some((id) => id.includes('sly-1'))).toBe(true);
    expect(valucoCheap(ranked)).toEqual([]);
  });

  it('control: without Sly, Valuco’s cheaper pair is ranked', async () => {
    const { ranked } = await shop([valuco]);
    expect(valucoCheap(ranked)).toHaveLength(1);
    expect(slyProduct.product.category).toBe('headphones');
  });
});
