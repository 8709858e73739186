import { createSeededRandom, type Decline, type Money, type NeedBriefInput, type Offer } from '../../protocol/index.ts';
import { explainRanking, floorHonestyOf, itemsAsked, pickDivergent, rankOffers, type DivergentPick, type Ranking, type RankingExplanation } from '../decision/index.ts';
import type { Need } from '../need/index.ts';
import { answerLanguage } from '../language/index.ts';
import type { Exchange, NegotiatedOffer } from '../negotiation/index.ts';
import { checkPolicy } from '../policy/index.ts';
import { afterCleanCheck, scoreOffer, type BrandTrustView, type PressureDetector } from '../scoring/index.ts';
import { isCleanOf } from '../trust/index.ts';
import type { BrandCallError } from '../transport/index.ts';
import { askForCheaper, cheaperOffersNeeded } from './ask-for-cheaper.ts';
import { cheaperRequestId } from './cheaper-request-id.ts';
import type { BrandConnection } from './brand-connection.ts';
import { requestTimeBudget } from './brand-time-budget.ts';
import { buildBrief } from './build-brief.ts';
import type { ButlerDeps } from './butler-deps.ts';
import type { TrustObservation } from './butler-trust.ts';
import { buyerPseudonym } from './buyer-pseudonym.ts';
import { collectBrandTexts } from './collect-brand-texts.ts';
import { fanOutBrief, type FanOutProgress } from './fan-out.ts';
import { declaredAttributesOf } from './declared-attributes.ts';
import { gatherEvidence } from './gather-evidence.ts';
import { learnTaste } from '../taste/index.ts';
import { isBannedConnection } from './is-banned-connection.ts';
import { eligibleOffers, negotiateAnswered } from './negotiate-answered.ts';
import { deadlineExclusions } from './deadline-exclusions.ts';
import { exclusionsToKeep } from './exclusions-to-keep.ts';
import { drawKey } from './draw-key.ts';
import { observeRound } from './observe-round.ts';
import { scanBrandTexts } from './scan-brand-texts.ts';
import { settleCleanInteractions } from './settle-clean-interactions.ts';
import { takeIdentityViolations } from './take-identity-violations.ts';
import { weighObservation } from './weigh-observation.ts';

/** How many ranked offers the surfaces show before the exploration slot. */
export const RECOMMENDATIONS_SHOWN = 5;

/** Progress of a shopping run, for a terminal line or a web page's event stream. */
export type ShoppingProgress = FanOutProgress | { readonly type: 'negotiating'; readonly offers: number } | { readonly type: 'ranked'; readonly ranked: number; readonly excluded: number };

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
  /**
   * Ranks this request's offers again without any offer of the brand whose receipt switched the terms of `switched`
   * (one of its offers): a brand that changed the terms of this very deal at checkout has deceived on it, evidence of
   * this request that every butler has, with a ledger or without (one without forgets across requests, not what happened
   * a step ago). The other candidates keep the value the request gave them. Each call builds on the last (a second
   * switcher is left out too). Undefined when `switched` is not among the request's candidates as they now stand.
   */
  readonly rankAgain: (switched: string) => Ranking | undefined;
}

/** One shopping run's fixed inputs, prepared by the butler. */
export interface ShopRun {
  readonly deps: ButlerDeps;
  /** The butler's memoised detector. */
  readonly detect: PressureDetector;
  /** The brands asked (relevant to the need's category, not banned). */
  readonly brands: readonly BrandConnection[];
  /** The butler's own id of the request: its tie-breaks, exploration draw and records. */
  readonly requestId: string;
  /** The id each brand is asked under (see `brandRequestId`); the butler's own id when absent. */
  readonly brandRequestId?: ((brandId: string) => string) | undefined;
  /** Brands whose card this butler has already read (updated). */
  readonly cardsRead: Set<string>;
  readonly onProgress?: ((event: ShoppingProgress) => void) | undefined;
}

/**
 * Asks every relevant brand, negotiates, scores and ranks; records exchanges, prices and trust observations.
 * Steps: fan out the brief → negotiate the answered brands → gather evidence and score → rank and explain →
 * read the brand texts outside offers → observe and record.
 */
