import { dirname } from 'node:path';
import {
  Butler,
  LedgerTrust,
  SqliteButlerMemory,
  connectionFromClient,
  purchaseWithConsent,
  reportOutcome,
  proposePurchase,
  type BrandConnection,
  type PersonConsent,
  type PurchaseResult,
  type ReportResult,
  type ShoppingProgress,
  type ShoppingResult,
} from '../agent/butler/index.ts';
import { connectDirectory, type ConnectedDirectory } from '../agent/directory/index.ts';
import type { Need, NeedEngine, Understanding } from '../agent/need/index.ts';
import { chatModelFromEnv, needEngineFromEnv, type ChatModel } from '../agent/llm/index.ts';
import { detectPressureTactics } from '../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../agent/trust/index.ts';
import { linkBrandInMemory } from '../brand-agent/index.ts';
import { createReferenceBrand, isReferenceBrandId } from '../brand-agent/reference/index.ts';
import { ButlerStore, defaultDatabasePath, openDatabase, type MajordomeDatabase } from '../storage/index.ts';
import { resolveDirectory } from './brands-file.ts';
import { settleFromGroundTruth } from './settle-from-ground-truth.ts';

/** How to open the butler (every field has a sensible default: the embedded SQLite file and the demo market). */
export interface OpenButlerOptions {
  readonly dbPath?: string | undefined;
  readonly brandsFile?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly clock?: () => Date;
  readonly seed?: number;
  readonly needEngine?: NeedEngine;
  readonly haggle?: boolean;
  /** Told about configuration problems and LLM fallbacks, in plain words (default: ignored). */
  readonly onNotice?: (message: string) => void;
}

/** A ready butler with everything around it; `close()` releases the brands and the database. */
export interface ButlerSession {
  readonly butler: Butler;
  readonly db: MajordomeDatabase;
  readonly ledger: TrustLedger;
  readonly memory: SqliteButlerMemory;
  readonly trust: LedgerTrust;
  readonly needEngine: NeedEngine;
  /** The language model, when one is configured (OPENAI_BASE_URL, OPENAI_API_KEY, MAJORDOME_MODEL); never decides a purchase. */
  readonly chatModel: ChatModel | undefined;
  readonly directory: ConnectedDirectory;
  readonly directorySource: string;
  readonly clock: () => Date;
  brands(): readonly BrandConnection[];
  understand(text: string, previous?: Understanding): Promise<Understanding>;
  shop(need: Need, onProgress?: (event: ShoppingProgress) => void): Promise<ShoppingResult>;
  propose: (offerId: string) => ReturnType<typeof proposePurchase>;
  buy(consent: PersonConsent): Promise<PurchaseResult>;
  report(orderId: string, report: unknown): ReportResult;
  /** Settles an order from the demo market's ground truth (what really arrived). */
  settle(orderId: string): ReportResult;
  close(): Promise<void>;
}

/** Opens the database, the ledger and the brand directory (the demo market by default) and builds the butler. */
export async function openButler(options: OpenButlerOptions = {}): Promise<ButlerSession> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? (() => new Date());
  const dbPath = options.dbPath ?? defaultDatabasePath(env);
  const db = openDatabase({ path: dbPath, env });
  const ledger = new TrustLedger(db, { clock: () => clock().getTime() });
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock);
  const { directory: entries, source } = await resolveDirectory({ brandsFile: options.brandsFile, home: env.MAJORDOME_HOME ?? (dbPath === ':memory:' ? undefined : dirname(dbPath)) });
  const directory = await connectDirectory(entries, async (id) => {
    if (!isReferenceBrandId(id)) throw new Error(`"${id}" is not a built-in brand`);
    const link = await linkBrandInMemory(createReferenceBrand(id, { clock }));
    return { transport: link.clientTransport, close: link.close };
  });
  const connections = directory.brands.map(connectionFromClient);
  const names = new Map(connections.map((c) => [c.card.id, c.card.name]));
  const trust = new LedgerTrust(ledger, (id) => names.get(id));
  const notice = options.onNotice ?? (() => undefined);
  const needEngine =
    options.needEngine ??
    needEngineFromEnv(env, { onInvalidConfig: notice, onFallback: (n) => notice(n.text) });
  const chatModel = chatModelFromEnv(env);
  const brands = () => connections;
  const butler = new Butler({
    brands,
    memory,
    trust,
    detectPressure: detectPressureTactics,
    clock,
    seed: options.seed ?? 1,
    honestyFloor: RECOMMENDATION_FLOOR,
    haggle: options.haggle ?? true,
    unreachable: () => directory.unreachable,
  });
  const profileCurrency = () => memory.loadProfile().currency;
  return {
    butler,
    db,
    ledger,
    memory,
    trust,
    needEngine,
    chatModel,
    directory,
    directorySource: source,
    clock,
    brands,
    understand: (text, previous) =>
      needEngine.understand(text, {
        now: clock(),
        defaultCurrency: profileCurrency(),
        ...(previous?.kind === 'clarify' ? { previous: previous.partial } : {}),
      }),
    shop: (need, onProgress) => butler.shop(need, onProgress ? { onProgress } : {}),
    propose: (offerId) => proposePurchase(offerId, { memory, brands }),
    buy: (consent) => purchaseWithConsent(consent, { memory, trust, brands, clock }),
    report: (orderId, report) => reportOutcome(orderId, report, { memory, trust, clock }),
    settle: (orderId) => {
      const order = memory.order(orderId);
      if (!order) return { kind: 'unknown-order' };
      return reportOutcome(orderId, settleFromGroundTruth(order, clock()), { memory, trust, clock });
    },
    close: async () => {
      await directory.close();
      db.close();
    },
  };
}
