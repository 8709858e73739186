// A market of one brand that refuses every order (honestly out of stock), with a butler on an in-memory ledger: the
// set-up of the order-refusal tests (once per request; the cheaper round's request id).
import { InMemoryButlerMemory, LedgerTrust, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { defaultProfile } from '../../agent/policy/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import type { BrandCard, Offer } from '../../protocol/index.ts';
import { openDatabase } from '../../storage/index.ts';

export const BRAND = 'empty-shelves';
export const NOW = new Date('2026-11-23T10:00:00.000Z');

export function offer(id: string, requestId: string): Offer {
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

export function market() {
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
