// The "anything cheaper?" round of a request has a request id of its own (cheaperRequestId). Request ids are up to 128
// characters; cut to make room for the suffix, two long ids sharing their first 120 characters got one cheaper id, and
// a long request's cheaper id no longer led back to it: a brand refusing an order in both rounds of one request was
// recorded twice, and a refusal in another request's cheaper round was taken for one already on record (none recorded).
import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory, LedgerTrust, cheaperRequestId, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { IdSchema, type BrandCard, type Offer } from '../../protocol/index.ts';
import { openDatabase } from '../../storage/index.ts';

const BRAND = 'empty-shelves';
const NOW = new Date('2026-11-23T10:00:00.000Z');
const LONG_A = `req-${'a'.repeat(120)}-one`;
const LONG_B = `req-${'a'.repeat(120)}-two`;

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

describe('cheaperRequestId', () => {
  it('(fixed) two long request ids sharing their first 120 characters get two cheaper ids, each a protocol id', () => {
    expect(LONG_A).toHaveLength(128);
    const a = cheaperRequestId(LONG_A);
    const b = cheaperRequestId(LONG_B);
    expect(a).not.toBe(b);
    for (const id of [a, b]) expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('a short id keeps its plain, readable form', () => {
    expect(cheaperRequestId('req-42')).toBe('req-42.cheaper');
  });

  it('(fixed) a long request refused in both rounds is recorded once', async () => {
    const m = market();
    const first = offer('a', LONG_A);
    const cheaper = offer('b', cheaperRequestId(LONG_A));
    m.memory.recordOffers([first, cheaper], NOW.toISOString());
    expect((await m.buy(first)).kind).toBe('failed');
    expect((await m.buy(cheaper)).kind).toBe('failed');
    expect(m.refusals()).toHaveLength(1);
  });

  it('(fixed) refusals in the cheaper rounds of two long requests sharing a beginning are two events', async () => {
    const m = market();
    const a = offer('a', cheaperRequestId(LONG_A));
    const b = offer('b', cheaperRequestId(LONG_B));
    m.memory.recordOffers([a, b], NOW.toISOString());
    await m.buy(a);
    await m.buy(b);
    expect(m.refusals()).toHaveLength(2);
  });
});