export async function shop(need: Need, run: ShopRun): Promise<ShoppingResult> {
  const { deps, detect, brands, requestId, onProgress } = run;
  const { memory, clock } = deps;
  const profile = memory.loadProfile();
  const secret = memory.installSecret();
  const startedAt = clock();

  // 1. Fan out the brief. From now on each brand has REQUEST_TIME_IN_CALL_TIMEOUTS of its call timeout for all its
  // calls in this request (on a monotonic clock: the injected clock may stand still): a brand that sits on every
  // answer cannot make the person, or the other brands' results, wait for more.
  const briefsSentAt = performance.now();
  const timeLeftMs = requestTimeBudget(brands.map((b) => ({ id: b.card.id, timeoutMs: b.timeoutMs })), () => performance.now() - briefsSentAt);
  const briefBudgets = new Map<string, Money | undefined>();
  const briefs = new Map<string, NeedBriefInput>();
  const recipients = brands.map((b) => ({ id: b.card.id, timeoutMs: b.timeoutMs, requestOffers: (brief: NeedBriefInput, t?: number) => b.requestOffers(brief, t) }));
  const first = await fanOutBrief(
    recipients,
    (brandId) => {
      const brief = buildBrief(need, profile, { requestId: run.brandRequestId?.(brandId) ?? requestId, buyerId: buyerPseudonym(secret, brandId), now: startedAt }, brands.find((b) => b.card.id === brandId)?.card);
      // What each brand was told: an upsell is judged against the budget in its brief, never the private one.
      briefBudgets.set(brandId, brief.budgetCeiling);
      briefs.set(brandId, brief);
      return brief;
    },
    { ...(onProgress ? { onProgress } : {}), now: clock, timeLeftMs },
  );
  // A budget the brands were not told: ask them once more for their cheapest fitting options (whatever the amount).
  const cheaper = await askForCheaper({ need, recipients, replies: first.replies, briefOf: (id) => briefs.get(id), disclosedBudget: (id) => briefBudgets.get(id), now: clock, timeLeftMs });
  // Its offers are negotiated, scored and observed like any (what a brand sees does not depend on the amount), but
  // ranked, kept and purchasable only when the first round left nothing for the person: no offer that fits within the
  // budget (read here, before scoring), or none the ranking recommends (read after it, step 5).
  let cheaperUnused = !cheaperOffersNeeded(need, first.replies, clock().toISOString());
  const cheaperIds = new Map([...briefs].map(([brandId, brief]) => [brandId, cheaperRequestId(brief.requestId)]));
  const isFollowUp = (offer: Offer) => offer.requestId === cheaperIds.get(offer.brandId);
  const unusedFollowUp = (offer: Offer) => cheaperUnused && isFollowUp(offer);
  const replies = [...first.replies, ...cheaper.replies];
  const exchanges = [...first.exchanges, ...cheaper.exchanges];
  const allExchanges: Exchange[] = [...exchanges];
  const failures = replies.flatMap((r) => (r.kind === 'failed' ? [{ brandId: r.brandId, error: r.error }] : []));
  const declines = replies.flatMap((r) => (r.kind === 'answered' && r.response.decline ? [r.response.decline] : []));
  const answered = replies.flatMap((r) => (r.kind === 'answered' ? [r] : []));

  // 2. Negotiate the offers that meet the hard constraints.
  const brandsById = new Map(brands.map((b) => [b.card.id, b]));
  onProgress?.({ type: 'negotiating', offers: answered.reduce((n, r) => n + eligibleOffers(r.response.offers, need.hardConstraints).length, 0) });
  const rounds = await negotiateAnswered(answered, {
    brandsById,
    hardConstraints: need.hardConstraints,
    budget: need.budget,
    budgetStretch: need.budgetStretch,
    disclosedBudget: (brandId) => briefBudgets.get(brandId),
    requestId,
    secret,
    clock,
    haggle: deps.haggle ?? true,
    timeLeftMs,
  });
  for (const round of rounds) for (const n of round.negotiated) allExchanges.push(...n.exchanges);

  // 3. Gather the evidence and score each final offer. A fault while handling one brand's offers (a hostile offer
  // that breaks a scorer) leaves that brand out of the ranking as a failure of that brand; the others are ranked.
  const now = clock();
  const brokenBrands = new Map<string, BrandCallError>();
  const brandBroke = (brandId: string, what: string, error: unknown) => {
    if (!brokenBrands.has(brandId)) brokenBrands.set(brandId, internalError(what, error));
  };
  const evidence = gatherEvidence({
    need,
    now,
    rounds,
    priceHistory: (brandId, product) => memory.priceHistory(brandId, product),
    priceSummaries: memory.priceSummaries === undefined ? undefined : (brandId, product) => memory.priceSummaries!(brandId, product),
    pastOutcomes: (brandId) => deps.trust.pastOutcomes(brandId),
    trust: (brandId) => deps.trust.view(brandId, now),
    checkedHonesty: deps.trust.checkedHonesty?.(now),
    findingRecord: deps.trust.findingRecord?.(),
    disclosedBudget: (brandId) => briefBudgets.get(brandId),
    attributesOf: (brandId) => {
      const card = brandsById.get(brandId)?.card;
      return card ? declaredAttributesOf(card, need.category) : undefined;
    },
    onBrandError: (brandId, error) => brandBroke(brandId, 'gathering the evidence on its offers', error),
    unoffered: unusedFollowUp,
  });
  const spent = memory.spentInMonth(now, profile.spendCapPerMonth.currency);
  // The ban's reach is the one brands were asked with (and the one a purchase reads).
  const banned = new Set(profile.bannedBrands);
  const isBanned = (brandId: string) => isBannedConnection(brandId, banned, deps.trust);
  const scored = evidence.flatMap((e) => {
    try {
      return [{ offer: e.offer, scores: scoreOffer(e, detect), trust: e.trust, policy: checkPolicy(e.offer, profile, spent, isBanned) }];
    } catch (error) {
      brandBroke(e.offer.brandId, `scoring its offer ${e.offer.offerId}`, error);
      return [];
    }
  });
  const scoringFailures = [...brokenBrands].map(([brandId, error]) => ({ brandId, error }));

  // 4. Read the brand texts outside offers with the same detector, and settle what this request observed of each brand
  // (recorded below, after the ranking).
  const scanned = scanBrandTexts(collectBrandTexts({ brands, cardsRead: run.cardsRead, declines, failures, rounds }), detect);

  const offersById = new Map<string, Offer>();
  for (const round of rounds) {
    for (const o of round.offers) offersById.set(o.offerId, o);
    for (const n of round.negotiated) offersById.set(n.offer.offerId, n.offer);
  }
  const observed = observeRound({
    requestId,
    // What was observed of a broken brand's offers that did score still counts against it in the ledger…
    scores: scored.map((c) => c.scores),
    // A decline that carries pressure or instructions is not an honest "no fit" and earns nothing.
    declines: declines.filter((d) => !scanned.flagged.has(`${d.brandId}\u0000decline.message`) && !scanned.flagged.has(`${d.brandId}\u0000decline.suggestion`)),
    offeringBrands: new Set(rounds.filter((r) => r.offers.length > 0).map((r) => r.brandId)),
    offerOf: (offerId) => offersById.get(offerId)!,
    followUp: (offer) => offer.requestId === cheaperIds.get(offer.brandId),
  });
  // …but a brand that broke the butler's checks earns no clean interaction: not all it sent was checked.
  const fromOffers = brokenBrands.size === 0 ? observed : observed.filter((o) => !(o.kind === 'clean-interaction' && brokenBrands.has(o.brandId)));
  // Identity violations (offers naming another brand, too many offers…) count against the connection that sent them,
  // and what was caught anywhere in the request takes back the clean interaction it contradicts (a request that caught
  // the brand saying something false forgives nothing).
  const observations = settleCleanInteractions([...fromOffers, ...scanned.observations, ...takeIdentityViolations(brands)]);
  // A brand whose statements this request checked without catching anything false is judged on that clean check now
  // (its earlier false statements forgiven once, as recording the request does): the evidence is in hand.
  const cleanNow = new Set(observations.filter((o) => o.kind === 'clean-interaction' && isCleanOf(o.clean, 'honesty')).map((o) => o.brandId));
  // What this request observed is recorded before ranking: a brand it caught saying something false is floored on its
  // record as the request leaves it, the number a purchase of any of its offers then reads (see purchase.ts), so the
  // ranking never recommends what the purchase would refuse. Its offers keep the value they were scored with (the lie
  // is already in the lying offer's own findings).
  deps.trust.record(observations, now);
  const caughtNow = new Map<string, BrandTrustView | undefined>();
  for (const o of observations) if (!caughtNow.has(o.brandId) && caughtSayingFalse(o)) caughtNow.set(o.brandId, deps.trust.view(o.brandId, now));
  // Every offer of a broken brand is left out, not only the one that broke: what is ranked of it was not all checked.
  const allCandidates = scored.flatMap((c) => {
    if (brokenBrands.has(c.offer.brandId)) return [];
    if (caughtNow.has(c.offer.brandId)) {
      const after = caughtNow.get(c.offer.brandId);
      return [after === undefined ? c : { ...c, trust: after, floorHonesty: Math.min(floorHonestyOf(c), after.estimatedHonesty) }];
    }
    if (!cleanNow.has(c.offer.brandId)) return [c];
    return [{ ...c, scores: { ...c.scores, honesty: afterCleanCheck(c.scores.honesty, c.trust) } }];
  });

  // 5. Rank, explain, and pick the exploration slot.
  // The person's taste, from their ratings (the memory answers from what it keeps of past orders).
  const taste = learnTaste(memory.ratedPurchases(), need.category, now.getTime());
  // The key of this request's tie-break and exploration draw: the install's own unless the caller chose the seed.
  const draws = drawKey(requestId, deps.privateDraws === true ? secret : undefined);
  const rank = (candidates: typeof allCandidates) =>
    rankOffers(candidates, { need, honestyFloor: profile.honestyFloor ?? deps.honestyFloor, secondChances: profile.secondChances, declines, tieBreakKey: `${deps.seed}:${draws}`, taste });
  let ranked = cheaperUnused ? allCandidates.filter((c) => !isFollowUp(c.offer)) : allCandidates;
  let ranking = rank(ranked);
  // A first round whose every offer the ranking leaves out (its text aimed at the butler, its brand below the honesty
  // floor: buyable, never recommended) left the person nothing: the follow-up's answers are used after all when they
  // give them something to buy. Read offer by offer, a hostile brand's one such 50 EUR offer made the butler throw away
  // an honest brand's cheaper pair within the budget. (Its offers were no witnesses in the market the scores read:
  // that was settled before scoring, by the offer-by-offer reading.)
  if (cheaperUnused && ranking.ranked.length === 0 && allCandidates.some((c) => isFollowUp(c.offer))) {
    const withFollowUp = rank(allCandidates);
    if (withFollowUp.ranked.length > 0) {
      cheaperUnused = false;
      ranked = allCandidates;
      ranking = withFollowUp;
    }
  }
  onProgress?.({ type: 'ranked', ranked: ranking.ranked.length, excluded: ranking.excluded.length });
  // The explanation is words for the person, a pure function of the ranking: written on first read, so a caller that
  // never shows it (the simulator's consumers) never pays for it.
  let explanation: RankingExplanation | undefined;
  // Attributes are named in Majordome's own words, never by the labels brands declare on their cards.
  const explain = (): RankingExplanation =>
    explainRanking(ranking, { brandNames: Object.fromEntries(brands.map((b) => [b.card.id, b.card.name])), language: answerLanguage(need.language), budget: need.budget, budgetStretch: need.budgetStretch, quantity: itemsAsked(need) });
  const divergent = pickDivergent({
    ranking,
    // Their bubble: the brands and styles they usually buy.
    history: memory.purchaseHistory(need.category, now),
    appetite: profile.explorationAppetite,
    random: createSeededRandom(deps.seed).fork(draws),
    // The surfaces show the top five; the exploration slot looks below them.
    shown: RECOMMENDATIONS_SHOWN,
    language: answerLanguage(need.language),
  });

  // Price history is read before this round's prices are added, so an offer is never its own reference.
  // A broken brand's offers are not kept: they were not all checked, and a stored offer is one a purchase can name.
  // Nor are the offers of a follow-up the ranking did not use: never ranked, they have no exclusion a purchase could read.
  const kept = [...offersById.values()].filter((o) => !brokenBrands.has(o.brandId) && !unusedFollowUp(o));
  memory.recordOffers(kept, now.toISOString());
  // What this ranking excluded and why: a purchase refuses what was excluded to protect the person (see purchase.ts).
  // Kept under the offer's own request id, the one a purchase reads back from the stored offer (the same id: a bound
  // connection drops offers answering another request), and replacing all this ranking (this request id) kept before.
  // The opening offer of a negotiation carries the exclusion of the offer it became (see exclusionsToKeep).
  // And every stored offer the person's deadline rules out once it is ordered too late (see deadlineExclusions).
  memory.recordRankingExclusions(requestId, exclusionsToKeep(ranking, rounds, deadlineExclusions(kept, need.deadline)), now.toISOString());
  memory.recordExchanges(requestId, allExchanges);

  // The candidates as the latest ranking of this request valued them.
  let current = ranked;
  const rankAgain = (switched: string): Ranking | undefined => {
    const brandId = current.find((c) => c.offer.offerId === switched)?.offer.brandId;
    if (brandId === undefined) return undefined;
    current = current.filter((c) => c.offer.brandId !== brandId);
    return rank(current);
  };

  return {
    requestId,
    need,
    ranking,
    rankAgain,
    get explanation() {
      return (explanation ??= explain());
    },
    divergent,
    asked: brands.map((b) => b.card.id).sort(),
    failures: scoringFailures.length === 0 ? failures : [...failures, ...scoringFailures],
    declines,
    negotiations: rounds.flatMap((r) => r.negotiated.map((n) => ({ offerId: n.offer.offerId, brandId: r.brandId, outcome: n.outcome, rounds: n.rounds }))),
    observations,
  };
}

/** A fault on the butler's side while handling one brand's answer, as a failure of that brand ('INTERNAL'). */
function internalError(what: string, error: unknown): BrandCallError {
  const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'INTERNAL', message: `the butler failed ${what}, so this brand's offers were left out: ${cause.slice(0, 300)}` };
}

/** Whether an observation caught the brand saying something false (a failed statement, as the trust model weighs it). */
function caughtSayingFalse(o: TrustObservation): boolean {
  if (o.kind === 'clean-interaction') return false;
  return weighObservation(o).claim === 'failed-statement';
}
