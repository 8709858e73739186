import { z } from 'zod';
import { IdSchema } from '../../protocol/index.ts';
import {
  BrandRegistry,
  TrustEventStore,
  TrustScoreCache,
  verifyTrustChain,
  type CachedTrustState,
  type ChainHead,
  type IdentityLink,
  type MajordomeDatabase,
  type RegisteredBrand,
  type TrustEventDraft,
} from '../../storage/index.ts';
import { TRUST_MODEL_VERSION } from './trust-parameters.ts';
import { TrustEventSchema, type RecordedTrustEvent, type TrustEvent, type TrustEventInput, type TrustEvidence } from './trust-event.ts';
import { TrustLedgerError } from './trust-ledger-error.ts';
import { decodeTrustState, emptyTrustState, encodeTrustState, type BrandTrustState } from './brand-trust-state.ts';
import { foldTrustEvent } from './fold-trust-event.ts';
import { scoreTrustState, type TrustScore } from './score-trust-state.ts';
import { identityGroups } from './identity-groups.ts';
import { isServerIdentity } from './server-identity.ts';
import { readRecordedEvent } from './read-recorded-event.ts';
import { foldLedger, type FoldedBrand } from './fold-ledger.ts';
import { checkScoreCache, type LedgerVerification } from './check-score-cache.ts';
import { compareTrust } from './trust-rank.ts';

/** Options of a trust ledger. */
export interface TrustLedgerOptions {
  /** The clock (epoch ms) used when no time is passed: scores read "now", brands registered "now". */
  readonly clock?: () => number;
}

/** A brand to register: its plain string id and, optionally, a display name and when it was first seen. */
export interface BrandRegistration {
  readonly brandId: string;
  readonly displayName?: string;
  readonly registeredAtMs?: number;
}

const RegistrationSchema = z.object({
  brandId: IdSchema,
  displayName: z.string().min(1).max(200).optional(),
  registeredAtMs: z.number().int().min(-8.64e15).max(8.64e15).optional(),
});

/** What a rebuild did. */
export interface RebuildSummary {
  readonly events: number;
  readonly brands: number;
}

/**
 * The butler's memory of how each brand behaved: an append-only, hash-chained log of trust events with their
 * evidence, and per-brand scores cached in the same transaction as each append (always equal to a rebuild).
 * Safe to use from several processes at once: writes take the database's write lock; reads notice other writers.
 * @example
 * const ledger = new TrustLedger(openDatabase({ path: ':memory:' }));
 * ledger.registerBrand({ brandId: 'trailco' });
 * ledger.append({ kind: 'claim-verified', brandId: 'trailco', occurredAt: '2026-11-23T10:00:00.000Z',
 *   evidence: { offerId: 'o-1', claim: { attribute: 'waterproof', asserted: true, observed: true }, source: 'spec-sheet' } });
 * ledger.scoreOf('trailco').trust;
 */
export class TrustLedger {
  readonly #db: MajordomeDatabase;
  readonly #events: TrustEventStore;
  readonly #scores: TrustScoreCache;
  readonly #registry: BrandRegistry;
  readonly #clock: () => number;
  // In-memory mirror of the caches, valid while the database's data_version is unchanged (no other writer committed).
  #seenVersion = Number.NaN;
  readonly #states = new Map<string, FoldedBrand>();
  readonly #registered = new Set<string>();
  #groups: Map<string, readonly string[]> | undefined;
  #connected: Map<string, readonly string[]> | undefined;
  #modelChecked = false;

  constructor(db: MajordomeDatabase, options: TrustLedgerOptions = {}) {
    this.#db = db;
    this.#events = new TrustEventStore(db);
    this.#scores = new TrustScoreCache(db);
    this.#registry = new BrandRegistry(db);
    this.#clock = options.clock ?? Date.now;
    this.#seenVersion = db.dataVersion();
  }

