import type { KeyObject } from 'node:crypto';
import type {
  Answer,
  BrandCard,
  BriefResponse,
  CancelOrder,
  Cancellation,
  Capability,
  Claim,
  Counter,
  CounterResult,
  Money,
  NeedBrief,
  Offer,
  Order,
  Product,
  Question,
  Receipt,
  Terms,
} from '../protocol/index.ts';

/** One product a brand sells, with its current price, stock and standard terms. */
export interface CatalogEntry {
  readonly product: Product;
  /** Unit price. */
  readonly price: Money;
  /** Units the brand says it can ship. */
  readonly stock: number;
  readonly terms: Terms;
  /** Claims the brand makes about this product by default. */
  readonly claims?: readonly Claim[];
  /** The maker's recommended retail price per unit, when the catalog knows it (a true reference price). */
  readonly rrp?: Money;
}

/** Where a brand's products come from: a fixed list, a file, a database — anything that can list them. */
export interface CatalogSource {
  list(): readonly CatalogEntry[] | Promise<readonly CatalogEntry[]>;
}

/** What every handler receives besides its message. */
export interface HandlerContext {
  /** The current time (the agent's clock; injectable for tests and simulation). */
  readonly now: Date;
  /** The brand's catalog. */
  readonly catalog: CatalogSource;
  /** Aborted when the handler times out or the client goes away. */
  readonly signal: AbortSignal;
  /** The brand's card as served. */
  readonly card: BrandCard;
}

/** Context for handlers that act on an offer this agent issued earlier (the SDK looks it up for you). */
export interface OfferContext extends HandlerContext {
  /** The latest revision of the offer the message refers to. */
  readonly offer: Offer;
  /** Every revision of that offer, oldest first (round 0 first). */
  readonly history: readonly Offer[];
}

/** Context for a cancellation: the order as placed and the receipt the brand issued for it (the SDK looks them up). */
export interface OrderContext extends HandlerContext {
  readonly order: Order;
  readonly receipt: Receipt;
}

/** The business logic of a brand agent; the SDK does validation, bookkeeping, limits and the wire. */
export interface BrandHandlers {
  /** Answer a need brief with offers or an honest decline. */
  requestOffers(brief: NeedBrief, ctx: HandlerContext): BriefResponse | Promise<BriefResponse>;
  /** Answer a question about one of your offers. */
  askQuestion?(question: Question, ctx: OfferContext): Answer | Promise<Answer>;
  /** Answer a counter-proposal (round numbers and limits are already checked). */
  counterOffer?(counter: Counter, ctx: OfferContext): CounterResult | Promise<CounterResult>;
  /**
   * Fulfil an order. The SDK has already checked the offer exists and is valid, the mandate covers it and its
   * terms hash matches, and that the idempotency key is new; it replays the stored receipt on a repeat.
   */
  placeOrder?(order: Order, ctx: OfferContext): Receipt | Promise<Receipt>;
  /**
   * Protocol 1.1: decide on a cancellation request (`refundInFull` is the usual answer). The SDK has already found the
   * order for this buyer (UNKNOWN_ORDER otherwise) and replays the first decision on every repeat.
   */
  cancelOrder?(request: CancelOrder, ctx: OrderContext): Cancellation | Promise<Cancellation>;
}

/** Limits the SDK enforces around the handlers. */
export interface BrandAgentLimits {
  /** Maximum milliseconds a handler may take before HANDLER_TIMEOUT (default 5,000). */
  readonly handlerTimeoutMs?: number;
  /** Maximum size of an incoming or outgoing message in bytes (default PROTOCOL_LIMITS.maxPayloadBytes). */
  readonly maxPayloadBytes?: number;
  /** Maximum offers and orders remembered for lookups (default 10,000 each; oldest forgotten first). */
  readonly memoryEntries?: number;
}

/** Everything a brand developer supplies to `createBrandAgent`. */
export interface BrandAgentDefinition {
  /** The brand card; protocolVersion and capabilities are filled in by the SDK. */
  readonly card: Omit<BrandCard, 'protocolVersion' | 'capabilities'>;
  readonly catalog: CatalogSource;
  readonly handlers: BrandHandlers;
  readonly limits?: BrandAgentLimits;
  /** The clock (default: system time). */
  readonly clock?: () => Date;
  /** Capabilities to advertise; default: derived from the handlers supplied. */
  readonly capabilities?: readonly Capability[];
  /**
   * The Ed25519 private key of the card's `publicKey`: the SDK answers a hello's `keyChallenge` with its `keyProof`, so
   * the butler believes the key is the brand's (see "Key proof" in docs/protocol.md). Must match the card's key.
   */
  readonly signingKey?: KeyObject;
}
