import { z } from 'zod';

const Weight = z.number().finite().nonnegative();

/** Forgetting-weighted evidence of one dimension: long-run sums and the short window's sums. */
export const DimensionEvidenceSchema = z.object({
  positive: Weight,
  negative: Weight,
  recentPositive: Weight,
  recentNegative: Weight,
});
/** Forgetting-weighted evidence of one dimension. */
export type DimensionEvidence = z.infer<typeof DimensionEvidenceSchema>;

/**
 * A brand's failed deliveries and receipts in one currency of their stakes: their weight (forgotten like every check)
 * and what they put at stake (major units, forgotten with them). `currency` is absent for failures that named no stake.
 * A state holds one per currency the brand failed a delivery in (those of the person's orders: a handful).
 */
export const FailedDeliveriesSchema = z.object({ currency: z.string().regex(/^[A-Z]{3}$/).optional(), weight: Weight, stake: Weight });
/** A brand's failed deliveries in one currency of their stakes. */
export type FailedDeliveries = z.infer<typeof FailedDeliveriesSchema>;

/**
 * What a brand's orders put at stake in one currency (order outcomes, refused orders, bait-and-switch receipts; never an
 * offer caught false before purchase, whose price the brand picks): their weight and stake (major units), forgotten
 * like every check. Their mean is what the brand usually puts at stake in that currency, the reference a negative
 * event's stake is read against (`stakeFactor`) and its failed deliveries are counted on (`failedDeliveriesAtStake`).
 */
export const CurrencyStakesSchema = z.object({ currency: z.string().regex(/^[A-Z]{3}$/), weight: Weight, stake: Weight });
/** What a brand's orders put at stake in one currency. */
export type CurrencyStakes = z.infer<typeof CurrencyStakesSchema>;

/** The weight of all a brand's failed deliveries and receipts, whatever their currency. */
export function failedDeliveryWeight(claims: { readonly failedDeliveries: readonly FailedDeliveries[] }): number {
  let total = 0;
  for (const f of claims.failedDeliveries) total += f.weight;
  return total;
}

/**
 * The fold of one brand's events: everything needed to score it at any later time in O(1). Sums are decayed to
 * `asOfMs` (the newest event time seen). This is what the score cache stores; it is validated when read back.
 */
export const BrandTrustStateSchema = z.object({
  asOfMs: z.number().finite(),
  events: z.number().int().nonnegative(),
  honesty: DimensionEvidenceSchema,
  fit: DimensionEvidenceSchema,
  pressure: DimensionEvidenceSchema,
  /**
   * Claim checks with unit weight, for the calibrated honesty estimate: held, and failed by kind — statements caught
   * false before any purchase (forgiven by later clean requests and deliveries) and failed deliveries or receipts
   * (forgiven by later deliveries as described only). Failures carry both forgettings: time and later clean checks.
   * Failed deliveries are kept per currency of what they put at stake (`FailedDeliveriesSchema`), so a delivery as
   * described forgives them in proportion to what it put at stake itself, in the same currency (`foldTrustEvent`):
   * amounts in different currencies are never added (1,000 JPY is not 1,000 EUR).
   * `sparedNeed`: the part of the failed deliveries that still met what the person required (`needMet`), forgotten
   * and forgiven in proportion to them, so it never exceeds their weight; `sparedNeedStake` what those put at stake
   * (major units).
   */
  claims: z.object({ held: Weight, failedStatements: Weight, failedDeliveries: z.array(FailedDeliveriesSchema), sparedNeed: Weight, sparedNeedStake: Weight }),
  /**
   * How well this brand's false statements are caught before a purchase, for the power of a clean request
   * (`calibration.checkPower`): statements caught false before any purchase, and deliveries not as described (false
   * statements the checks let through). Time-forgotten only: later clean checks do not forgive them. `caught` counts
   * requests, not findings (the unit a clean request forgives by): the findings of one request are recorded at one time,
   * and `caughtAtMs` is the time of the last one counted (`NEVER_CAUGHT` before any), so ten lies caught in one request
   * count once.
   */
  power: z.object({ caught: Weight, escaped: Weight, caughtAtMs: z.number().finite() }),
  /**
   * What the brand's orders put at stake, per currency (`CurrencyStakesSchema`; order outcomes, bait-and-switch
   * receipts, refused orders, never statements caught before purchase): the reference its negative events' stakes are
   * read against in the punitive score and its failed deliveries in the calibrated one, currency by currency (1,000 JPY
   * is not 1,000 EUR).
   */
  stakes: z.array(CurrencyStakesSchema),
});
/** The fold of one brand's events. */
export type BrandTrustState = z.infer<typeof BrandTrustStateSchema>;