  /** Registers a brand identity (idempotent: an existing one is returned unchanged). */
  registerBrand(registration: BrandRegistration): { brand: RegisteredBrand; created: boolean } {
    const parsed = RegistrationSchema.safeParse(registration);
    if (!parsed.success) throw new TrustLedgerError('INVALID_EVENT', `invalid brand registration: ${z.prettifyError(parsed.error)}`, { issues: parsed.error.issues });
    const { brandId, displayName, registeredAtMs } = parsed.data;
    const result = this.#registry.register({ brandId, displayName: displayName ?? null, registeredAtMs: registeredAtMs ?? this.#now() });
    this.#registered.add(brandId);
    return result;
  }

  /** Whether a brand identity is registered. */
  hasBrand(brandId: string): boolean {
    this.#sync();
    return this.#isRegistered(brandId);
  }

  /** Every registered brand, by id. */
  brands(): RegisteredBrand[] {
    return this.#registry.list();
  }

  /** Appends one event (validated, chained, score updated in the same transaction) and returns it as recorded. */
  append(event: TrustEventInput): RecordedTrustEvent {
    return this.appendMany([event])[0]!;
  }

  /**
   * Appends events in order in one transaction, updating the cached scores in it: all are written or none.
   * Throws INVALID_EVENT (with the index and zod issues), UNKNOWN_BRAND or INVALID_LINK before anything is written.
   */
  appendMany(events: readonly TrustEventInput[]): RecordedTrustEvent[] {
    const parsed = events.map(parseEvent);
    this.#ensureModelCurrent();
    const { stored, folded, linked } = this.#db.writeTransaction(() => {
      this.#sync();
      const folded = new Map<string, BrandTrustState>();
      const drafts = new Array<TrustEventDraft>(parsed.length);
      for (let i = 0; i < parsed.length; i++) {
        const event = parsed[i]!;
        this.#requireBrand(event.brandId, i);
        if (event.kind === 'identity-link') this.#requireBrand(event.evidence.linkedBrandId, i);
        const at = Date.parse(event.occurredAt);
        folded.set(event.brandId, foldTrustEvent(folded.get(event.brandId) ?? this.#stateOf(event.brandId).state, event, at));
        drafts[i] = { brandId: event.brandId, kind: event.kind, occurredAtMs: at, evidence: event.evidence };
      }
      // No savepoints inside this transaction (they would copy every page the batch touches): a throw rolls it all back.
      const stored = this.#events.appendInTransaction(drafts);
      const lastSeq = new Map<string, number>();
      const links: IdentityLink[] = [];
      for (let i = 0; i < stored.length; i++) {
        const event = parsed[i]!;
        lastSeq.set(event.brandId, stored[i]!.seq);
        if (event.kind === 'identity-link') links.push({ eventSeq: stored[i]!.seq, brandId: event.brandId, linkedBrandId: event.evidence.linkedBrandId });
      }
      const states: Array<readonly [string, FoldedBrand]> = [];
      const cached: CachedTrustState[] = [];
      for (const [brandId, state] of folded) {
        const seq = lastSeq.get(brandId)!;
        states.push([brandId, { state, lastSeq: seq }]);
        cached.push({ brandId, modelVersion: TRUST_MODEL_VERSION, lastSeq: seq, state: encodeTrustState(state) });
      }
      this.#scores.putInTransaction(cached);
      this.#registry.addLinks(links);
      return { stored, folded: states, linked: links.length > 0 };
    });
    // Only after the commit: the mirror never holds what a rolled-back transaction computed.
    for (const [brandId, f] of folded) this.#states.set(brandId, f);
    if (linked) {
      this.#groups = undefined;
      this.#connected = undefined;
    }
    // Each parsed event is a fresh object from zod, so it is extended in place (a spread is far slower here).
    return stored.map((s, i) =>
      Object.assign(parsed[i]!, { occurredAt: new Date(s.occurredAtMs).toISOString(), seq: s.seq, occurredAtMs: s.occurredAtMs, hash: s.hash, prevHash: s.prevHash }),
    );
  }

