import {
  InMemoryButlerMemory,
  LedgerTrust,
  connectionFromClient,
  createButler,
  type Butler,
  type BrandConnection,
  type ButlerTrust,
  type PersonConsent,
  type ShoppingProgress,
} from '../../agent/butler/index.ts';
import { connectDirectory, parseBrandDirectory } from '../../agent/directory/index.ts';
import { createDeterministicNeedEngine, type Need, type NeedEngine, type Understanding } from '../../agent/need/index.ts';
import { defaultProfile, type Profile } from '../../agent/policy/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import type { PressureDetector } from '../../agent/scoring/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import { linkBrandInMemory, type BrandAgentDefinition, type CatalogEntry } from '../../brand-agent/index.ts';
import { openDatabase } from '../../storage/index.ts';

/** A fixed test clock. */
export const MARKET_NOW = new Date('2026-11-23T10:00:00.000Z');

/** Everything the butler sent to brands, serialised, and the offers an order was placed for. */
export interface Wiretap {
  readonly outgoing: Array<{ brandId: string; tool: string; json: string }>;
  readonly orders: Array<{ brandId: string; offerId: string }>;
}

function tap(connection: BrandConnection, wiretap: Wiretap): BrandConnection {
  const brandId = connection.card.id;
  const record = (tool: string, value: unknown) => wiretap.outgoing.push({ brandId, tool, json: JSON.stringify(value) });
  return {
    ...connection,
    supports: (c) => connection.supports(c),
    requestOffers: (b, t) => (record('request_offers', b), connection.requestOffers(b, t)),
    askQuestion: (q, t) => (record('ask_question', q), connection.askQuestion(q, t)),
    counterOffer: (c, t) => (record('counter_offer', c), connection.counterOffer(c, t)),
    placeOrder: (o, t) => (record('place_order', o), wiretap.orders.push({ brandId, offerId: o.offerId }), connection.placeOrder(o, t)),
    getOrder: (r, t) => (record('get_order', r), connection.getOrder(r, t)),
  };
}

/** Brands linked over real in-memory MCP transports, tapped; shared by many butlers. */
export interface LinkedBrands {
  readonly connections: readonly BrandConnection[];
  readonly wiretap: Wiretap;
  close(): Promise<void>;
}

/** Links brand definitions in memory through the real directory and MCP client, with a wiretap on every call. */
export async function linkBrands(definitions: readonly BrandAgentDefinition[], callTimeoutMs = 4_000): Promise<LinkedBrands> {
  const byId = new Map(definitions.map((d) => [d.card.id, d]));
  const directory = await connectDirectory(parseBrandDirectory({ brands: definitions.map((d) => ({ id: d.card.id, kind: 'builtin', callTimeoutMs })) }), async (id) => {
    const link = await linkBrandInMemory(byId.get(id)!);
    return { transport: link.clientTransport, close: link.close };
  });
  if (directory.unreachable.length > 0) throw new Error(`unreachable test brands: ${directory.unreachable.map((u) => `${u.id}: ${u.error.message}`).join('; ')}`);
  const wiretap: Wiretap = { outgoing: [], orders: [] };
  return { connections: directory.brands.map((b) => tap(connectionFromClient(b), wiretap)), wiretap, close: () => directory.close() };
}

/** A butler session over a small market, shaped like app's ButlerSession where the MCP server and tests need it. */
export interface SmallMarket {
  readonly butler: Butler;
  readonly memory: InMemoryButlerMemory;
  readonly ledger: TrustLedger;
  readonly trust: ButlerTrust;
  readonly needEngine: NeedEngine;
  readonly wiretap: Wiretap;
  readonly clock: () => Date;
  brands(): readonly BrandConnection[];
  understand(text: string, previous?: Understanding): Promise<Understanding>;
  shop(need: Need, onProgress?: (event: ShoppingProgress) => void): Promise<Awaited<ReturnType<Butler['shop']>>>;
  propose(offerId: string): ReturnType<Butler['propose']>;
  buy(consent: PersonConsent): ReturnType<Butler['purchase']>;
  close(): Promise<void>;
}

/** Opens a butler (in-memory SQLite ledger, in-memory memory) over the given brands or already linked brands. */
export async function openSmallMarket(options: {
  brands: readonly BrandAgentDefinition[] | LinkedBrands;
  profile?: Partial<Profile>;
  clock?: () => Date;
  needEngine?: NeedEngine;
  detect?: PressureDetector;
  secret?: string;
  seed?: number;
}): Promise<SmallMarket> {
  const clock = options.clock ?? (() => MARKET_NOW);
  const linked = Array.isArray(options.brands) ? await linkBrands(options.brands as readonly BrandAgentDefinition[]) : (options.brands as LinkedBrands);
  const ownsLinks = Array.isArray(options.brands);
  const db = openDatabase({ path: ':memory:' });
  const ledger = new TrustLedger(db, { clock: () => clock().getTime() });
  const memory = new InMemoryButlerMemory({ profile: { ...defaultProfile(), ...options.profile }, ...(options.secret ? { secret: options.secret } : {}) });
  const names = new Map(linked.connections.map((c) => [c.card.id, c.card.name]));
  const trust = new LedgerTrust(ledger, (id) => names.get(id));
  const brands = () => linked.connections;
  const needEngine = options.needEngine ?? createDeterministicNeedEngine();
  const butler = createButler({ brands, memory, trust, detectPressure: options.detect ?? detectPressureTactics, clock, seed: options.seed ?? 7, honestyFloor: RECOMMENDATION_FLOOR });
  return {
    butler,
    memory,
    ledger,
    trust,
    needEngine,
    wiretap: linked.wiretap,
    clock,
    brands,
    understand: (text, previous) => needEngine.understand(text, { now: clock(), defaultCurrency: memory.loadProfile().currency, ...(previous?.kind === 'clarify' ? { previous: previous.partial } : {}) }),
    shop: (need, onProgress) => butler.shop(need, onProgress ? { onProgress } : {}),
    propose: (offerId) => butler.propose(offerId),
    buy: (consent) => butler.purchase(consent),
    close: async () => {
      if (ownsLinks) await linked.close();
      db.close();
    },
  };
}

/** A running-shoes catalog entry (unit price in cents), for test brands. */
export function shoeEntry(sku: string, title: string, priceMinor: number, attributes: Record<string, string | number | boolean>, gtin?: string): CatalogEntry {
  return {
    product: { sku, title, maker: 'Testwerk', category: 'running-shoes', attributes: { size_eu: 43, ...attributes }, ...(gtin ? { gtin } : {}) },
    price: { amountMinor: priceMinor, currency: 'EUR' },
    stock: 10,
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
  };
}
