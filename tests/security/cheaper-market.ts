// The market of the "anything cheaper?" red-team tests: honest Valuco (its best fit at 150 EUR, a cheaper fitting pair
// at 80 EUR when asked for cheaper ones) and a hostile "sly" sending 50 EUR offers, both in-process and bound to their
// entries, shopped by a butler over an in-memory SQLite database for a need with a 100 EUR budget the brands were not told.
import { LedgerTrust, SqliteButlerMemory, bindBrandIdentity, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, type NeedBriefInput, type Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { catalogOf } from '../butler/harness.ts';
import { CAPABILITY_REFUSED, schemaValidAnswer } from './schema-valid-answer.ts';
import { clock, eur, need, slyOffer } from './sly-market.ts';

const closers: Array<() => void> = [];

/** Closes the databases of the markets shopped (an `afterEach` of the tests). */
export function closeMarkets(): void {
  while (closers.length) closers.pop()!();
}

/** The person's need, with a budget of 100 EUR they did not share. */
export const tightNeed = { ...need, budget: eur(10_000), text: 'noise cancelling headphones under 100 euros' };

/** An in-process brand `id` selling the headphones Sly sells, answering briefs with `offers` (schema-checked, bound to its entry). */
export function brand(id: string, offers: (brief: NeedBriefInput) => Offer[]): BrandConnection {
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
export const valuco = brand('valuco', (brief) => {
  const cheaper = brief.softPreferences.some((p) => p.attribute === 'price');
  const offer = slyOffer(cheaper ? 'valuco-cheap' : 'valuco-best', brief.requestId);
  const product = cheaper ? { ...offer.product, sku: 'VALUCO-LITE', title: `${offer.product.title} (last season)` } : { ...offer.product, sku: 'VALUCO-BEST' };
  return [{ ...offer, brandId: 'valuco', product, price: eur(cheaper ? 8_000 : 15_000) }];
});

/** Sly: one 50 EUR offer of the same headphones, rewritten by `change` (given the request's number, from 1; sent again when asked for cheaper ones). */
export const sly = (change: (offer: Offer, request: number) => Offer) => {
  let request = 0;
  return brand('sly', (brief) => {
    if (!brief.requestId.endsWith('.cheaper')) request += 1;
    return [change({ ...slyOffer(`sly-${request}`, brief.requestId), price: eur(5_000) }, request)];
  });
};

/** Shops the tight need `requests` times a day apart with one butler and memory, returning the last ranking's offer ids and exclusions. */
export async function shop(connections: BrandConnection[], requests = 1) {
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  let result = await butler.shop(tightNeed);
  for (let i = 1; i < requests; i++) {
    clock.advanceDays(1);
    result = await butler.shop(tightNeed);
  }
  return { ranked: result.ranking.ranked.map((r) => r.offer.offerId), excluded: result.ranking.excluded.map((x) => ({ offerId: x.offerId, codes: x.reasons.map((r) => r.code) })) };
}

/** Valuco's cheaper pair among ranked offer ids. */
export const valucoCheap = (ranked: readonly string[]) => ranked.filter((id) => id.includes('valuco-cheap'));