  /** Links two identities believed to be the same party (an identity-link event on `brandId`); they then share negative evidence. */
  linkIdentities(brandId: string, linkedBrandId: string, evidence: Omit<TrustEvidence<'identity-link'>, 'linkedBrandId'> & { occurredAt?: string }): RecordedTrustEvent {
    const { occurredAt, ...rest } = evidence;
    return this.append({
      kind: 'identity-link',
      brandId,
      occurredAt: occurredAt ?? new Date(this.#now()).toISOString(),
      evidence: { ...rest, linkedBrandId },
    });
  }

  /** The identities linked to this one (transitively), in id order: one party, sharing negative evidence (servers excepted, see `isServerIdentity`). */
  linkedIdentities(brandId: string): readonly string[] {
    this.#sync();
    this.#requireBrand(brandId);
    return this.#groupOf(brandId);
  }

  /** The identities linked to this one through any link, shared servers included (transitively, in id order): whom a ban on this one covers. */
  connectedIdentities(brandId: string): readonly string[] {
    this.#sync();
    this.#requireBrand(brandId);
    this.#connected ??= identityGroups(this.#registry.links());
    return this.#connected.get(brandId) ?? [];
  }

  /** A brand's trust at `atMs` (default: the clock), from the cache in O(1); throws UNKNOWN_BRAND for an unregistered id. */
  scoreOf(brandId: string, atMs: number = this.#now()): TrustScore {
    if (!Number.isFinite(atMs)) throw new TrustLedgerError('INVALID_TIME', `not a time: ${String(atMs)}`);
    this.#ensureModelCurrent();
    this.#sync();
    const own = this.#stateOf(brandId);
    const group = this.#groupOf(brandId);
    const linked = group.length === 0 ? undefined : group.map((id) => ({ brandId: id, state: this.#stateOf(id).state }));
    return scoreTrustState(linked === undefined ? { brandId, state: own.state, atMs } : { brandId, state: own.state, atMs, linked });
  }

  /** Every registered brand's trust at `atMs`, best first (recommendable first, then by trust, then by id). */
  scores(atMs: number = this.#now()): TrustScore[] {
    // Before the read transaction: a stale cache is rebuilt under the write lock, not from inside a read.
    this.#ensureModelCurrent();
    return this.#db.readTransaction(() => this.brands().map((b) => this.scoreOf(b.brandId, atMs))).sort((a, b) => compareTrust(a, b));
  }

  /** A brand's events with their evidence, oldest first (at most `limit`, after `afterSeq`). */
  eventsFor(brandId: string, options: { afterSeq?: number; limit?: number } = {}): RecordedTrustEvent[] {
    this.#sync();
    this.#requireBrand(brandId);
    return this.#events.eventsFor(brandId, options).map(readRecordedEvent);
  }

  /** The newest event's seq and hash: note it to detect later a chain rewritten end to end (`verify({ anchor })`). */
  head(): ChainHead {
    return this.#events.head();
  }

  /** How many events the ledger holds. */
  eventCount(): number {
    return this.#events.count();
  }

  /**
   * Checks the hash chain (naming the first bad event), then that the cached scores and links equal a rebuild.
   * `anchor` is a head noted earlier; the event at its seq must still have its hash.
   */
  verify(options: { anchor?: ChainHead } = {}): LedgerVerification {
    return this.#db.readTransaction(() => {
      const chain = verifyTrustChain(this.#db, options.anchor === undefined ? {} : { anchor: options.anchor });
      if (!chain.ok) return { ok: false, chain };
      let folded;
      try {
        folded = foldLedger(this.#events.readAll());
      } catch (error) {
        // The chain holds but an event no longer matches its schema: rewritten end to end, or written by another model.
        if (error instanceof TrustLedgerError) return { ok: false, chain, cache: { ok: false, problem: 'unreadable-event', message: error.message } };
        throw error;
      }
      const cache = checkScoreCache(folded, this.#scores.all(), this.#registry.links(), TRUST_MODEL_VERSION);
      return { ok: cache.ok, chain, cache };
    });
  }

  /** Recomputes every cached score and identity link from the event log (gives exactly the numbers appends gave). */
  rebuild(): RebuildSummary {
    const summary = this.#db.writeTransaction(() => {
      const folded = foldLedger(this.#events.readAll());
      this.#scores.clear();
      this.#registry.clearLinks();
      this.#scores.put([...folded.brands].map(([brandId, f]) => ({ brandId, modelVersion: TRUST_MODEL_VERSION, lastSeq: f.lastSeq, state: encodeTrustState(f.state) })));
      this.#registry.addLinks(folded.links);
      return { events: folded.events, brands: folded.brands.size };
    });
    this.#forget();
    this.#modelChecked = true;
    return summary;
  }

  #now(): number {
    return this.#clock();
  }

  /** Drops the mirror when another connection has committed since we last looked. */
  #sync(): void {
    const version = this.#db.dataVersion();
    if (version !== this.#seenVersion) {
      this.#forget();
      this.#seenVersion = version;
    }
  }

  #forget(): void {
    this.#states.clear();
    this.#registered.clear();
    this.#groups = undefined;
    this.#connected = undefined;
  }

  /** Rebuilds once if the cache was made by another model version (parameters changed). */
  #ensureModelCurrent(): void {
    if (this.#modelChecked) return;
    if (this.#scores.hasStale(TRUST_MODEL_VERSION)) this.rebuild();
    this.#modelChecked = true;
  }

  #isRegistered(brandId: string): boolean {
    if (this.#registered.has(brandId)) return true;
    if (this.#registry.get(brandId) === undefined) return false;
    this.#registered.add(brandId);
    return true;
  }

  #requireBrand(brandId: string, index?: number): void {
    if (!this.#isRegistered(brandId)) {
      throw new TrustLedgerError('UNKNOWN_BRAND', `unknown brand "${brandId}": register it before recording events about it`, index === undefined ? { brandId } : { brandId, index });
    }
  }

  #stateOf(brandId: string): FoldedBrand {
    const mirrored = this.#states.get(brandId);
    if (mirrored !== undefined) return mirrored;
    this.#requireBrand(brandId);
    const cached = this.#scores.get(brandId);
    let folded: FoldedBrand = { state: emptyTrustState(), lastSeq: 0 };
    if (cached !== undefined && cached.modelVersion !== TRUST_MODEL_VERSION) {
      // Written by another model since this ledger checked (an older process on the same file): its numbers mean
      // something else, so this brand is folded from its events (the row is replaced at its next append).
      folded = foldLedger(this.#events.eventsFor(brandId)).brands.get(brandId) ?? folded;
    } else if (cached !== undefined) {
      const state = decodeTrustState(cached.state);
      if (state === undefined) throw new TrustLedgerError('CORRUPT_RECORD', `the cached score of ${brandId} does not parse; run rebuild()`, { brandId });
      folded = { state, lastSeq: cached.lastSeq };
    }
    this.#states.set(brandId, folded);
    return folded;
  }

  #groupOf(brandId: string): readonly string[] {
    // A server is where several parties may be hosted, not a party: its links join no one (see isServerIdentity).
    this.#groups ??= identityGroups(this.#registry.links().filter((l) => !isServerIdentity(l.brandId) && !isServerIdentity(l.linkedBrandId)));
    return this.#groups.get(brandId) ?? [];
  }
}

function parseEvent(input: TrustEventInput, index: number): TrustEvent {
  const parsed = TrustEventSchema.safeParse(input);
  if (!parsed.success) {
    throw new TrustLedgerError('INVALID_EVENT', `event ${index} is invalid: ${z.prettifyError(parsed.error)}`, { index, issues: parsed.error.issues });
  }
  const event = parsed.data;
  if (event.kind === 'identity-link' && event.evidence.linkedBrandId === event.brandId) {
    throw new TrustLedgerError('INVALID_LINK', `event ${index} links ${event.brandId} to itself`, { index });
  }
  return event;
}
