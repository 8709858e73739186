import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, type TrustScore } from '../../agent/trust/index.ts';
import { blindDetector, sharedDetector } from '../agents/detectors.ts';
import { SimTrust } from '../agents/sim-trust.ts';
import { BrandPool, type SimMode } from '../connections/brand-pool.ts';
import { CATEGORY_TASTES } from '../consumers/category-tastes.ts';
import { createConsumer, driftConsumer, type Consumer } from '../consumers/consumer.ts';
import { drawNeed } from '../consumers/draw-need.ts';
import { buildMarket, type BrandSlot, type Market } from '../market/build-market.ts';
import { isCheating } from '../market/defection.ts';
import { DISHONEST_STRATEGIES, PRESSURE_STRATEGIES } from '../market/strategy-classes.ts';
import { recordDecision } from '../metrics/record-decision.ts';
import { emptyPolicyTally, emptyShardTally, emptyTrustTally, type Confusion, type DemotionTally, type ShardTally, type TrustTally } from '../metrics/tally.ts';
import { decideBaseline } from '../policies/baseline-agent.ts';
import { ButlerAgent } from '../policies/butler-agent.ts';
import type { Decision, DecisionContext } from '../policies/decision.ts';
import { decideOracle } from '../policies/oracle-agent.ts';
import { BUTLER_POLICIES, LEDGER_POLICIES, type PolicyId } from '../policies/policy-ids.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { EventRow } from './event-row.ts';
import { policyProfile } from './policy-profile.ts';

const DAY_MS = 86_400_000;
/** Pressure trust below which a butler is said to have flagged a brand as pushy. */
export const PRESSURE_FLAG_THRESHOLD = 0.5;

/** What to simulate in one shard: a subset of the consumers, all rounds, every policy. */
export interface ShardOptions {
  readonly scenario: Scenario;
  /** Consumer indices of this shard. */
  readonly consumers: readonly number[];
  readonly mode: SimMode;
  /** Keep one event row per decision. */
  readonly events: boolean;
  /** Validate every trust event with the ledger's schema (as the SQLite ledger does); on by default. */
  readonly validateTrustEvents?: boolean;
  /** Called after every round with the number of consumer decisions (per policy) done in it. */
  readonly onRound?: (round: number, decisions: number) => void;
}

/** A shard's tallies and (when asked) its event rows, in (round, consumer, policy) order. */
export interface ShardResult {
  readonly tally: ShardTally;
  readonly events: EventRow[];
  /** Live JS heap of this shard's thread at the end, after a full GC when the process runs with --expose-gc (bench only). */
  readonly heapUsedBytes: number;
}

interface DemotionState {
  seen: boolean;
  demotedAt?: number;
}

interface ConsumerState {
  readonly consumer: Consumer;
  readonly butlers: Map<PolicyId, ButlerAgent>;
  readonly bought: Map<PolicyId, { brands: Set<number>; styles: Set<string>; lateBrands: Set<number>; lateStyles: Set<string> }>;
  /** policy → "slot" (on-off) or "slot:epoch" (whitewasher identity) → demotion state. */
  readonly demotion: Map<PolicyId, Map<string, DemotionState>>;
}

function styleOf(market: Market, productId: string | undefined): string | undefined {
  const product = productId ? market.truth.product(productId) : undefined;
  if (!product) return undefined;
  const attributes = CATEGORY_TASTES[product.category]?.style ?? [];
  return `${product.category}:${attributes.map((a) => String(product.attributes[a] ?? '')).join('/')}`;
}

function bump(c: Confusion, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp += 1;
  else if (predicted) c.fp += 1;
  else if (actual) c.fn += 1;
  else c.tn += 1;
}

/** Whether a butler's ledger would keep this brand out of its recommendations (the ranking's honesty floor). */
export function flaggedDishonest(score: TrustScore): boolean {
  return score.honesty.disbelief > 0 && score.honesty.score < RECOMMENDATION_FLOOR;
}

/**
 * Simulates a set of consumers through every round under every policy. Each policy has its own copies of the brands,
 * each consumer its own butlers; every draw comes from (seed, consumer, round), so the result of a consumer does not
 * depend on which shard it runs in.
 */
