import { createHash } from 'node:crypto';
import { canonicalJson } from '../../protocol/index.ts';

/** The three trust dimensions kept per brand. */
export const TRUST_DIMENSIONS = ['honesty', 'fit', 'pressure'] as const;
/** One trust dimension: honesty (claims hold), fit (offers suit the need), pressure (interactions free of pushing; high = calm). */
export type TrustDimension = (typeof TRUST_DIMENSIONS)[number];

const DAY_MS = 86_400_000;

/**
 * Every number of the trust model, in one place. Each is a judgement call; the scenario tests in tests/trust pin the
 * behaviour they must produce, so change one only with those tests green. Changing any value changes
 * `TRUST_MODEL_VERSION`, which makes stored score caches rebuild themselves from the event log.
 */
export const TRUST_PARAMETERS = {
  /**
   * Long-run memory: evidence weight halves every 90 days of event time (Beta reputation with forgetting), so a
   * brand's distant past matters less than its recent conduct, and an old lie is eventually forgiven.
   */
  halfLifeMs: 90 * DAY_MS,
  /** W in the opinion b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W), E = b + a·u (W = 2 is the Beta(1,1)-like prior). */
  priorWeight: 2,
  /**
   * Base rate a of each dimension for a brand with no evidence. A newcomer's honesty sits at 0.1: below a brand with
   * 10 verified claims and 3 contradicted ones (€80 each: expected 0.32, score 0.20), and below the recommendation
   * floor, so a fresh identity must earn two verified claims before it is recommended and re-registering never pays.
   * (The calibrated estimate below keeps an uninformative 0.5: this prior is policy, not belief.)
   */
  baseRate: { honesty: 0.1, fit: 0.5, pressure: 0.5 },
  /**
   * The short window that catches on-off behaviour: evidence that halves every 4 observations of the dimension and
   * every 14 days. Its expected value uses the long-run expectation as its base rate (so with no recent evidence it
   * equals the long run), and the dimension's score is min(long run, short window + margin).
   */
  shortWindow: { halfLifeObservations: 4, halfLifeMs: 14 * DAY_MS, priorWeight: 2, margin: 0.05 },
  /** Evidence weights per event (positive = in the brand's favour). Punish faster than you reward. */
  weights: {
    /** A claim checked and found true. */
    claimVerified: 1,
    /** A claim checked and found false: several confirmations' worth, times the stake factor. */
    claimContradicted: 4,
    /** The receipt differs from the accepted offer: worse than a false claim, times the stake factor. */
    baitAndSwitch: 8,
    /** "No fit" said honestly instead of a pushed offer: good for honesty and for pressure. */
    honestDecline: { honesty: 1, pressure: 1 },
    /** An interaction with no tactic observed. */
    cleanInteraction: 1,
    /**
     * A pressure tactic observed, times the detector's confidence when given. Labels are those of agent/pressure
     * (urgency, scarcity, injection, …) and agent/scoring's behavioural ones (short-validity, upsell, …); the worst
     * (instructions aimed at the butler, costs slipped into the order, guilt-tripping) weigh more, the rest `default`.
     */
    pressureTactic: {
      default: 2,
      bySlug: { injection: 4, sneaking: 3, confirmshaming: 3 } as Record<string, number>,
    },
    /** An observed offer fit f in [0,1] adds f positive and 1 - f negative fit evidence. */
    offerFit: 1,
    /** After delivery: honesty evidence by outcome (negatives are times the stake factor). */
    orderOutcome: { asDescribed: 1, notAsDescribed: 4, notDelivered: 8, late: 2 },
    /** After delivery: the person satisfied or not, as fit evidence. */
    orderSatisfaction: 1,
    /** A message breaking the identity rules (naming another brand, a card announcing another id): a lie about who speaks. */
    protocolViolation: 4,
  },
  /**
   * Stake factor of a negative event: 1 + ln(1 + stake / the brand's usual stake in that currency), capped. No stake:
   * 1. A lie at the brand's usual stake weighs 1.69×, one at ten times it 3× (the cap), so a lie about a large purchase
   * costs more than one about a small one. The reference is the mean of what the brand's events put at stake in the
   * same currency (this one included), never a fixed number of major units: there is no exchange rate, and 100 JPY is
   * not 100 EUR (`stakeFactor`).
   */
  stake: {
    maxFactor: 3,
  },
  /**
   * Dimensions combine geometrically, trust = honesty^0.5 · pressure^0.3 · fit^0.2, so a low honesty cannot be
   * bought back with a good fit (a product, not a sum).
   */
  combination: { honesty: 0.5, pressure: 0.3, fit: 0.2 },
  /**
   * The calibrated honesty estimate: the probability that an offer of this brand is what it claims. Its prior is a
   * newcomer's standing: most sellers describe their goods truthfully, so an unknown brand starts at 0.8 with the weight
   * of two checks — uncertain, not guilty: the 0.2 is priced as risk in the money value. Only failed checks move it
   * (see `honestyPosterior`: a held check is about as likely from a deceiver as from an honest seller), each once
   * with the same forgetting (an order's outcome, a receipt, a statement caught false before purchase), a failed
   * delivery or receipt at its stake over the brand's usual stake in orders, never less than one check
   * (`failedDeliveriesAtStake`: the expected loss is P(deceive) × the money at risk, so a deception weighs the money it
   * took, and a lie on a small order is a lie all the same), and forgiven by later clean checks of the
   * kind that caught it: one failure at the usual stake takes it to 0.53, a second to 0.40. This one estimate is the honesty the butler decides on (the risk term of the value and the recommendation
   * floor); the punitive scores above, which honest conduct does raise, order the trust table.
   */
  calibration: {
    baseRate: 0.8,
    priorWeight: 2,
    /**
     * Failures are forgiven by later checks of the kind that caught them. A request whose checks found nothing the
     * brand said false multiplies the weight of its false statements caught before a purchase by 1 − the power its
     * checks have shown on this brand (`checkPower`: a Beta posterior over "the checks catch its false statement",
     * from requests that caught a statement false before a purchase against false statements found at delivery, i.e. let through; Bayes:
     * the odds it is still lying × (1 − power)). This half-life sets that power's prior, 1 − 2^(−1/2) ≈ 0.29 (modest:
     * a newcomer's checks are not assumed to work), and the rate at which a delivery as described forgives failed
     * deliveries and switched receipts, which only a purchase checks (a clean request never forgives those). A brand
     * that alternates honest and cheating spells, whose lies the checks have always caught, is judged on the spell it
     * is in after a clean request or two; a brand whose clean-looking offers turned out false at delivery is forgiven
     * slowly, and its failed deliveries stay until deliveries as described outweigh them. The price: the power is
     * learned from the lies the butler saw, so a brand caught often and never bought from looks well checked, and its
     * lies that get through cost the person what a newcomer's do, one or two purchases (one failed delivery leaves
     * 0.53, two 0.40, and no clean request forgives them; tests/security/check-power-abuse.test.ts).
     * The estimate never rises above a stranger's: forgiveness only removes evidence against a brand.
     * tests/trust/forgiveness*.test.ts pin the schedule.
     */
    forgiveHalfLifeChecks: 2,
    /** The weight, in observations, of that modest power as the prior of each brand's learned check power (`checkPower`). */
    powerPriorWeight: 2,
  },
  /** Calibrated honesty below which the butler never recommends a brand with evidence against it (a profile may set a stricter one). */
  recommendationFloor: 0.5,
} as const;

