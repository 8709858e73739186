import { IdSchema, type AttributeValue } from '../../protocol/index.ts';
import { checkedHonestyOf, type BrandTrustView, type ClaimOutcome } from '../scoring/index.ts';
import { FindingTally, deliveryMetNeed, orderFindingCodes, type FindingRecord, type TrustEventInput, type TrustLedger } from '../trust/index.ts';
import type { ButlerTrust, TrustObservation } from './butler-trust.ts';
import { sameShopRequest } from './cheaper-request-id.ts';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'unspecified';
const short = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text) || '(empty)';

/**
 * Turns one butler observation into a ledger event with its evidence. Each event is written out key by key rather than
 * as `{ ...base, kind, evidence }`: on Node 20's V8 a leading spread followed by new keys takes a slow path (about 1 µs
 * against a few ns), and every observation of a request is turned into an event twice (settled, then recorded).
 */
export function toTrustEvent(o: TrustObservation, occurredAt: string): TrustEventInput {
  switch (o.kind) {
    case 'claim-verified':
      return {
        brandId: o.brandId,
        occurredAt,
        kind: 'claim-verified',
        evidence: {
          offerId: o.offerId,
          ...(o.orderId ? { orderId: o.orderId } : {}),
          product: { sku: o.sku, ...(o.gtin ? { gtin: o.gtin } : {}) },
          claim: { attribute: o.attribute, asserted: short(o.asserted), observed: short(o.observed) },
          source: o.orderId ? 'delivery' : 'offer-check',
        },
      };
    case 'claim-contradicted':
      return {
        brandId: o.brandId,
        occurredAt,
        kind: 'claim-contradicted',
        evidence: {
          offerId: o.offerId,
          ...(o.orderId ? { orderId: o.orderId } : {}),
          product: { sku: o.sku, ...(o.gtin ? { gtin: o.gtin } : {}) },
          claim: { attribute: o.attribute, asserted: short(o.asserted), observed: short(o.observed) },
          source: slug(o.source),
          stake: o.stake,
        },
      };
    case 'pressure-tactic':
      return {
        brandId: o.brandId,
        occurredAt,
        kind: 'pressure-tactic',
        evidence: { tactic: slug(o.tactic), excerpt: { text: short(o.quote, 2000), field: short(o.field, 64) }, confidence: Math.round(Math.min(Math.max(o.confidence, 0), 1) * 1000) / 1000, ...(o.offerId ? { offerId: o.offerId } : {}) },
      };
    case 'clean-interaction':
      return { brandId: o.brandId, occurredAt, kind: 'clean-interaction', evidence: { requestId: o.requestId, ...(o.offerId ? { offerId: o.offerId } : {}), ...(o.clean ? { clean: [...o.clean] } : {}) } };
    case 'offer-fit':
      return { brandId: o.brandId, occurredAt, kind: 'offer-fit', evidence: { offerId: o.offerId, fit: o.fit } };
    case 'honest-decline':
      return { brandId: o.brandId, occurredAt, kind: 'honest-decline', evidence: { requestId: o.requestId, reason: short(o.reason), ...(o.excerpt ? { excerpt: { text: short(o.excerpt, 2000), field: 'decline.message' } } : {}) } };
    case 'bait-and-switch':
      return { brandId: o.brandId, occurredAt, kind: 'bait-and-switch', evidence: { offerId: o.offerId, orderId: o.orderId, detail: short(o.detail, 2000), stake: o.stake } };
    case 'order-refused':
      return { brandId: o.brandId, occurredAt, kind: 'order-refused', evidence: { offerId: o.offerId, requestId: o.requestId, code: o.code, detail: short(o.detail, 500), stake: o.stake } };
    case 'order-outcome':
      return { brandId: o.brandId, occurredAt, kind: 'order-outcome', evidence: { orderId: o.orderId, satisfied: o.satisfied, outcome: (o.asDescribed ?? o.satisfied) ? 'as-described' : 'not-as-described', ...(o.stake ? { stake: o.stake } : {}), ...(o.needMet === undefined ? {} : { needMet: o.needMet }), ...(o.findings === undefined ? {} : { findings: orderFindingCodes(o.findings) }), note: short(o.note, 500) } };
    case 'protocol-violation':
      return {
        brandId: o.brandId,
        occurredAt,
        kind: 'protocol-violation',
        evidence: {
          violation: slug(o.violation),
          detail: short(o.detail, 500),
          ...(o.claimedBrandId && IdSchema.safeParse(o.claimedBrandId).success ? { claimedBrandId: o.claimedBrandId } : {}),
          ...(o.offerId && IdSchema.safeParse(o.offerId).success ? { offerId: o.offerId } : {}),
          ...(o.requestId && IdSchema.safeParse(o.requestId).success ? { requestId: o.requestId } : {}),
        },
      };
  }
}

