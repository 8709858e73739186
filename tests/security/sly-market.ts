// The hostile seller "Sly" the security tests share: its one headphone product, the person's need, schema-valid offers
// of that product, its connection (an in-process brand answering schema-checked messages, what a hand-written MCP
// server can send, bound to its entry like every connection) and a butler that meets it beside the honest Trailco.
// Each test file gets its own module instance, so its own clock.
import { LedgerTrust, SqliteButlerMemory, bindBrandIdentity, connectionFromClient, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import { connectDirectory, parseBrandDirectory } from '../../agent/directory/index.ts';
import type { Need } from '../../agent/need/index.ts';
import type { Profile } from '../../agent/policy/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { createBrandAgentCore, linkBrandInMemory } from '../../brand-agent/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_TOOLS, hashReceiptTerms, type Counter, type Money, type NeedBriefInput, type Offer, type Order } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { catalogOf, testClock } from '../butler/harness.ts';
import { CAPABILITY_REFUSED, schemaValidAnswer } from './schema-valid-answer.ts';

export const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
export const clock = testClock();
export const slyCatalog = catalogOf('SLY', [{ product: 'jbl-tune-770nc-black', price: 9_000, stock: 9 }]);
export const slyProduct = slyCatalog[0]!;
export const need: Need = { category: 'headphones', hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }], softPreferences: [], quantity: 1, budget: eur(40_000), currency: 'EUR', text: 'noise cancelling headphones' };

/** An offer of Sly's product at 90.00 EUR (override the price or anything else with `extra`), valid for two days. */
export function slyOffer(offerId: string, requestId: string, extra: Partial<Offer> = {}): Offer {
  const { product, terms } = slyProduct;
  return { offerId, requestId, brandId: 'sly', product, quantity: 1, price: eur(9_000), terms, validUntil: new Date(clock.now().getTime() + 2 * 86_400_000).toISOString(), claims: [], round: 0, ...extra };
}

/** Sly's product data states 44 h of battery: an offer claiming `hours` (80 is caught false before any purchase, 44 checks true). */
export function claimingBattery(hours: number): Partial<Offer> {
  return { claims: [{ attribute: 'battery_hours', asserted: hours }] };
}

/** Sly's receipt for an order under `orderId`: exactly what the mandate authorised, unless `charged` says otherwise. */
export function slyReceipt(order: Order, orderId: string, charged: Money = order.mandate.maxAmount) {
  const base = { offerId: order.offerId, brandId: 'sly', sku: slyProduct.product.sku, quantity: order.quantity, charged, terms: slyProduct.terms };
  return { ...base, orderId, idempotencyKey: order.idempotencyKey, placedAt: clock.now().toISOString(), termsHash: hashReceiptTerms(base) };
}

/** What the hostile "sly" brand answers; each answer is checked against the protocol's schema before the butler sees it. */
export interface SlyAnswers {
  requestOffers(brief: NeedBriefInput): unknown;
  /** Absent: Sly does not negotiate (counters refused). */
  counterOffer?(counter: Counter): unknown;
  /** Absent: orders refused. */
  placeOrder?(order: Order): unknown;
}

/** The "sly" connection: Sly's card and `answers` (questions always refused), bound to its entry. */
export function slyConnection(answers: SlyAnswers): BrandConnection {
  const card = createBrandAgentCore(createStrategyBrand({ id: 'sly', name: 'Sly', strategy: 'honest', categories: ['headphones'], catalog: slyCatalog })).card;
  const raw: BrandConnection = {
    id: 'sly',
    card,
    timeoutMs: 4_000,
    supports: (c) => card.capabilities.includes(c) && c !== 'questions' && (c !== 'counters' || answers.counterOffer !== undefined),
    requestOffers: async (brief) => schemaValidAnswer(PROTOCOL_TOOLS.requestOffers.output, answers.requestOffers(brief)),
    askQuestion: async () => CAPABILITY_REFUSED,
    counterOffer: async (counter) => (answers.counterOffer ? schemaValidAnswer(PROTOCOL_TOOLS.counterOffer.output, answers.counterOffer(counter)) : CAPABILITY_REFUSED),
    placeOrder: async (order) => (answers.placeOrder ? schemaValidAnswer(PROTOCOL_TOOLS.placeOrder.output, answers.placeOrder(order)) : CAPABILITY_REFUSED),
    getOrder: async () => CAPABILITY_REFUSED,
  };
  return bindBrandIdentity(raw, 'sly');
}

