import { dirname, join } from 'node:path';
import { LedgerTrust, SqliteButlerMemory, connectionFromClient, createButler, labelConnections, orderedOfferOfKey, type Butler } from '../agent/butler/index.ts';
import { connectDirectory, type ConnectedDirectory } from '../agent/directory/index.ts';
import { marketVocabularyOf, type NeedEngine, type Understanding } from '../agent/need/index.ts';
import { chatModelFromEnv, needEngineFromEnv, type ChatModel } from '../agent/llm/index.ts';
import { detectPressureTactics } from '../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../agent/trust/index.ts';
import { linkBrandInMemory } from '../brand-agent/index.ts';
import { createDemoBrand, isDemoMarketBrandId } from '../brand-agent/demo-market/index.ts';
import { ButlerStore, IN_MEMORY, LEDGER_ANCHOR_FILE, defaultDatabasePath, openDatabase } from '../storage/index.ts';
import { resolveDirectory } from './brands-file.ts';
import { recordDirectoryIdentities } from './record-directory-identities.ts';
import { anchorLedgerIfChanged, lastAnchorMatches } from './ledger-anchoring.ts';
import { demoGroundTruth } from './settle-from-ground-truth.ts';

/** How to open the butler (every field has a sensible default: the embedded SQLite file and the demo market). */
export interface OpenButlerOptions {
  readonly dbPath?: string | undefined;
  readonly brandsFile?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly clock?: () => Date;
  /**
   * The seed of the butler's draws, for a run that must reproduce (tests, `--seed`): its ties and exploration slot are
   * then computable by anyone who knows it. Absent (the person's app): keyed with the install secret, still the same
   * for one install and one request, unknown to brands (`drawKey`).
   */
  readonly seed?: number;
  readonly needEngine?: NeedEngine;
  readonly haggle?: boolean;
  /** Told about configuration problems and LLM fallbacks, in plain words (default: ignored). */
  readonly onNotice?: (message: string) => void;
}

/** The need engine as the surfaces use it: the market's clock and the person's currency already applied. */
export interface SessionNeedEngine {
  readonly name: string;
  understand(text: string, previous?: Understanding): Promise<Understanding>;
}

/** The trust ledger, read-only: what the surfaces show (scores, events with evidence, verification). */
export type TrustView = Pick<TrustLedger, 'scores' | 'scoreOf' | 'eventsFor' | 'brands' | 'hasBrand' | 'eventCount' | 'verify'>;

/** Where the brands come from, for the surfaces to show (source label, endpoints, brands that could not be reached). */
export interface DirectoryInfo {
  readonly source: string;
  readonly brands: ConnectedDirectory['brands'];
  readonly unreachable: ConnectedDirectory['unreachable'];
}

/** A ready butler with what the surfaces need around it; `close()` releases the brands and the database. */
export interface ButlerSession {
  /** Shops, proposes, purchases (with consent), reports and settles; reads the profile and orders. */
  readonly butler: Butler;
  readonly needEngine: SessionNeedEngine;
  /** The language model, when one is configured (OPENAI_BASE_URL, OPENAI_API_KEY, MAJORDOME_MODEL); never decides a purchase. */
  readonly chatModel: ChatModel | undefined;
  readonly trust: TrustView;
  readonly directory: DirectoryInfo;
  close(): Promise<void>;
}

