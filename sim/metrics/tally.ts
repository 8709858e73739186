import { POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';

/**
 * Integer sums for one policy in one round. Everything is an integer (money in minor units, shares in millionths),
 * so adding tallies from any number of shards in any order gives exactly the same totals.
 */
export interface PolicyTally {
  decisions: number;
  purchases: number;
  welfare: number;
  /** The oracle's welfare on the same needs (for the welfare ratio). */
  oracleWelfare: number;
  spend: number;
  budgetViolations: number;
  refusedSwitches: number;
  claimsFailed: number;
  late: number;
  dishonestSpend: number;
  /** Money paid to on-off brands in their cheating windows and to whitewashers, and the welfare of those purchases. */
  defectorSpend: number;
  /** Money paid to brands while they deceive (see `isDeceiving`). */
  deceivingSpend: number;
  /** Money paid to a brand this butler had already caught (a failed check on its record) at the time of the sale. */
  caughtSpend: number;
  defectorWelfare: number;
  /** Purchases among ≥ 2 acceptable brands: how often the first to arrive won, the first by id won, and 1/k in millionths. */
  orderBiasEligible: number;
  firstArrivalChosen: number;
  idFirstChosen: number;
  chanceMicro: number;
  divergentShown: number;
  divergentTaken: number;
  /** Decisions where a focal brand was acceptable, the sum of its best rank, and what it captured. */
  focalAcceptable: number;
  focalRankSum: number;
  focalPurchases: number;
  focalSpend: number;
  spendByStrategy: Record<string, number>;
  purchasesByStrategy: Record<string, number>;
}

/** An empty tally. */
export function emptyPolicyTally(): PolicyTally {
  return {
    decisions: 0,
    purchases: 0,
    welfare: 0,
    oracleWelfare: 0,
    spend: 0,
    budgetViolations: 0,
    refusedSwitches: 0,
    claimsFailed: 0,
    late: 0,
    dishonestSpend: 0,
    defectorSpend: 0,
    deceivingSpend: 0,
    caughtSpend: 0,
    defectorWelfare: 0,
    orderBiasEligible: 0,
    firstArrivalChosen: 0,
    idFirstChosen: 0,
    chanceMicro: 0,
    divergentShown: 0,
    divergentTaken: 0,
    focalAcceptable: 0,
    focalRankSum: 0,
    focalPurchases: 0,
    focalSpend: 0,
    spendByStrategy: {},
    purchasesByStrategy: {},
  };
}

function addRecord(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Adds `from` into `into` (in place). */
export function addPolicyTally(into: PolicyTally, from: PolicyTally): void {
  for (const key of Object.keys(into) as (keyof PolicyTally)[]) {
    const value = from[key];
    if (typeof value === 'number') (into[key] as number) += value;
  }
  addRecord(into.spendByStrategy, from.spendByStrategy);
  addRecord(into.purchasesByStrategy, from.purchasesByStrategy);
}

/** True/false positives and negatives of one flag. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** How honest brands fare in the butlers' ledgers, over (consumer, brand) pairs the butler knows. */
export interface HonestBrandTally {
  /** Pairs with a truly honest brand (not deceptive, switching, on-off or whitewashing), and those below the honesty floor. */
  pairs: number;
  belowFloor: number;
  /** Pairs with a truly honest brand that is not pushy either, and those flagged as pushy. */
  nonPushyPairs: number;
  pressureFlagged: number;
}

/** What the ledgers of one butler policy say about the brands at the end of a round. */
export interface TrustTally {
  /** Over (consumer, brand) pairs where the consumer's butler knows the brand. */
  dishonest: Confusion;
  pressure: Confusion;
  honest: HonestBrandTally;
  /** Per brand id: consumers knowing it, and the sums of their trust, honesty and pressure scores in millionths. */
  brands: Record<string, { n: number; trust: number; honesty: number; pressure: number }>;
}

/** An empty trust tally. */
export function emptyTrustTally(): TrustTally {
  return { dishonest: { tp: 0, fp: 0, fn: 0, tn: 0 }, pressure: { tp: 0, fp: 0, fn: 0, tn: 0 }, honest: { pairs: 0, belowFloor: 0, nonPushyPairs: 0, pressureFlagged: 0 }, brands: {} };
}

function addConfusion(into: Confusion, from: Confusion): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
  into.tn += from.tn;
}

/** Adds `from` into `into` (in place). */
export function addTrustTally(into: TrustTally, from: TrustTally): void {
  addConfusion(into.dishonest, from.dishonest);
  addConfusion(into.pressure, from.pressure);
  into.honest.pairs += from.honest.pairs;
  into.honest.belowFloor += from.honest.belowFloor;
  into.honest.nonPushyPairs += from.honest.nonPushyPairs;
  into.honest.pressureFlagged += from.honest.pressureFlagged;
  for (const [id, b] of Object.entries(from.brands)) {
    const t = (into.brands[id] ??= { n: 0, trust: 0, honesty: 0, pressure: 0 });
    t.n += b.n;
    t.trust += b.trust;
    t.honesty += b.honesty;
    t.pressure += b.pressure;
  }
}

/** Rounds from a defector's first cheating round (or a whitewasher identity's first round) to its demotion; "never" counted apart. */
export interface DemotionTally {
  /** rounds → number of (consumer, brand) pairs demoted after that many rounds. */
  histogram: Record<string, number>;
  never: number;
}

/** Per-consumer diversity sums (distinct brands and styles bought), over the whole run. */
export interface DiversityTally {
  consumers: number;
  brands: number;
  styles: number;
}

/** Welfare per consumer id and policy over the whole run (minor units): the unit of the paired statistics. */
export type ConsumerWelfare = Record<string, Partial<Record<PolicyId, number>>>;

/** Brands still trading per round, policy and strategy (only when the market reacts; one shard runs then). */
export type ActiveBrands = Array<Partial<Record<PolicyId, Record<string, number>>>>;

/** Everything a shard produces: per round and policy tallies, per round trust tallies, demotions and diversity. */
export interface ShardTally {
  readonly consumers: ConsumerWelfare;
  readonly activeBrands: ActiveBrands;
  readonly rounds: Array<Partial<Record<PolicyId, PolicyTally>>>;
  readonly trust: Array<Partial<Record<PolicyId, TrustTally>>>;
  readonly onOffDemotion: Partial<Record<PolicyId, DemotionTally>>;
  readonly whitewashDemotion: Partial<Record<PolicyId, DemotionTally>>;
  readonly diversity: Partial<Record<PolicyId, DiversityTally>>;
  /** Distinct brands and styles bought in the second half of the run (the long run of the divergence question). */
  readonly lateDiversity: Partial<Record<PolicyId, DiversityTally>>;
}

/** An empty shard tally for `rounds` rounds. */
export function emptyShardTally(rounds: number): ShardTally {
  return {
    consumers: {},
    activeBrands: [],
    rounds: Array.from({ length: rounds }, () => ({})),
    trust: Array.from({ length: rounds }, () => ({})),
    onOffDemotion: {},
    whitewashDemotion: {},
    diversity: {},
    lateDiversity: {},
  };
}

function addDemotion(into: Partial<Record<PolicyId, DemotionTally>>, from: Partial<Record<PolicyId, DemotionTally>>): void {
  for (const policy of POLICY_IDS) {
    const f = from[policy];
    if (!f) continue;
    const t = (into[policy] ??= { histogram: {}, never: 0 });
    addRecord(t.histogram, f.histogram);
    t.never += f.never;
  }
}

function addDiversity(into: Partial<Record<PolicyId, DiversityTally>>, from: Partial<Record<PolicyId, DiversityTally>>): void {
  for (const policy of POLICY_IDS) {
    const f = from[policy];
    if (!f) continue;
    const t = (into[policy] ??= { consumers: 0, brands: 0, styles: 0 });
    t.consumers += f.consumers;
    t.brands += f.brands;
    t.styles += f.styles;
  }
}

/** Adds shard `from` into `into` (in place); the result does not depend on the order shards are added in. */
export function addShardTally(into: ShardTally, from: ShardTally): void {
  for (const [consumer, welfare] of Object.entries(from.consumers)) {
    const t = (into.consumers[consumer] ??= {});
    for (const policy of POLICY_IDS) if (welfare[policy] !== undefined) t[policy] = (t[policy] ?? 0) + welfare[policy]!;
  }
  from.activeBrands.forEach((round, r) => {
    const t = (into.activeBrands[r] ??= {});
    for (const policy of POLICY_IDS) {
      const f = round[policy];
      if (f) addRecord((t[policy] ??= {}), f);
    }
  });
  from.rounds.forEach((round, r) => {
    for (const policy of POLICY_IDS) {
      const f = round[policy];
      if (f) addPolicyTally((into.rounds[r]![policy] ??= emptyPolicyTally()), f);
    }
  });
  from.trust.forEach((round, r) => {
    for (const policy of POLICY_IDS) {
      const f = round[policy];
      if (f) addTrustTally((into.trust[r]![policy] ??= emptyTrustTally()), f);
    }
  });
  addDemotion(into.onOffDemotion, from.onOffDemotion);
  addDemotion(into.whitewashDemotion, from.whitewashDemotion);
  addDiversity(into.diversity, from.diversity);
  addDiversity(into.lateDiversity, from.lateDiversity);
}