/** A butler over an in-memory SQLite database that meets `sly` beside the honest Trailco (over in-memory MCP); `close` ends both. */
export async function butlerBesideTrailco(sly: BrandConnection, profile: Partial<Profile> = {}) {
  const db = openDatabase({ path: ':memory:' });
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  memory.saveProfile({ ...memory.loadProfile(), ...profile });
  const honest = createStrategyBrand({ id: 'trailco', name: 'Trailco', strategy: 'honest', categories: ['headphones'], catalog: catalogOf('TRL', [{ product: 'jbl-tune-770nc-black', price: 30_000, stock: 9 }]), clock: clock.now });
  const directory = await connectDirectory(parseBrandDirectory({ brands: [{ id: 'trailco', kind: 'builtin' }] }), async () => {
    const link = await linkBrandInMemory(honest);
    return { transport: link.clientTransport, close: link.close };
  });
  const connections = [...directory.brands.map((b) => connectionFromClient(b)), sly];
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  return {
    butler,
    memory,
    ledger,
    buy: (offerId: string) => butler.purchase({ offerId, confirmedBy: 'person', channel: 'api', at: clock.now().toISOString() }),
    /** One request for the need a day, for `days` days. */
    shopDaily: async (days: number) => {
      for (let i = 0; i < days; i++) {
        await butler.shop(need);
        clock.advanceDays(1);
      }
    },
    close: async () => {
      await directory.close();
      db.close();
    },
  };
}

/**
 * A butler beside Trailco that has caught Sly claiming 80 h of battery in two daily requests (its record: two statements
 * caught before any purchase), Sly answering `later` from then on and placing orders with `placeOrder` (absent: refused).
 * The caller closes it.
 */
export async function slyCaughtTwiceThen(later: (brief: NeedBriefInput) => Offer[], placeOrder?: (order: Order) => unknown) {
  let request = 0;
  // Counted by the person's requests: the "anything cheaper?" round of a request (a budget the brand was not told) is
  // the same request.
  const requestOffers = (brief: NeedBriefInput) => {
    if (!brief.requestId.endsWith('.cheaper')) request += 1;
    return { requestId: brief.requestId, outcome: 'offers', offers: request <= 2 ? [slyOffer(`lie-${brief.requestId}`, brief.requestId, claimingBattery(80))] : later(brief) };
  };
  const h = await butlerBesideTrailco(slyConnection(placeOrder ? { requestOffers, placeOrder } : { requestOffers }));
  await h.shopDaily(2);
  return h;
}

type RankedWithEvidence = { brandId: string; scores: { honesty: { evidence: ReadonlyArray<{ code: string }> } } };

const pricingClosers: Array<() => Promise<void>> = [];

/** Closes the markets `slyPricing` opened (an `afterEach` of the tests that use it). */
export async function closeSlyPricing(): Promise<void> {
  while (pricingClosers.length) await pricingClosers.pop()!();
}

/**
 * A butler beside Trailco where Sly answers each request with `plan(day)`: its price, and the "was" price it shows
 * (none: no discount). `findingsOn(days)` shops on each of `days` (counted from the first request) and returns Sly's
 * reference-price finding on each ('none' when there is none). Closed by `closeSlyPricing`.
 */
export async function slyPricing(plan: (day: number) => { price: number; was?: number }) {
  let day = 0;
  const requestOffers = (brief: NeedBriefInput) => {
    const { price, was } = plan(day);
    const offer = slyOffer(`sly-${day}`, brief.requestId, { price: eur(price), ...(was === undefined ? {} : { discount: { kind: 'was-price' as const, referencePrice: eur(was) } }) });
    return { requestId: brief.requestId, outcome: 'offers', offers: [offer] };
  };
  const h = await butlerBesideTrailco(slyConnection({ requestOffers }));
  pricingClosers.push(h.close);
  return {
    async findingsOn(days: readonly number[]): Promise<string[]> {
      const out: string[] = [];
      for (const d of days) {
        clock.advanceDays(d - day);
        day = d;
        const result = await h.butler.shop(need);
        const sly = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.brandId === 'sly') as RankedWithEvidence | undefined;
        out.push(sly?.scores.honesty.evidence.find((e) => e.code.includes('reference-price'))?.code ?? 'none');
      }
      return out;
    },
  };
}