/** The trust model's parameters (the shape of `TRUST_PARAMETERS`). */
export type TrustParameters = typeof TRUST_PARAMETERS;

/** Honesty score below which a brand is never recommended. */
export const RECOMMENDATION_FLOOR: number = TRUST_PARAMETERS.recommendationFloor;

/**
 * Identifies the model and its parameters; stored with each cached score so a change triggers a rebuild. The hash
 * follows the parameters; the prefix must be bumped by hand when code changes what stored events mean (trust-3: the
 * state keeps the power of a brand's checks; trust-4: that power counts caught requests, not findings; trust-5: the
 * state keeps what failed deliveries put at stake, and a delivery as described forgives them in proportion to its own;
 * trust-6: those stakes are kept per currency, and a delivery forgives only the failures staked in its own currency;
 * trust-7: it keeps the failed deliveries that still met the need, and what they put at stake; trust-8: it keeps what the
 * brand's events put at stake per currency, the reference of the stake factor; trust-9: a delivery as described takes
 * the failed deliveries it forgives out of those stakes, the usual stake the calibrated estimate reads failures on;
 * trust-10: those stakes are the brand's orders' alone, no longer statements caught before purchase).
 */
export const TRUST_MODEL_VERSION = `trust-10:${createHash('sha256').update(canonicalJson(TRUST_PARAMETERS)).digest('hex').slice(0, 16)}`;