/** Opens the database, the ledger and the brand directory (the demo market by default) and builds the butler. */
export async function openButler(options: OpenButlerOptions = {}): Promise<ButlerSession> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? (() => new Date());
  const dbPath = options.dbPath ?? defaultDatabasePath(env);
  const db = openDatabase({ path: dbPath, env });
  const ledger = new TrustLedger(db, { clock: () => clock().getTime() });
  const store = new ButlerStore(db);
  const memory = new SqliteButlerMemory(store, clock);
  // Orders stored before the order log existed enter the chain once.
  store.chainUnchainedOrders(clock().getTime());
  const home = env.MAJORDOME_HOME ?? (db.path === IN_MEMORY ? undefined : dirname(db.path));
  const anchorFile = db.path === IN_MEMORY || home === undefined ? undefined : join(home, LEDGER_ANCHOR_FILE);
  const notice = options.onNotice ?? (() => undefined);
  // Anchor on close only when nothing was written behind the butler's back since the last anchor.
  const anchorable = anchorFile !== undefined && lastAnchorMatches(db, anchorFile);
  if (anchorFile !== undefined && !anchorable) notice('the ledger changed since its last anchor without the butler; run `majordome ledger verify`');
  const { directory: entries, source } = await resolveDirectory({ brandsFile: options.brandsFile, home: env.MAJORDOME_HOME ?? (dbPath === ':memory:' ? undefined : dirname(dbPath)) });
  const directory = await connectDirectory(entries, async (id) => {
    if (!isDemoMarketBrandId(id)) throw new Error(`"${id}" is not a built-in brand`);
    const link = await linkBrandInMemory(createDemoBrand(id, { clock }));
    return { transport: link.clientTransport, close: link.close };
  });
  // Offer ids a brand reuses across sessions (a per-process counter) are told apart from the offers already kept under
  // them, and a receipt asked for an order of an earlier session is read as naming the offer that session ordered.
  const orderedOffer = orderedOfferOfKey(memory);
  // Names are read against every brand the person knows: each entry configured (connected or not) and each brand of the
  // ledger (an identity id holds a ':', never a brand's), so no card passes for a brand that is down or only in the history.
  const known = [...entries.brands.map((e) => ({ id: e.id })), ...ledger.brands().flatMap((b) => (b.brandId.includes(':') ? [] : [{ id: b.brandId, name: b.displayName ?? undefined }]))];
  const connections = labelConnections(
    directory.brands.map((brand) => connectionFromClient(brand, { storedOffer: (id) => memory.offer(id), orderedOffer })),
    known,
  );
  const names = new Map(connections.map((c) => [c.card.id, c.card.name]));
  const cards = new Map(connections.map((c) => [c.card.id, c.card]));
  const provedKeys = new Map(directory.brands.map((b) => [b.id, b.client.provedKey]));
  recordDirectoryIdentities(ledger, entries, directory.identityNotices, { now: clock(), names: (id) => names.get(id), cards: (id) => cards.get(id), provedKeys: (id) => provedKeys.get(id) });
  const builtin = new Set(entries.brands.filter((e) => e.kind === 'builtin').map((e) => e.id));
  const trust = new LedgerTrust(ledger, (id) => names.get(id));
  const engine = options.needEngine ?? needEngineFromEnv(env, { onInvalidConfig: notice, onFallback: (n) => notice(n.text) });
  // What the connected brands sell, from their cards: the need engine reads any of these categories with their vocabularies.
  const market = marketVocabularyOf(connections.map((c) => c.card));
  const butler = createButler({
    brands: () => connections,
    memory,
    trust,
    detectPressure: detectPressureTactics,
    clock,
    seed: options.seed ?? 1,
    // No seed chosen: the person's own install, whose draws brands must not compute (a chosen seed reproduces a run).
    privateDraws: options.seed === undefined,
    honestyFloor: RECOMMENDATION_FLOOR,
    haggle: options.haggle ?? true,
    unreachable: () => directory.unreachable,
    groundTruth: demoGroundTruth((id) => builtin.has(id)),
  });
  return {
    butler,
    needEngine: {
      name: engine.name,
      understand: (text, previous) =>
        engine.understand(text, { now: clock(), defaultCurrency: memory.loadProfile().currency, market, ...(previous?.kind === 'clarify' ? { previous: previous.partial } : {}) }),
    },
    chatModel: chatModelFromEnv(env),
    trust: ledger,
    directory: { source, brands: directory.brands, unreachable: directory.unreachable },
    close: async () => {
      try {
        // What a brand was caught doing and no operation recorded yet goes into the ledger before the session ends.
        butler.recordPendingViolations();
      } finally {
        await directory.close();
        try {
          if (anchorable) anchorLedgerIfChanged(db, anchorFile, new Date());
        } finally {
          db.close();
        }
      }
    },
  };
}
