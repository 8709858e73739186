import { and, asc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { canonicalJson } from './canonical-json.ts';
import type { MajordomeDatabase } from './open-database.ts';
import { OrderEventLog } from './order-event-log.ts';
import { exchanges, offers, orders, purchases, rankingExclusions, settings, type ExchangeRow, type OfferRow, type RankingExclusionRow, type OrderRow, type PurchaseRow } from './schema/index.ts';

/** A price quoted earlier, as stored. */
export interface StoredQuote {
  readonly brandId: string;
  readonly sku: string;
  readonly gtin: string | null;
  readonly priceMinor: number;
  readonly currency: string;
  readonly quantity: number;
  readonly receivedAt: string;
  /** The "was" price the quote showed (its discount's reference price when of kind 'was-price', same currency), or null. */
  readonly wasMinor: number | null;
}

/** The stored offer's "was" price (its discount's reference price when of kind 'was-price'), read in SQL. */
const WAS_MINOR = sql<number | null>`case when json_extract(${offers.offer}, '$.discount.kind') = 'was-price' then json_extract(${offers.offer}, '$.discount.referencePrice.amountMinor') end`;

/**
 * Rows of the butler's memory besides the ledger: settings, offers (price history), exchanges and orders. Values are
 * stored as JSON text; parsing them into domain types (with zod) is the agent's job.
 */
export class ButlerStore {
  readonly #orderLog: OrderEventLog;

  constructor(private readonly db: MajordomeDatabase) {
    this.#orderLog = new OrderEventLog(db);
  }

  /** Runs `work` in one `BEGIN IMMEDIATE` transaction: no other connection or process writes in between. */
  writeTransaction<T>(work: () => T): T {
    return this.db.writeTransaction(work);
  }

  /** A setting's JSON text, or undefined. */
  setting(key: string): string | undefined {
    return this.db.orm.select().from(settings).where(eq(settings.key, key)).get()?.value;
  }

  /** Writes a setting. */
  putSetting(key: string, value: string, at: string): void {
    this.db.writeTransaction(() => {
      this.db.orm.insert(settings).values({ key, value, updatedAt: at }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } }).run();
    });
  }

  /** Writes a setting only if it does not exist yet; returns the stored value (race-free across processes). */
  settingOrCreate(key: string, create: () => string, at: string): string {
    return this.db.writeTransaction(() => {
      const existing = this.setting(key);
      if (existing !== undefined) return existing;
      const value = create();
      this.db.orm.insert(settings).values({ key, value, updatedAt: at }).run();
      return value;
    });
  }

  /** Stores offers (ignoring ids already stored). */
  insertOffers(rows: readonly Omit<OfferRow, never>[]): void {
    if (rows.length === 0) return;
    this.db.writeTransaction(() => {
      for (const row of rows) this.db.orm.insert(offers).values(row).onConflictDoNothing().run();
    });
  }

  /** One stored offer's JSON. */
  offerJson(offerId: string): string | undefined {
    return this.db.orm.select({ offer: offers.offer }).from(offers).where(eq(offers.offerId, offerId)).get()?.offer;
  }

  /**
   * Replaces every exclusion an earlier ranking `rankingId` stored with `rows` (which that ranking gives), in one
   * transaction. An offer's exclusion is the latest ranking's that excluded it: a row that another ranking stored for
   * the same offer is taken over.
   */
  replaceRankingExclusions(rankingId: string, rows: ReadonlyArray<Omit<RankingExclusionRow, 'rankingId'>>): void {
    this.db.writeTransaction(() => {
      this.db.orm.delete(rankingExclusions).where(eq(rankingExclusions.rankingId, rankingId)).run();
      for (const row of rows) {
        this.db.orm
          .insert(rankingExclusions)
          .values({ ...row, rankingId })
          .onConflictDoUpdate({ target: [rankingExclusions.requestId, rankingExclusions.offerId], set: { reasons: row.reasons, rankedAt: row.rankedAt, rankingId } })
          .run();
      }
    });
  }

  /** The reasons' JSON of one offer's exclusion by the latest ranking that excluded it, or undefined. */
  rankingExclusionJson(requestId: string, offerId: string): string | undefined {
    return this.db.orm
      .select({ reasons: rankingExclusions.reasons })
      .from(rankingExclusions)
      .where(and(eq(rankingExclusions.requestId, requestId), eq(rankingExclusions.offerId, offerId)))
      .get()?.reasons;
  }

  /** Past quotes of a brand for a product (by sku or GTIN), oldest first. */
  quotes(brandId: string, sku: string, gtin?: string): StoredQuote[] {
    const product = gtin ? or(eq(offers.sku, sku), eq(offers.gtin, gtin)) : eq(offers.sku, sku);
    return this.db.orm
      .select({ brandId: offers.brandId, sku: offers.sku, gtin: offers.gtin, priceMinor: offers.priceMinor, currency: offers.currency, quantity: offers.quantity, receivedAt: offers.receivedAt, wasMinor: WAS_MINOR })
      .from(offers)
      .where(and(eq(offers.brandId, brandId), product))
      .orderBy(asc(offers.receivedAt))
      .all();
  }

  /** Appends exchanges of one request, in order. */
  insertExchanges(rows: ReadonlyArray<Omit<ExchangeRow, 'seq'>>): void {
    if (rows.length === 0) return;
    this.db.writeTransaction(() => {
      for (const row of rows) this.db.orm.insert(exchanges).values(row).run();
    });
  }

  /** The exchanges of one request, in order. */
  exchangesOf(requestId: string): ExchangeRow[] {
    return this.db.orm.select().from(exchanges).where(eq(exchanges.requestId, requestId)).orderBy(asc(exchanges.seq)).all();
  }

  /**
   * Inserts or updates an order, and appends its new state to the hash-chained order log in the same transaction.
   * The record is stored as canonical JSON (what the chain's hash covers).
   */
  upsertOrder(row: OrderRow, atMs: number): void {
    const record = canonicalJson(JSON.parse(row.record));
    this.db.writeTransaction(() => {
      this.db.orm
        .insert(orders)
        .values({ ...row, record })
        .onConflictDoUpdate({ target: orders.orderId, set: { status: row.status, record, chargedMinor: row.chargedMinor } })
        .run();
      this.#orderLog.append({ orderId: row.orderId, brandId: row.brandId, status: row.status, occurredAtMs: atMs, recordJson: record });
    });
  }

  /** Chains orders stored before the order log existed (their current state, once); returns how many. */
  chainUnchainedOrders(atMs: number): number {
    return this.db.writeTransaction(() => {
      let chained = 0;
      for (const row of this.orders()) {
        if (this.#orderLog.latest(row.orderId)) continue;
        this.#orderLog.append({ orderId: row.orderId, brandId: row.brandId, status: row.status, occurredAtMs: atMs, recordJson: canonicalJson(JSON.parse(row.record)) });
        chained++;
      }
      return chained;
    });
  }

  /** The purchase (reservation) of one offer, if any. */
  purchase(offerId: string): PurchaseRow | undefined {
    return this.db.orm.select().from(purchases).where(eq(purchases.offerId, offerId)).get();
  }

  /** Inserts or replaces the purchase row of an offer (the offer id is unique: one purchase per offer). */
  putPurchase(row: PurchaseRow): void {
    this.db.writeTransaction(() => {
      this.db.orm.insert(purchases).values(row).onConflictDoUpdate({ target: purchases.offerId, set: { ...row } }).run();
    });
  }

  /** Pending reservations made in [from, to). */
  pendingPurchasesBetween(from: string, to: string): PurchaseRow[] {
    return this.db.orm
      .select()
      .from(purchases)
      .where(and(eq(purchases.status, 'pending'), gte(purchases.reservedAt, from), lt(purchases.reservedAt, to)))
      .all();
  }

  /** One order row. */
  order(orderId: string): OrderRow | undefined {
    return this.db.orm.select().from(orders).where(eq(orders.orderId, orderId)).get();
  }

  /** All orders, oldest first. */
  orders(): OrderRow[] {
    return this.db.orm.select().from(orders).orderBy(asc(orders.placedAt)).all();
  }

  /** Orders placed in [from, to) with a status that counts as spending. */
  ordersBetween(from: string, to: string): OrderRow[] {
    return this.db.orm.select().from(orders).where(and(gte(orders.placedAt, from), lt(orders.placedAt, to))).all();
  }
}
