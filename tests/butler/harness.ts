import {
  LedgerTrust,
  SqliteButlerMemory,
  connectionFromClient,
  createButler,
  type BrandConnection,
  type ButlerTrust,
  type OutcomeReportInput,
} from '../../agent/butler/index.ts';
import { connectDirectory, parseBrandDirectory } from '../../agent/directory/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import type { Profile } from '../../agent/policy/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { linkBrandInMemory, type BrandAgentDefinition } from '../../brand-agent/index.ts';
import { catalogFromListings, loadReferenceMarket, type Listing } from '../../brand-agent/reference/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';

/** A settable clock starting on a fixed date. */
export function testClock(start = '2026-11-23T10:00:00.000Z'): { now: () => Date; advanceDays: (days: number) => void; setTo: (at: number) => void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advanceDays: (days) => (t += days * 86_400_000), setTo: (at) => (t = at) };
}

/** A catalog of reference products (by product id) at the given unit prices, for a test brand. */
export function catalogOf(skuPrefix: string, listings: Listing[]): CatalogEntry[] {
  const market = loadReferenceMarket();
  return catalogFromListings({
    skuPrefix,
    currency: 'EUR',
    defaultTerms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    listings,
    product: (id) => market.products.find((p) => p.productId === id),
  });
}

/** Everything every message a butler sent to any brand, for leak checks, and the orders that reached brands. */
export interface Wiretap {
  readonly outgoing: string[];
  readonly orders: string[];
  /** The order ids the butler asked brands to cancel. */
  readonly cancels: string[];
}

function tap(connection: BrandConnection, wiretap: Wiretap): BrandConnection {
  const record = (value: unknown) => wiretap.outgoing.push(JSON.stringify(value));
  return {
    ...connection,
    supports: (c) => connection.supports(c),
    requestOffers: (b, t) => (record(b), connection.requestOffers(b, t)),
    askQuestion: (q, t) => (record(q), connection.askQuestion(q, t)),
    counterOffer: (c, t) => (record(c), connection.counterOffer(c, t)),
    placeOrder: (o, t) => (record(o), wiretap.orders.push(o.offerId), connection.placeOrder(o, t)),
    getOrder: (r, t) => (record(r), connection.getOrder(r, t)),
    ...(connection.cancelOrder ? { cancelOrder: (r: Parameters<NonNullable<BrandConnection['cancelOrder']>>[0], t?: number) => (record(r), wiretap.cancels.push(r.orderId), connection.cancelOrder!(r, t)) } : {}),
  };
}

/** A butler over an in-memory database and real MCP transports to the given brands (in-memory, or stdio commands). */
export async function butlerWith(options: {
  brands: Array<BrandAgentDefinition | { stdio: string[]; id: string }>;
  profile?: Partial<Profile>;
  clock?: () => Date;
  seed?: number;
  callTimeoutMs?: number;
  /** Wraps each brand's bound (and tapped) connection, for tests of what the butler does with a connection's reports. */
  wrapConnection?: (connection: BrandConnection) => BrandConnection;
  /** A fixed install secret (random otherwise), for comparing what two butlers send. */
  secret?: string;
  /** The butler's trust port in place of the ledger's (the ledger is still returned, unused by the butler). */
  trust?: ButlerTrust;
}) {
  const clock = options.clock ?? testClock().now;
  const db = openDatabase({ path: ':memory:' });
  const ledger = new TrustLedger(db, { clock: () => clock().getTime() });
  const store = new ButlerStore(db);
  if (options.secret !== undefined) store.putSetting('install-secret', options.secret, clock().toISOString());
  const memory = new SqliteButlerMemory(store, clock);
  if (options.profile) memory.saveProfile({ ...memory.loadProfile(), ...options.profile });
  const definitions = new Map<string, BrandAgentDefinition>();
  const entries = options.brands.map((b) => {
    if ('stdio' in b) return { id: b.id, kind: 'stdio' as const, command: process.execPath, args: b.stdio, callTimeoutMs: options.callTimeoutMs ?? 4_000, connectTimeoutMs: 30_000 };
    definitions.set(b.card.id, b);
    return { id: b.card.id, kind: 'builtin' as const, callTimeoutMs: options.callTimeoutMs ?? 4_000 };
  });
  const directory = await connectDirectory(parseBrandDirectory({ brands: entries }), async (id) => {
    const link = await linkBrandInMemory(definitions.get(id)!);
    return { transport: link.clientTransport, close: link.close };
  });
  const wiretap: Wiretap = { outgoing: [], orders: [], cancels: [] };
  const connections = directory.brands.map((b) => {
    const tapped = tap(connectionFromClient(b), wiretap);
    return options.wrapConnection ? options.wrapConnection(tapped) : tapped;
  });
  const trust = options.trust ?? new LedgerTrust(ledger);
  const brands = () => connections;
  const butler = createButler({ brands, memory, trust, detectPressure: detectPressureTactics, clock, seed: options.seed ?? 7, honestyFloor: RECOMMENDATION_FLOOR });
  return {
    butler,
    ledger,
    memory,
    wiretap,
    unreachable: directory.unreachable,
    buy: (offerId: string) => butler.purchase({ offerId, confirmedBy: 'person', channel: 'simulation', at: clock().toISOString() }),
    report: (orderId: string, report: OutcomeReportInput) => butler.reportOutcome(orderId, report),
    close: async () => {
      await directory.close();
      db.close();
    },
  };
}