export async function runShard(options: ShardOptions): Promise<ShardResult> {
  const { scenario } = options;
  const market = buildMarket(scenario);
  const population = scenario.consumers;
  const policies = scenario.policies;
  const start = Date.parse(scenario.start);
  let nowMs = start;
  const clock = () => new Date(nowMs);
  const pools = new Map(policies.map((p) => [p, new BrandPool(market, options.mode, clock)]));
  const detector = sharedDetector(detectPressureTactics);
  const half = Math.floor(scenario.rounds / 2);
  const tally = emptyShardTally(scenario.rounds);
  const events: EventRow[] = [];
  const ledgerPolicies = policies.filter((p) => LEDGER_POLICIES.includes(p));
  const trajectoryPolicy = ledgerPolicies[0];
  const onOffSlots = market.slots.filter((s) => s.strategy === 'on-off');
  const whitewashers = market.slots.filter((s) => s.strategy === 'whitewasher');
  const firstCheat = new Map<number, number>();
  for (const slot of onOffSlots) {
    for (let r = 0; r < scenario.rounds; r++) {
      if (isCheating(slot, new Date(start + r * scenario.roundDays * DAY_MS))) {
        firstCheat.set(slot.slot, r);
        break;
      }
    }
  }

  const states: ConsumerState[] = options.consumers.map((index) => {
    const consumer = createConsumer(market, index);
    const butlers = new Map<PolicyId, ButlerAgent>();
    for (const policy of policies) {
      if (!BUTLER_POLICIES.includes(policy)) continue;
      butlers.set(
        policy,
        new ButlerAgent(
          {
            policy,
            remembers: policy !== 'butler-no-ledger',
            detector: policy === 'butler-no-pressure' ? blindDetector : detector,
            profile: policyProfile(scenario, policy),
            validateEvents: options.validateTrustEvents ?? true,
          },
          consumer.secret,
          consumer.seed,
          clock,
        ),
      );
    }
    return {
      consumer,
      butlers,
      bought: new Map(policies.map((p) => [p, { brands: new Set<number>(), styles: new Set<string>(), lateBrands: new Set<number>(), lateStyles: new Set<string>() }])),
      demotion: new Map(ledgerPolicies.map((p) => [p, new Map<string, DemotionState>()])),
    };
  });

  try {
    for (let round = 0; round < scenario.rounds; round++) {
      nowMs = start + round * scenario.roundDays * DAY_MS;
      const now = new Date(nowMs);
      for (const pool of pools.values()) await pool.prepare(round);
      const focalIds = new Set(market.slots.filter((s) => s.focal).map((s) => market.brandIdAt(s, round)));
      for (const state of states) {
        const { consumer } = state;
        if (round > 0) driftConsumer(consumer, round, population);
        const drawn = drawNeed(market, consumer, round, now);
        const sellers = market.slots.filter((s) => s.categories.includes(drawn.need.category)).map((s) => market.brandIdAt(s, round));
        const arrival = drawn.random.fork('arrival').shuffle(sellers);
        const requestId = `${consumer.id}-r${round}`;
        const decisions = new Map<PolicyId, Decision>();
        for (const policy of policies) {
          const profile = policyProfile(scenario, policy);
          const ctx: DecisionContext = { market, round, now, clock, consumer, drawn, profile, brands: pools.get(policy)!.connections(), arrival, requestId };
          const butler = state.butlers.get(policy);
          const decision = butler ? await butler.decide(ctx) : policy === 'oracle' ? await decideOracle(ctx) : await decideBaseline(policy as 'naive' | 'first-offer' | 'cheapest', ctx);
          decisions.set(policy, decision);
        }
        const oracleWelfare = decisions.get('oracle')?.welfare ?? 0;
        const setting = { market, now, arrival, focalIds };
        for (const [policy, d] of decisions) {
          recordDecision((tally.rounds[round]![policy] ??= emptyPolicyTally()), d, oracleWelfare, setting);
          const slot = d.status === 'purchased' && d.brandId ? market.slotOf(d.brandId) : undefined;
          if (slot) {
            const bought = state.bought.get(policy)!;
            const style = styleOf(market, d.productId);
            bought.brands.add(slot.slot);
            if (style) bought.styles.add(style);
            if (round >= half) {
              bought.lateBrands.add(slot.slot);
              if (style) bought.lateStyles.add(style);
            }
          }
          if (options.events) {
            events.push({
              round,
              consumer: consumer.id,
              policy,
              category: drawn.need.category,
              status: d.status,
              brand: d.brandId ?? '',
              strategy: d.brandId ? (market.slotOf(d.brandId)?.strategy ?? '') : '',
              product: d.productId ?? '',
              price: d.price,
              charged: d.charged,
              welfare: d.welfare,
              oracleWelfare,
              budgetViolation: d.budgetViolation ? 1 : 0,
              divergent: d.divergent,
              offers: d.offers,
              acceptable: d.acceptable.length,
            });
          }
        }
      }
      for (const policy of ledgerPolicies) tally.trust[round]![policy] = trustTallyOf(market, states, policy, round, nowMs, policy === trajectoryPolicy, { onOffSlots, whitewashers, firstCheat });
      options.onRound?.(round, states.length);
    }
  } finally {
    for (const pool of pools.values()) await pool.close();
  }

  for (const policy of ledgerPolicies) {
    const onOff: DemotionTally = { histogram: {}, never: 0 };
    const white: DemotionTally = { histogram: {}, never: 0 };
    for (const state of states) {
      for (const [key, d] of state.demotion.get(policy)!) {
        if (!d.seen) continue;
        const into = key.includes(':') ? white : onOff;
        if (d.demotedAt === undefined) into.never += 1;
        else {
          const start = key.includes(':') ? Number(key.split(':')[2]) : firstCheat.get(Number(key))!;
          const rounds = String(d.demotedAt - start);
          into.histogram[rounds] = (into.histogram[rounds] ?? 0) + 1;
        }
      }
    }
    if (onOffSlots.length > 0) tally.onOffDemotion[policy] = onOff;
    if (whitewashers.length > 0) tally.whitewashDemotion[policy] = white;
  }
  for (const policy of policies) {
    let brands = 0;
    let styles = 0;
    let lateBrands = 0;
    let lateStyles = 0;
    for (const state of states) {
      const b = state.bought.get(policy)!;
      brands += b.brands.size;
      styles += b.styles.size;
      lateBrands += b.lateBrands.size;
      lateStyles += b.lateStyles.size;
    }
    tally.diversity[policy] = { consumers: states.length, brands, styles };
    tally.lateDiversity[policy] = { consumers: states.length, brands: lateBrands, styles: lateStyles };
  }
  // Measured while the shard's state (butlers, ledgers, brand copies) is still alive: what a long run really holds.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapUsedBytes = process.memoryUsage().heapUsed;
  return { tally, events, heapUsedBytes };

  function trustTallyOf(
    m: Market,
    all: readonly ConsumerState[],
    policy: PolicyId,
    round: number,
    atMs: number,
    trajectories: boolean,
    defectors: { onOffSlots: readonly BrandSlot[]; whitewashers: readonly BrandSlot[]; firstCheat: ReadonlyMap<number, number> },
  ): TrustTally {
    const t = emptyTrustTally();
    for (const state of all) {
      const trust = state.butlers.get(policy)?.trust;
      if (!(trust instanceof SimTrust)) continue;
      const demotion = state.demotion.get(policy)!;
      for (const slot of m.slots) {
        const id = m.brandIdAt(slot, round);
        const score = trust.score(id, atMs);
        if (!score) continue;
        const dishonest = flaggedDishonest(score);
        bump(t.dishonest, dishonest, DISHONEST_STRATEGIES.has(slot.strategy));
        bump(t.pressure, score.pressure.score < PRESSURE_FLAG_THRESHOLD, PRESSURE_STRATEGIES.has(slot.strategy));
        if (trajectories) {
          const b = (t.brands[slot.baseId] ??= { n: 0, trust: 0, honesty: 0, pressure: 0 });
          b.n += 1;
          b.trust += Math.round(score.trust * 1_000_000);
          b.honesty += Math.round(score.honesty.score * 1_000_000);
          b.pressure += Math.round(score.pressure.score * 1_000_000);
        }
        const first = defectors.firstCheat.get(slot.slot);
        if (slot.strategy === 'on-off' && first !== undefined && round >= first) {
          const d = demotion.get(String(slot.slot)) ?? { seen: false };
          d.seen = true;
          if (d.demotedAt === undefined && dishonest) d.demotedAt = round;
          demotion.set(String(slot.slot), d);
        }
        if (slot.strategy === 'whitewasher') {
          const epoch = m.epochAt(slot, round);
          const key = `${slot.slot}:${epoch}:${epoch * m.scenario.brands.whitewashEveryRounds}`;
          const d = demotion.get(key) ?? { seen: false };
          d.seen = true;
          if (d.demotedAt === undefined && dishonest) d.demotedAt = round;
          demotion.set(key, d);
        }
      }
    }
    return t;
  }
}

