import { createSeededRandom, violatedConstraints, type Decline, type Offer } from '../../protocol/index.ts';
import { explainRanking, pickDivergent, rankOffers, type DivergentPick, type Ranking, type RankingExplanation } from '../decision/index.ts';
import type { Need } from '../need/index.ts';
import { negotiateOffer, type Exchange, type NegotiatedOffer } from '../negotiation/index.ts';
import { checkPolicy } from '../policy/index.ts';
import { memoizeDetector, scoreOffer, type PressureDetector } from '../scoring/index.ts';
import type { BrandCallError } from '../transport/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import { buildBrief } from './build-brief.ts';
import type { ButlerMemory } from './butler-memory.ts';
import type { ButlerTrust, TrustObservation } from './butler-trust.ts';
import { buyerPseudonym } from './buyer-pseudonym.ts';
import { fanOutBrief, type FanOutProgress } from './fan-out.ts';
import { gatherEvidence, type BrandRound } from './gather-evidence.ts';
import { observeRound } from './observe-round.ts';
import { purchaseHistoryOf } from './purchase-history.ts';
import { scanBrandTexts, type BrandText } from './scan-brand-texts.ts';

/** How many ranked offers the surfaces show before the exploration slot. */
export const RECOMMENDATIONS_SHOWN = 5;

/** Progress of a shopping run, for a terminal line or a web page's event stream. */
export type ShoppingProgress = FanOutProgress | { readonly type: 'negotiating'; readonly offers: number } | { readonly type: 'ranked'; readonly ranked: number; readonly excluded: number };

/** Everything the butler needs; each part is a small interface so tests and the simulator can supply their own. */
export interface ButlerDeps {
  readonly brands: () => readonly BrandConnection[];
  readonly memory: ButlerMemory;
  readonly trust: ButlerTrust;
  readonly detectPressure: PressureDetector;
  readonly clock: () => Date;
  /** Seed for the divergence slot and ids (same seed, same run). */
  readonly seed: number;
  /** Honesty trust below which a brand is never recommended, unless the profile sets its own. */
  readonly honestyFloor: number;
  /** Haggle on price (questions are always asked). Default true. */
  readonly haggle?: boolean;
  /** Brands that could not be reached at all (shown to the person, never silently dropped). */
  readonly unreachable?: () => ReadonlyArray<{ id: string; error: BrandCallError }>;
}

/** The outcome of asking the market for one need. */
export interface ShoppingResult {
  readonly requestId: string;
  readonly need: Need;
  readonly ranking: Ranking;
  readonly explanation: RankingExplanation;
  readonly divergent: DivergentPick;
  readonly asked: readonly string[];
  readonly failures: ReadonlyArray<{ brandId: string; error: BrandCallError }>;
  readonly declines: readonly Decline[];
  readonly negotiations: ReadonlyArray<{ offerId: string; brandId: string; outcome: NegotiatedOffer['outcome']; rounds: number }>;
  readonly observations: readonly TrustObservation[];
}

/**
 * The butler: fans a need out to brands, checks claims, negotiates within the private budget, scores fit / honesty /
 * pressure, ranks transparently and records what it saw. It never buys here: buying is `purchase.ts`, with consent.
 */
export class Butler {
  private requests = 0;
  private readonly detect: PressureDetector;
  /** Brands whose card this butler has already read (a card is standing conduct: flagged once per butler). */
  private readonly cardsRead = new Set<string>();

  constructor(readonly deps: ButlerDeps) {
    this.detect = memoizeDetector(deps.detectPressure);
  }

  /** The brands that sell in a category (and are not banned by the person). */
  relevantBrands(category: string): BrandConnection[] {
    const banned = new Set(this.deps.memory.loadProfile().bannedBrands);
    return this.deps.brands().filter((b) => b.card.categories.includes(category) && !banned.has(b.card.id));
  }

