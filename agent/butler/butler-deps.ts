import type { BrandCallError } from '../transport/index.ts';
import type { PressureDetector } from '../scoring/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { ButlerMemory, OrderRecord } from './butler-memory.ts';
import type { ButlerTrust } from './butler-trust.ts';
import type { PurchaseReservations } from './purchase-reservations.ts';
import type { OutcomeReportInput } from './report-outcome.ts';

/** What a market's ground truth says about an order: what really arrived, or that it has none for this order. */
export type GroundTruthAnswer = { readonly kind: 'report'; readonly report: OutcomeReportInput } | { readonly kind: 'none'; readonly reason: string };

/** Settles an order from a market's ground truth (the demo market has one; a real shop does not). */
export type GroundTruth = (order: OrderRecord, now: Date) => GroundTruthAnswer;

/** Everything the butler needs, one set for all its verbs; each part is a small interface so tests and the simulator can supply their own. */
export interface ButlerDeps {
  readonly brands: () => readonly BrandConnection[];
  readonly memory: ButlerMemory;
  readonly trust: ButlerTrust;
  readonly detectPressure: PressureDetector;
  readonly clock: () => Date;
  /** Seed for the divergence slot and ids (same seed, same run). */
  readonly seed: number;
  /**
   * Whether each request's draws (tie-break, exploration slot) are keyed with the install secret (`drawKey`): the app's
   * when no seed was chosen, so brands cannot compute them. False or absent: keyed by the seed and request id alone.
   */
  readonly privateDraws?: boolean | undefined;
  /** Honesty trust below which a brand is never recommended, unless the profile sets its own. */
  readonly honestyFloor: number;
  /** Haggle on price (questions are always asked). Default true. */
  readonly haggle?: boolean;
  /** Brands that could not be reached at all (shown to the person, never silently dropped). */
  readonly unreachable?: () => ReadonlyArray<{ id: string; error: BrandCallError }>;
  /** Holds a purchase's price against the caps while it is ordered (atomic across processes with SQLite). */
  readonly reservations: PurchaseReservations;
  /** The market's ground truth for `settle`; without one every order is reported by the person. */
  readonly groundTruth?: GroundTruth;
}