/** `power.caughtAtMs` of a brand never caught: before any time an event can carry (±8.64e15 ms). */
export const NEVER_CAUGHT = Number.MIN_SAFE_INTEGER;

const EMPTY_DIMENSION: DimensionEvidence = Object.freeze({ positive: 0, negative: 0, recentPositive: 0, recentNegative: 0 });

/** The state of a brand with no events: every dimension at its base rate with full uncertainty. */
export function emptyTrustState(): BrandTrustState {
  return { asOfMs: 0, events: 0, honesty: EMPTY_DIMENSION, fit: EMPTY_DIMENSION, pressure: EMPTY_DIMENSION, claims: { held: 0, failedStatements: 0, failedDeliveries: [], sparedNeed: 0, sparedNeedStake: 0 }, power: { caught: 0, escaped: 0, caughtAtMs: NEVER_CAUGHT }, stakes: [] };
}

const N = z.number().finite();
/** One currency's failed deliveries in the stored form: [weight, stake] or [weight, stake, currency]. */
const EncodedFailedDeliveriesSchema = z.union([z.tuple([N, N]), z.tuple([N, N, z.string()])]);
/** What the brand's events put at stake in one currency, stored as [weight, stake, currency]. */
const EncodedCurrencyStakesSchema = z.tuple([N, N, z.string()]);
/**
 * The compact form the score cache stores: a flat array of the state's 19 numbers, its failed deliveries per
 * currency, the 2 numbers of its spared deliveries and what its events put at stake per currency (half the bytes of the
 * object form, and the cache row is rewritten on every append).
 */
export const EncodedTrustStateSchema = z.tuple([N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, z.array(EncodedFailedDeliveriesSchema), N, N, z.array(EncodedCurrencyStakesSchema)]);
/** The compact stored form of a `BrandTrustState`. */
export type EncodedTrustState = z.infer<typeof EncodedTrustStateSchema>;

/** Flattens a state for the cache (numbers are kept exactly; JSON round-trips doubles bit for bit). */
export function encodeTrustState(s: BrandTrustState): EncodedTrustState {
  const h = s.honesty;
  const f = s.fit;
  const p = s.pressure;
  return [
    s.asOfMs, s.events,
    h.positive, h.negative, h.recentPositive, h.recentNegative,
    f.positive, f.negative, f.recentPositive, f.recentNegative,
    p.positive, p.negative, p.recentPositive, p.recentNegative,
    s.claims.held, s.claims.failedStatements,
    s.power.caught, s.power.escaped, s.power.caughtAtMs,
    s.claims.failedDeliveries.map((d) => (d.currency === undefined ? [d.weight, d.stake] : [d.weight, d.stake, d.currency])),
    s.claims.sparedNeed,
    s.claims.sparedNeedStake,
    s.stakes.map((c) => [c.weight, c.stake, c.currency]),
  ];
}

/** Reads a cached state back, validating it; `undefined` if it is not a well-formed state. */
export function decodeTrustState(stored: unknown): BrandTrustState | undefined {
  const flat = EncodedTrustStateSchema.safeParse(stored);
  if (!flat.success) return undefined;
  const v = flat.data;
  const state = BrandTrustStateSchema.safeParse({
    asOfMs: v[0],
    events: v[1],
    honesty: { positive: v[2], negative: v[3], recentPositive: v[4], recentNegative: v[5] },
    fit: { positive: v[6], negative: v[7], recentPositive: v[8], recentNegative: v[9] },
    pressure: { positive: v[10], negative: v[11], recentPositive: v[12], recentNegative: v[13] },
    claims: { held: v[14], failedStatements: v[15], failedDeliveries: v[19].map((d) => (d.length === 3 ? { currency: d[2], weight: d[0], stake: d[1] } : { weight: d[0], stake: d[1] })), sparedNeed: v[20], sparedNeedStake: v[21] },
    power: { caught: v[16], escaped: v[17], caughtAtMs: v[18] },
    stakes: v[22].map((c) => ({ currency: c[2], weight: c[0], stake: c[1] })),
  });
  return state.success ? state.data : undefined;
}
