import type { Answer, Decline, Money, Offer } from '../../protocol/index.ts';
import type { NegotiatedOffer } from '../negotiation/index.ts';
import { strangerHonestyOf, type BrandTrustView, type ClaimOutcome, type MarketAnswer, type OfferEvidence, type PricePoint, type ScoringNeed } from '../scoring/index.ts';
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
  readonly pastOutcomes: (brandId: string) => readonly ClaimOutcome[];
  readonly trust: (brandId: string) => BrandTrustView | undefined;
  /** The budget ceiling each brand's brief carried (undefined when the person did not share it). */
  readonly disclosedBudget?: (brandId: string) => Money | undefined;
}): OfferEvidence[] {
  const finals = input.rounds.flatMap((round) => {
    const negotiatedIds = new Set(round.negotiated.map((n) => n.original.offerId));
    return [...round.negotiated.map((n) => n.offer), ...round.offers.filter((o) => !negotiatedIds.has(o.offerId))];
  });
  const marketAnswers: MarketAnswer[] = input.rounds.flatMap((round) =>
    round.negotiated.flatMap((n) => n.answers.map((a) => ({ brandId: round.brandId, answer: a.answer }))),
  );
  const now = input.now.toISOString();
  // Each brand's trust is read once per request: the stranger prior, its own offers and other sellers' cross-checks use it.
  const views = new Map(input.rounds.map((r) => [r.brandId, input.trust(r.brandId)]));
  const trustOf = (brandId: string) => (views.has(brandId) ? views.get(brandId) : input.trust(brandId));
  // One vote per brand: a brand asked twice (the "anything cheaper?" follow-up) is still one brand the butler knows.
  const strangerHonesty = strangerHonestyOf([...views.values()]);
  // One market and one transcript per brand, shared by the offers they describe (the scorers index them once).
  const market = { offers: finals, answers: marketAnswers, standingOf: trustOf };
  return input.rounds.flatMap((round) => {
    const answers: Array<{ attribute: string; question: string; answer: Answer }> = round.negotiated.flatMap((n) => [...n.answers]);
    const counters = round.negotiated.flatMap((n) => n.exchanges.flatMap((e) => (e.kind === 'counter-result' ? [e.message] : [])));
    const allOffers = [...round.offers, ...round.negotiated.flatMap((n) => (n.offer.offerId === n.original.offerId ? [] : [n.offer]))];
    const trust = trustOf(round.brandId);
    const disclosedBudget = input.disclosedBudget?.(round.brandId);
    const pastOutcomes = input.pastOutcomes(round.brandId);
    const negotiatedIds = new Set(round.negotiated.map((n) => n.original.offerId));
    const offers = [...round.negotiated.map((n) => n.offer), ...round.offers.filter((o) => !negotiatedIds.has(o.offerId))];
    const transcript = { offers: allOffers, answers, counters, declines: round.declines };
    return offers.map((offer): OfferEvidence => {
      // Only a claimed "was" price is checked against the brand's past prices, so only such an offer reads them (a
      // person's history grows with every request; reading it for every offer made each request slower than the last).
      // The memory's points are price points already (and only read): handed over as they are, not copied.
      const priceHistory: readonly PricePoint[] = offer.discount === undefined ? [] : input.priceHistory(round.brandId, { sku: offer.product.sku, gtin: offer.product.gtin });
      return {
        offer,
        need: input.need,
        now,
        disclosedBudget,
        transcript,
        market,
        priceHistory,
        pastOutcomes,
        trust,
        strangerHonesty,
      };
    });
  });
}