/** The butler's view of the trust ledger: scores for ranking, settled claims for honesty checks, appends. */
export class LedgerTrust implements ButlerTrust {
  constructor(
    private readonly ledger: TrustLedger,
    private readonly names: (brandId: string) => string | undefined = () => undefined,
  ) {}

  view(brandId: string, now: Date): BrandTrustView | undefined {
    if (!this.ledger.hasBrand(brandId)) return undefined;
    const score = this.ledger.scoreOf(brandId, now.getTime());
    // A brand with no history at all is "unknown", scored by the cold-start prior and penalised for uncertainty.
    if (score.events === 0 && score.linkedIdentities.length === 0) return undefined;
    // The identities a shared server connects (never evidence) make one party where the market is read.
    const connected = this.ledger.connectedIdentities(brandId);
    return connected.length === score.linkedIdentities.length ? score : { ...score, connectedIdentities: connected };
  }

  pastOutcomes(brandId: string): ClaimOutcome[] {
    if (!this.ledger.hasBrand(brandId)) return [];
    return this.ledger.eventsFor(brandId).flatMap((e): ClaimOutcome[] => {
      if ((e.kind !== 'claim-verified' && e.kind !== 'claim-contradicted') || !e.evidence.orderId) return [];
      const asserted: AttributeValue = e.evidence.claim.asserted;
      return [{ attribute: e.evidence.claim.attribute, asserted, verdict: e.kind === 'claim-verified' ? 'verified' : 'contradicted', sku: e.evidence.product?.sku, gtin: e.evidence.product?.gtin, at: e.occurredAt }];
    });
  }

  linkedIdentities(brandId: string): readonly string[] {
    return this.ledger.hasBrand(brandId) ? this.ledger.linkedIdentities(brandId) : [];
  }

  connectedIdentities(brandId: string): readonly string[] {
    return this.ledger.hasBrand(brandId) ? this.ledger.connectedIdentities(brandId) : [];
  }

  hasOrderRefusal(brandId: string, requestId: string): boolean {
    return this.ledger.hasBrand(brandId) && this.ledger.eventsFor(brandId).some((e) => e.kind === 'order-refused' && sameShopRequest(e.evidence.requestId, requestId));
  }

  checkedHonesty(now: Date): number | undefined {
    return checkedHonestyOf(this.ledger.scores(now.getTime()));
  }

  /**
   * Folded from every `order-outcome` with findings on the ledger: on first use from the whole file, then only the events
   * appended since (by any surface: the chain's seq is global and append-only), whenever the ledger grew.
   */
  findingRecord(): FindingRecord {
    const count = this.ledger.eventCount();
    if (this.findings === undefined || count < this.findings.count) this.findings = { count: 0, lastSeq: 0, tally: new FindingTally() };
    const folded = this.findings;
    if (folded.count === count) return folded.tally;
    let lastSeq = folded.lastSeq;
    for (const brand of this.ledger.brands()) {
      for (const e of this.ledger.eventsFor(brand.brandId, { afterSeq: folded.lastSeq })) {
        if (e.seq > lastSeq) lastSeq = e.seq;
        if (e.kind !== 'order-outcome' || e.evidence.findings === undefined) continue;
        folded.tally.add(e.evidence.findings, deliveryMetNeed({ needMet: e.evidence.needMet, asDescribed: e.evidence.outcome === 'as-described' }));
      }
    }
    this.findings = { count, lastSeq, tally: folded.tally };
    return folded.tally;
  }

  private findings: { readonly count: number; readonly lastSeq: number; readonly tally: FindingTally } | undefined;

  record(observations: readonly TrustObservation[], now: Date): void {
    if (observations.length === 0) return;
    for (const id of new Set(observations.map((o) => o.brandId))) {
      const displayName = this.names(id);
      this.ledger.registerBrand(displayName ? { brandId: id, displayName } : { brandId: id });
    }
    const at = now.toISOString();
    this.ledger.appendMany(observations.map((o) => toTrustEvent(o, at)));
  }
}