  /** Asks every relevant brand, negotiates, scores and ranks; records exchanges, prices and trust observations. */
  async shop(need: Need, options: { onProgress?: (event: ShoppingProgress) => void; requestId?: string } = {}): Promise<ShoppingResult> {
    const { memory, clock } = this.deps;
    const profile = memory.loadProfile();
    const secret = memory.installSecret();
    const startedAt = clock();
    this.requests += 1;
    const requestId = options.requestId ?? `req-${startedAt.getTime().toString(36)}-${this.requests}`;
    const brands = this.relevantBrands(need.category);
    const byId = new Map(brands.map((b) => [b.card.id, b]));

    const { replies, exchanges } = await fanOutBrief(
      brands.map((b) => ({ id: b.card.id, timeoutMs: b.timeoutMs, requestOffers: (brief, t) => b.requestOffers(brief, t) })),
      (brandId) => buildBrief(need, profile, { requestId, buyerId: buyerPseudonym(secret, brandId), now: startedAt }),
      { ...(options.onProgress ? { onProgress: options.onProgress } : {}), now: clock },
    );
    const allExchanges: Exchange[] = [...exchanges];
    const failures = replies.flatMap((r) => (r.kind === 'failed' ? [{ brandId: r.brandId, error: r.error }] : []));
    const declines = replies.flatMap((r) => (r.kind === 'answered' && r.response.decline ? [r.response.decline] : []));

    const answered = replies.flatMap((r) => (r.kind === 'answered' ? [r] : []));
    const toNegotiate = answered.flatMap((r) => r.response.offers.filter((o) => violatedConstraints(o.product, need.hardConstraints).length === 0));
    options.onProgress?.({ type: 'negotiating', offers: toNegotiate.length });
    const rounds: BrandRound[] = await Promise.all(
      answered.map(async (reply): Promise<BrandRound> => {
        const brand = byId.get(reply.brandId);
        const negotiated: NegotiatedOffer[] = [];
        if (brand) {
          for (const offer of reply.response.offers) {
            if (violatedConstraints(offer.product, need.hardConstraints).length > 0) continue;
            negotiated.push(
              await negotiateOffer({
                peer: brand,
                offer,
                buyerId: buyerPseudonym(secret, reply.brandId),
                hardConstraints: need.hardConstraints,
                budget: need.budget?.amountMinor,
                timeoutMs: brand.timeoutMs,
                now: clock,
                haggle: this.deps.haggle ?? true,
              }),
            );
          }
        }
        return { brandId: reply.brandId, offers: reply.response.offers, negotiated, declines: reply.response.decline ? [reply.response.decline] : [] };
      }),
    );
    rounds.sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : 0));
    for (const round of rounds) for (const n of round.negotiated) allExchanges.push(...n.exchanges);

    const now = clock();
    const evidence = gatherEvidence({
      need,
      now,
      rounds,
      priceHistory: (brandId, product) => memory.priceHistory(brandId, product),
      pastOutcomes: (brandId) => this.deps.trust.pastOutcomes(brandId),
      trust: (brandId) => this.deps.trust.view(brandId, now),
    });
    const spent = memory.spentInMonth(now, profile.spendCapPerMonth.currency);
    const candidates = evidence.map((e) => ({
      offer: e.offer,
      scores: scoreOffer(e, this.detect),
      trust: e.trust,
      policy: checkPolicy(e.offer, profile, spent),
    }));
    const ranking = rankOffers(candidates, { need, honestyFloor: profile.honestyFloor ?? this.deps.honestyFloor, declines, tieBreakKey: `${this.deps.seed}:${requestId}` });
    options.onProgress?.({ type: 'ranked', ranked: ranking.ranked.length, excluded: ranking.excluded.length });
    const brandNames = Object.fromEntries(brands.map((b) => [b.card.id, b.card.name]));
    const explanation = explainRanking(ranking, { brandNames });
    const divergent = pickDivergent({
      ranking,
      history: purchaseHistoryOf(memory.orders(), need.category),
      appetite: profile.explorationAppetite,
      random: createSeededRandom(this.deps.seed).fork(requestId),
      // The surfaces show the top five; the exploration slot looks below them.
      shown: RECOMMENDATIONS_SHOWN,
    });

    const offersById = new Map<string, Offer>();
    for (const round of rounds) {
      for (const o of round.offers) offersById.set(o.offerId, o);
      for (const n of round.negotiated) offersById.set(n.offer.offerId, n.offer);
    }
    const brandTexts: BrandText[] = [];
    for (const b of brands) {
      if (this.cardsRead.has(b.card.id)) continue;
      this.cardsRead.add(b.card.id);
      brandTexts.push({ brandId: b.card.id, field: 'card.name', text: b.card.name }, { brandId: b.card.id, field: 'card.description', text: b.card.description });
    }
    for (const d of declines) {
      brandTexts.push({ brandId: d.brandId, field: 'decline.message', text: d.message });
      if (d.suggestion) brandTexts.push({ brandId: d.brandId, field: 'decline.suggestion', text: d.suggestion });
    }
    for (const f of failures) brandTexts.push({ brandId: f.brandId, field: 'error.message', text: f.error.message });
    for (const round of rounds) {
      for (const n of round.negotiated) {
        for (const e of n.exchanges) if (e.kind === 'failure') brandTexts.push({ brandId: round.brandId, field: 'error.message', text: e.error.message });
      }
    }
    const scanned = scanBrandTexts(brandTexts, this.detect);
    const observations = observeRound({
      requestId,
      scores: candidates.map((c) => c.scores),
      // A decline that carries pressure or instructions is not an honest "no fit" and earns nothing.
      declines: declines.filter((d) => !scanned.flagged.has(`${d.brandId}\u0000decline.message`) && !scanned.flagged.has(`${d.brandId}\u0000decline.suggestion`)),
      offeringBrands: new Set(rounds.filter((r) => r.offers.length > 0).map((r) => r.brandId)),
      offerOf: (offerId) => offersById.get(offerId)!,
    });
    observations.push(...scanned.observations);
    // Price history is read before this round's prices are added, so an offer is never its own reference.
    memory.recordOffers([...offersById.values()], now.toISOString());
    memory.recordExchanges(requestId, allExchanges);
    this.deps.trust.record(observations, now);

    return {
      requestId,
      need,
      ranking,
      explanation,
      divergent,
      asked: brands.map((b) => b.card.id).sort(),
      failures,
      declines,
      negotiations: rounds.flatMap((r) => r.negotiated.map((n) => ({ offerId: n.offer.offerId, brandId: r.brandId, outcome: n.outcome, rounds: n.rounds }))),
      observations,
    };
  }
}
