// A brand's refusal of an order the person confirmed is recorded once per brand and request (order-refused): the offers
// of a request's "anything cheaper?" round belong to the same request, so a brand honestly out of stock is not recorded
// twice for one request because the butler asked it twice.
import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, LedgerTrust, cheaperRequestId, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import type { BrandCard, Offer } from '../../protocol/index.ts';
import { openDatabase } from '../../storage/index.ts';

const BRAND = 'empty-shelves';
const NOW = new Date('2026-11-23T10:00:00.000Z');

function offer(id: string, requestId: string): Offer {
  return {
    offerId: `${BRAND}:${id}`,
    requestId,
    brandId: BRAND,
    product: { sku: `trail-${id}`, title: 'Trail shoe', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor: 9_000, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-12-20T00:00:00.000Z',
    claims: [],
    round: 0,
  } as Offer;
}

function market() {
  const db = openDatabase({ path: ':memory:' });
  const memory = new InMemoryButlerMemory();
  memory.saveProfile(defaultProfile());
  const ledger = new TrustLedger(db);
  const card = { id: BRAND, name: 'Empty Shelves', description: 'Out of stock.', categories: ['running-shoes'], currencies: ['EUR'], capabilities: ['offers', 'orders'], policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR'] } } as BrandCard;
  const refused = { ok: false as const, error: { code: 'OUT_OF_STOCK' as const, message: 'sold out' } };
  const brand = { id: BRAND, card, timeoutMs: 1_000, supports: () => true, placeOrder: async () => refused, getOrder: async () => refused } as unknown as BrandConnection;
  const butler = createButler({ brands: () => [brand], memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: () => NOW, honestyFloor: RECOMMENDATION_FLOOR });
  const buy = (o: Offer) => butler.purchase({ offerId: o.offerId, confirmedBy: 'person', channel: 'terminal', at: NOW.toISOString() });
  const refusals = () => ledger.eventsFor(BRAND).filter((e) => e.kind === 'order-refused');
  return { memory, buy, refusals };
}

describe('order refusals, once per brand and request', () => {
  it('an offer of the request and one of its "anything cheaper?" round, both refused: one event', async () => {
    const m = market();
    const first = offer('a', 'req-7');
    const cheaper = offer('b', cheaperRequestId('req-7'));
    m.memory.recordOffers([first, cheaper], NOW.toISOString());
    expect((await m.buy(cheaper)).kind).toBe('failed');
    expect((await m.buy(first)).kind).toBe('failed');
    expect(m.refusals()).toHaveLength(1);
  });

  it('another request of the person: a second event', async () => {
    const m = market();
    const a = offer('a', 'req-7');
    const b = offer('b', 'req-8');
    m.memory.recordOffers([a, b], NOW.toISOString());
    await m.buy(a);
    await m.buy(b);
    expect(m.refusals().map((e) => e.kind === 'order-refused' && e.evidence.requestId)).toEqual(['req-7', 'req-8']);
  });
});
