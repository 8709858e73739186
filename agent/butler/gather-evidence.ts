import type { Answer, AttributeDefinition, CounterResult, Decline, Money, Offer } from '../../protocol/index.ts';
import type { NegotiatedOffer } from '../negotiation/index.ts';
import { strangerHonestyOf, type BrandTrustView, type PriceSummary, type ClaimOutcome, type MarketAnswer, type OfferEvidence, type PricePoint, type ScoringNeed } from '../scoring/index.ts';
import { pooledNeedRecord, type FindingRecord } from '../trust/index.ts';
import type { QuotedPrice } from './butler-memory.ts';

/** What the orchestrator knows about one brand in one request. */
export interface BrandRound {
  readonly brandId: string;
  readonly offers: readonly Offer[];
  readonly negotiated: readonly NegotiatedOffer[];
  readonly declines: readonly Decline[];
}

/** Builds the evidence for scoring each final offer of a request from the round's transcript and the memory. */
export function gatherEvidence(input: {
  readonly need: ScoringNeed;
  readonly now: Date;
  readonly rounds: readonly BrandRound[];
  readonly priceHistory: (brandId: string, product: { sku: string; gtin?: string | undefined }) => readonly QuotedPrice[];
  /** The same prices kept summarised, when the memory keeps them so (`ButlerMemory.priceSummaries`): read instead of the history. */
  readonly priceSummaries?: ((brandId: string, product: { sku: string; gtin?: string | undefined }) => readonly PriceSummary[]) | undefined;
  readonly pastOutcomes: (brandId: string) => readonly ClaimOutcome[];
  readonly trust: (brandId: string) => BrandTrustView | undefined;
  /** How the identities on the person's record whose claims were checked turned out (`ButlerTrust.checkedHonesty`). */
  readonly checkedHonesty?: number | undefined;
  /** What the person's deliveries showed about the findings on the offers bought (`ButlerTrust.findingRecord`). */
  readonly findingRecord?: FindingRecord | undefined;
  /** The budget ceiling each brand's brief carried (undefined when the person did not share it). */
  readonly disclosedBudget?: (brandId: string) => Money | undefined;
  /** The attributes a brand declares for the need's category (its own card), which its titles are read against. */
  readonly attributesOf?: (brandId: string) => readonly AttributeDefinition[] | undefined;
  /**
   * Called when gathering one brand's evidence throws: that brand's offers are left out and the others' kept (one
   * brand's offer must not sink the request). Without it, the error propagates.
   */
  readonly onBrandError?: (brandId: string, error: unknown) => void;
  /**
   * Offers scored but not offered to the person in this request (a follow-up the ranking does not use): never ranked,
   * never bought, so never held to what they say, they are no witnesses in the market the other offers are read
   * against, and neither are the answers about them. None when absent.
   */
  readonly unoffered?: ((offer: Offer) => boolean) | undefined;
}): OfferEvidence[] {
  // Each round's final offers (the negotiated ones as revised, then the rest), worked out once for the market and the round.
  const finalsByRound = input.rounds.map(finalOffers);
  const finals = finalsByRound.flat();
  const unoffered = input.unoffered;
  const marketAnswers: MarketAnswer[] = [];
  for (const round of input.rounds) {
    for (const n of round.negotiated) {
      if (unoffered?.(n.original) === true) continue;
      for (const a of n.answers) marketAnswers.push({ brandId: round.brandId, answer: a.answer });
    }
  }
  const now = input.now.toISOString();
  const nowMs = input.now.getTime();
  // Each brand's trust is read once per request: the stranger prior, its own offers and other sellers' cross-checks use it.
  const views = new Map(input.rounds.map((r) => [r.brandId, input.trust(r.brandId)]));
  const trustOf = (brandId: string) => (views.has(brandId) ? views.get(brandId) : input.trust(brandId));
  // One vote per brand: a brand asked twice (the "anything cheaper?" follow-up) is still one brand the butler knows.
  const strangerHonesty = strangerHonestyOf([...views.values()], input.checkedHonesty);
  const strangerNeedRecord = pooledNeedRecord([...views.values()].map((v) => v?.needRecord));
  // One market and one transcript per brand, shared by the offers they describe (the scorers index them once).
  const market = { offers: unoffered === undefined ? finals : finals.filter((o) => !unoffered(o)), answers: marketAnswers, standingOf: trustOf };
  const evidence: OfferEvidence[] = [];
  input.rounds.forEach((round, r) => {
    try {
      evidence.push(...roundEvidence(round, r));
    } catch (error) {
      if (!input.onBrandError) throw error;
      input.onBrandError(round.brandId, error);
    }
  });
  return evidence;

  /** The evidence of one brand's final offers, built whole (an error leaves none of it). */
  function roundEvidence(round: BrandRound, r: number): OfferEvidence[] {
    const out: OfferEvidence[] = [];
    const answers: Array<{ attribute: string; question: string; answer: Answer }> = [];
    const counters: CounterResult[] = [];
    const allOffers = [...round.offers];
    for (const n of round.negotiated) {
      for (const a of n.answers) answers.push(a);
      for (const e of n.exchanges) if (e.kind === 'counter-result') counters.push(e.message);
    }
    for (const n of round.negotiated) if (n.offer.offerId !== n.original.offerId) allOffers.push(n.offer);
    const trust = trustOf(round.brandId);
    const disclosedBudget = input.disclosedBudget?.(round.brandId);
    const attributes = input.attributesOf?.(round.brandId);
    const pastOutcomes = input.pastOutcomes(round.brandId);
    const transcript = { offers: allOffers, answers, counters, declines: round.declines };
    for (const offer of finalsByRound[r]!) {
      // Only a claimed "was" price is checked against the brand's past prices, so only such an offer reads them (a
      // person's history grows with every request; reading it for every offer made each request slower than the last).
      // The memory's points are price points already (and only read): handed over as they are, not copied. A memory
      // that keeps them summarised hands the summaries over instead, unless one holds a price later than now (a clock
      // set back), which the check must leave out: then the points are read.
      let priceHistory: readonly PricePoint[] = [];
      let priceSummaries: readonly PriceSummary[] | undefined;
      // The brand's prices are those it asked under every name the person's record joins to it (`linkedIdentities`:
      // one endpoint under two entries, a relaunch the ledger linked): the lowest price of the last 30 days is the
      // seller's, so a "was" price asked for a day under a fresh name does not hide the price it sold at under the other.
      if (offer.discount !== undefined) {
        const product = { sku: offer.product.sku, gtin: offer.product.gtin };
        const sellers = [round.brandId, ...(trust?.linkedIdentities ?? []).filter((id) => id !== round.brandId)];
        const summaries = input.priceSummaries === undefined ? undefined : sellers.flatMap((id) => input.priceSummaries!(id, product));
        if (summaries !== undefined && summaries.every((s) => !(s.latestMs > nowMs))) priceSummaries = summaries;
        else priceHistory = sellers.length === 1 ? input.priceHistory(round.brandId, product) : sellers.flatMap((id) => input.priceHistory(id, product));
      }
      out.push({
        offer,
        need: input.need,
        now,
        disclosedBudget,
        transcript,
        market,
        priceHistory,
        priceSummaries,
        pastOutcomes,
        trust,
        strangerHonesty,
        ...(strangerNeedRecord === undefined ? {} : { strangerNeedRecord }),
        attributes,
        ...(input.findingRecord === undefined ? {} : { findingRecord: input.findingRecord }),
      });
    }
    return out;
  }
}

/** A round's final offers: the negotiated ones as they ended, then those not negotiated. */
function finalOffers(round: BrandRound): Offer[] {
  const offers: Offer[] = [];
  const negotiatedIds = new Set<string>();
  for (const n of round.negotiated) {
    offers.push(n.offer);
    negotiatedIds.add(n.original.offerId);
  }
  for (const o of round.offers) if (!negotiatedIds.has(o.offerId)) offers.push(o);
  return offers;
}
