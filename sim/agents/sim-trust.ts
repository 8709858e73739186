import { shopRequestKeyOf, toTrustEvent, type ButlerTrust, type TrustObservation } from '../../agent/butler/index.ts';
import { checkedHonestyOf, type BrandTrustView, type ClaimOutcome } from '../../agent/scoring/index.ts';
import { FindingTally, TrustEventSchema, deliveryMetNeed, emptyTrustState, foldTrustEvent, scoreTrustState, type BrandTrustState, type FindingRecord, type TrustScore } from '../../agent/trust/index.ts';
import { SimError } from '../sim-error.ts';

/** Past outcomes kept per (product, attribute, verdict): the honesty checks saturate at 3 of a kind. */
const OUTCOMES_PER_KEY = 3;

/**
 * The butler's trust ledger for the simulator: the same trust model as `TrustLedger` (the same events from
 * `toTrustEvent`, validated with the ledger's schema, folded with `foldTrustEvent`, scored with `scoreTrustState`),
 * held in memory instead of SQLite and without the hash chain. Past outcomes are kept up to the count at which the
 * honesty checks stop adding weight, so memory stays flat however long a run is.
 */
export class SimTrust implements ButlerTrust {
  private readonly states = new Map<string, BrandTrustState>();
  private readonly outcomes = new Map<string, Map<string, ClaimOutcome[]>>();
  /** `brandId|shopRequestKeyOf(requestId)` of every order refusal on record: a request and its cheaper round are one. */
  private readonly refusals = new Set<string>();

  /** What the deliveries showed about the findings on the offers bought (`ButlerTrust.findingRecord`). */
  private readonly findings = new FindingTally();

  constructor(private readonly validate = true) {}

  findingRecord(): FindingRecord {
    return this.findings;
  }

  view(brandId: string, now: Date): BrandTrustView | undefined {
    return this.score(brandId, now.getTime());
  }

  /** The full trust score of a brand (undefined before any event about it). */
  score(brandId: string, atMs: number): TrustScore | undefined {
    const state = this.states.get(brandId);
    return state === undefined || state.events === 0 ? undefined : scoreTrustState({ brandId, state, atMs });
  }

  checkedHonesty(now: Date): number | undefined {
    const atMs = now.getTime();
    return checkedHonestyOf(this.scoresAt(atMs));
  }

  private *scoresAt(atMs: number): Generator<TrustScore | undefined> {
    for (const brandId of this.states.keys()) yield this.score(brandId, atMs);
  }

  /** Brands this butler holds any evidence about, in id order. */
  knownBrands(): string[] {
    return [...this.states.keys()].sort();
  }

  hasOrderRefusal(brandId: string, requestId: string): boolean {
    return this.refusals.has(`${brandId}|${shopRequestKeyOf(requestId)}`);
  }

  pastOutcomes(brandId: string): ClaimOutcome[] {
    const byKey = this.outcomes.get(brandId);
    return byKey ? [...byKey.values()].flat() : [];
  }

  record(observations: readonly TrustObservation[], now: Date): void {
    const at = now.toISOString();
    // Every event of this call occurred at `now` (what Date.parse(at) gives back), read once rather than per event.
    const occurredAtMs = now.getTime();
    for (const observation of observations) {
      const input = toTrustEvent(observation, at);
      let event = input;
      if (this.validate) {
        const parsed = TrustEventSchema.safeParse(input);
        if (!parsed.success) {
          throw new SimError('INVALID_TRUST_EVENT', `${input.kind} about ${input.brandId}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        }
        event = parsed.data;
      }
      if (event.kind === 'order-refused') this.refusals.add(`${event.brandId}|${shopRequestKeyOf(event.evidence.requestId)}`);
      if (event.kind === 'order-outcome' && event.evidence.findings !== undefined) {
        this.findings.add(event.evidence.findings, deliveryMetNeed({ needMet: event.evidence.needMet, asDescribed: event.evidence.outcome === 'as-described' }));
      }
      this.states.set(event.brandId, foldTrustEvent(this.states.get(event.brandId) ?? emptyTrustState(), event as Parameters<typeof foldTrustEvent>[1], occurredAtMs));
      if ((event.kind === 'claim-verified' || event.kind === 'claim-contradicted') && event.evidence.orderId) {
        const e = event.evidence;
        const outcome: ClaimOutcome = {
          attribute: e.claim.attribute,
          asserted: e.claim.asserted,
          verdict: event.kind === 'claim-verified' ? 'verified' : 'contradicted',
          sku: e.product?.sku,
          gtin: e.product?.gtin,
          at: event.occurredAt,
        };
        const key = `${outcome.verdict}|${outcome.attribute}|${outcome.sku ?? ''}|${outcome.gtin ?? ''}`;
        const byKey = this.outcomes.get(event.brandId) ?? new Map<string, ClaimOutcome[]>();
        const list = byKey.get(key) ?? [];
        list.push(outcome);
        if (list.length > OUTCOMES_PER_KEY) list.shift();
        byKey.set(key, list);
        this.outcomes.set(event.brandId, byKey);
      }
    }
  }
}

/** The "no ledger" ablation: a trust port that never remembers anything (every brand is always unknown). */
export class ForgetfulTrust implements ButlerTrust {
  view(): BrandTrustView | undefined {
    return undefined;
  }
  pastOutcomes(): ClaimOutcome[] {
    return [];
  }
  record(): void {}
}
