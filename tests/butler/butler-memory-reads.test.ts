import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, SqliteButlerMemory, orderOfOfferIn, purchaseHistoryOf, ratedPurchasesOf, type ButlerMemory, type OrderRecord } from '../../agent/butler/index.ts';
import type { PurchaseHistory } from '../../agent/decision/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import type { RatedPurchase } from '../../agent/taste/index.ts';
import { hashOfferTerms, type Offer } from '../../protocol/index.ts';
import { SimButlerMemory } from '../../sim/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);
const CATEGORIES = ['running-shoes', 'coffee'] as const;
const STYLES: Record<(typeof CATEGORIES)[number], ReadonlyArray<Record<string, string>>> = {
  'running-shoes': [{ terrain: 'road', color: 'red' }, { terrain: 'trail', color: 'blue' }, { terrain: 'road', cushioning: 'max' }],
  coffee: [{ roast: 'dark', form: 'beans' }, { roast: 'light', origin: 'ethiopia' }],
};

function offer(week: number, brandId: string, category: (typeof CATEGORIES)[number], style: number): Offer {
  const attributes = STYLES[category][style]!;
  return {
    offerId: `${brandId}:req-${week}:${category}`,
    requestId: `req-${week}`,
    brandId,
    product: { sku: `${brandId}:${category}:${style}`, gtin: '4006381333931', title: 'A product', maker: 'Maker', category, attributes },
    quantity: 1,
    price: { amountMinor: 5_000 + 100 * week, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2027-12-31T00:00:00.000Z',
    claims: [{ attribute: Object.keys(attributes)[0]!, asserted: Object.values(attributes)[0]! }],
    pitch: 'A fine product.',
    round: 0,
  };
}

function order(o: Offer, at: string, status: OrderRecord['status']): OrderRecord {
  const mandate = { mandateId: `m-${o.offerId}`, offerId: o.offerId, maxAmount: o.price, expiresAt: at, termsHash: hashOfferTerms(o), issuedAt: at };
  const receipt = { orderId: `ord-${o.offerId}`, offerId: o.offerId, idempotencyKey: `idem-${o.offerId}-0000000000`, brandId: o.brandId, sku: o.product.sku, quantity: o.quantity, charged: o.price, terms: o.terms, placedAt: at, termsHash: 'a'.repeat(64) };
  return { orderId: `ord-${o.offerId}`, requestId: o.requestId, brandId: o.brandId, offer: o, mandate, status, placedAt: at, ...(status === 'placed' ? { receipt } : {}) };
}

/**
 * Thirty weeks of shopping (past the 90-day half-life of the bubble): each week one request with offers from three
 * brands, one of them bought and rated (stars from the week), now and then a refusal or a failure first, and a
 * re-rating of an earlier order. Every order placed is rated, as every delivered order is in the simulator.
 */
function* weeks(): Generator<{ at: string; offers: Offer[]; saves: OrderRecord[] }> {
  for (let week = 0; week < 30; week++) {
    const at = new Date(T0 + week * 7 * DAY).toISOString();
    const category = CATEGORIES[week % 3 === 2 ? 1 : 0];
    // Delta sells only in the first month: past a half-life it leaves the bubble.
    const brands = week < 4 ? ['delta', 'beta', 'gamma'] : ['alpha', 'beta', 'gamma'];
    const offers = brands.map((b, i) => offer(week, b, category, (week + i) % STYLES[category].length));
    const saves: OrderRecord[] = [];
    if (week % 5 === 1) saves.push(order(offers[(week + 1) % 3]!, at, 'refused-bait-and-switch'));
    if (week % 7 === 3) saves.push(order(offers[(week + 2) % 3]!, at, 'failed'));
    const first = order(offers[week < 4 ? 0 : week % 3]!, at, 'placed');
    const reported: OrderRecord = { ...first, status: 'outcome-reported', rating: 1 + (week % 5), ratedAt: new Date(Date.parse(at) + DAY).toISOString() };
    saves.push(first, reported);
    // Now and then the person changes their rating a day later (the simulator's memory, like its consumers, only
    // ever saves orders of the current month).
    if (week % 6 === 5) saves.push({ ...reported, rating: 5, ratedAt: new Date(Date.parse(at) + 2 * DAY).toISOString() });
    yield { at, offers, saves };
  }
}

const byRating = (list: readonly RatedPurchase[]) => [...list].sort((a, b) => a.atMs - b.atMs || a.rating - b.rating || (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
const sortedStyles = (h: PurchaseHistory) => Object.fromEntries(Object.entries(h.styles ?? {}).map(([k, v]) => [k, [...v].map(String).sort()]));

const memories: Array<[string, () => ButlerMemory]> = [
  ['in-memory', () => new InMemoryButlerMemory({ secret: 's' })],
  ['SQLite', () => new SqliteButlerMemory(new ButlerStore(openDatabase({ path: ':memory:' })), () => new Date(T0))],
  ['simulator', () => new SimButlerMemory(defaultProfile(), 's')],
];

describe.each(memories)('ButlerMemory narrow reads (%s)', (label, make) => {
  it('ratedPurchases, purchaseHistory and orderOfOffer answer as the derivations from every order saved', () => {
    const memory = make();
    // Every order saved, its latest version, in the order first saved: what a memory that keeps everything lists.
    const all = new Map<string, OrderRecord>();
    const keepsEverything = label !== 'simulator';
    for (const { at, offers, saves } of weeks()) {
      memory.recordOffers(offers, at);
      for (const o of saves) {
        memory.saveOrder(o);
        all.set(o.orderId, o);
      }
      const everything = [...all.values()];
      const now = new Date(Date.parse(at) + 2 * DAY);
      if (keepsEverything) {
        // A memory that keeps every order answers exactly the old derivation from its own list (same order too).
        expect(memory.ratedPurchases()).toEqual(ratedPurchasesOf(memory.orders()));
        expect(memory.ratedPurchases()).toEqual(ratedPurchasesOf(everything));
      } else {
        // The simulator's memory merges what it kept in another order: the same ratings.
        expect(byRating(memory.ratedPurchases())).toEqual(byRating(ratedPurchasesOf(everything)));
      }
      for (const category of CATEGORIES) {
        for (const when of [now, undefined]) {
          const expected = purchaseHistoryOf(everything, category, when);
          const read = memory.purchaseHistory(category, when);
          if (keepsEverything) expect(read).toEqual(expected);
          expect(read.brandIds).toEqual(expected.brandIds);
          expect(sortedStyles(read)).toEqual(sortedStyles(expected));
        }
      }
      // Every offer ever saved for a memory that keeps everything; the simulator's purchases only ever look up the
      // current request's offers (it forgets the others), as do the in-process reservations that read it.
      const looked = keepsEverything ? [...all.values()].map((o) => o.offer.offerId) : offers.map((o) => o.offerId);
      for (const offerId of [...looked, 'nobody:never-offered']) {
        const expected = orderOfOfferIn(everything, offerId);
        const read = memory.orderOfOffer(offerId);
        expect(read === undefined ? undefined : { orderId: read.orderId, status: read.status }).toEqual(expected === undefined ? undefined : { orderId: expected.orderId, status: expected.status });
      }
    }
    // The script did exercise what it means to: ratings, a forgotten brand, refusals and failures.
    expect(ratedPurchasesOf([...all.values()]).length).toBe(30);
    expect(memory.purchaseHistory('running-shoes').brandIds).toContain('delta');
    expect(memory.purchaseHistory('running-shoes', new Date(T0 + 30 * 7 * DAY)).brandIds).not.toContain('delta');
    expect([...all.values()].filter((o) => o.status === 'failed' || o.status === 'refused-bait-and-switch').length).toBeGreaterThan(5);
  });

  it('a read cannot be changed by its caller', () => {
    const memory = make();
    for (const { at, offers, saves } of weeks()) {
      memory.recordOffers(offers, at);
      for (const o of saves) memory.saveOrder(o);
    }
    const first = memory.ratedPurchases();
    const count = first.length;
    first.length = 0;
    expect(memory.ratedPurchases()).toHaveLength(count);
  });

  it('keeps with each quoted price the "was" price it showed, a plain quote of the same price apart', () => {
    const memory = make();
    const plain = offer(1, 'sly', 'coffee', 0);
    const reduced: Offer = { ...offer(2, 'sly', 'coffee', 0), price: plain.price, discount: { kind: 'was-price', referencePrice: { amountMinor: 9_000, currency: 'EUR' } } };
    memory.recordOffers([plain], new Date(T0).toISOString());
    memory.recordOffers([reduced], new Date(T0 + DAY).toISOString());
    const history = memory.priceHistory('sly', { sku: plain.product.sku });
    expect(history.map((p) => [p.price.amountMinor, p.wasPrice?.amountMinor])).toEqual([
      [plain.price.amountMinor, undefined],
      [plain.price.amountMinor, 9_000],
    ]);
  });
});
