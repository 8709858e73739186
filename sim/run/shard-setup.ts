import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { blindDetector, sharedDetector } from '../agents/detectors.ts';
import { BrandPool, type SimMode } from '../connections/brand-pool.ts';
import { createConsumer, type Consumer } from '../consumers/consumer.ts';
import { buildMarket, type Market } from '../market/build-market.ts';
import { defectorSchedule, type DefectorSchedule } from '../market/defector-schedule.ts';
import { MarketReaction } from '../market/market-reaction.ts';
import { SimTrust } from '../agents/sim-trust.ts';
import { ButlerAgent, type ButlerVariant } from '../policies/butler-agent.ts';
import { BUTLER_POLICIES, LEDGER_POLICIES, type PolicyId } from '../policies/policy-ids.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { DemotionTracker } from './demotion-tracker.ts';
import { policyProfile } from './policy-profile.ts';
import { PurchaseDiversity } from './purchase-diversity.ts';

const DAY_MS = 86_400_000;

/** The simulation's virtual clock: every brand and butler of a shard reads the time of the current round from it. */
export interface VirtualClock {
  readonly now: () => Date;
  /** Moves the clock to round `round`. */
  toRound(round: number): Date;
}

/** One consumer of a shard with a butler per butler policy and, per policy, what it bought and how its butler demotes defectors. */
export interface ConsumerState {
  readonly consumer: Consumer;
  readonly butlers: ReadonlyMap<PolicyId, ButlerAgent>;
  readonly diversity: ReadonlyMap<PolicyId, PurchaseDiversity>;
  readonly demotions: ReadonlyMap<PolicyId, DemotionTracker>;
}

/** Everything a shard runs on: the market, one brand pool per policy, the consumers and the virtual clock. */
export interface ShardState {
  readonly scenario: Scenario;
  readonly market: Market;
  readonly policies: readonly PolicyId[];
  readonly ledgerPolicies: readonly PolicyId[];
  /** The ledger policy whose trust trajectories are drawn. */
  readonly trajectoryPolicy: PolicyId | undefined;
  readonly defectors: DefectorSchedule;
  readonly clock: VirtualClock;
  readonly pools: ReadonlyMap<PolicyId, BrandPool>;
  /** Per policy, its market's reaction (empty when the scenario's markets do not react). */
  readonly reactions: ReadonlyMap<PolicyId, MarketReaction>;
  readonly consumers: readonly ConsumerState[];
  /** First round of the second half. */
  readonly half: number;
}

/** What a shard needs to set up: the scenario, its consumer indices, the mode, and whether in-process data is validated. */
export interface ShardSetupOptions {
  readonly scenario: Scenario;
  readonly consumers: readonly number[];
  readonly mode: SimMode;
  /** The one validation switch (see RunOptions): trust events, and in fast mode the brands' messages. */
  readonly validateTrustEvents: boolean;
}

function virtualClock(scenario: Scenario): VirtualClock {
  const start = Date.parse(scenario.start);
  // One Date per round, handed to every reader (nothing in the simulation mutates a Date): a fresh one per read was
  // made for every brand call and butler step, about 100 µs of CPU per simulated decision.
  let now = new Date(start);
  return {
    now: () => now,
    toRound: (round) => {
      now = new Date(start + round * scenario.roundDays * DAY_MS);
      return now;
    },
  };
}

/** Builds a shard's market, brand pools, consumers and their butlers (every draw from the scenario's seed). */
export function setUpShard(options: ShardSetupOptions): ShardState {
  const { scenario } = options;
  const market = buildMarket(scenario);
  const policies = scenario.policies;
  const clock = virtualClock(scenario);
  const detector = sharedDetector(detectPressureTactics);
  const ledgerPolicies = policies.filter((p) => LEDGER_POLICIES.includes(p));
  const reaction = scenario.brands.reaction;
  // One ledger per household and remembering policy (each consumer's own when households are of one).
  const household = scenario.consumers.household;
  const ledgers = new Map<string, SimTrust>();
  const ledgerOf = (index: number, variant: ButlerVariant): SimTrust | undefined => {
    if (household === 1 || !variant.remembers) return undefined;
    const key = `${Math.floor(index / household)}|${variant.policy}`;
    let trust = ledgers.get(key);
    if (trust === undefined) ledgers.set(key, (trust = new SimTrust(variant.validateEvents)));
    return trust;
  };
  const consumers = options.consumers.map((index): ConsumerState => {
    const consumer = createConsumer(market, index);
    const butlers = new Map<PolicyId, ButlerAgent>();
    for (const policy of policies.filter((p) => BUTLER_POLICIES.includes(p))) {
      const variant: ButlerVariant = {
        policy,
        remembers: policy !== 'butler-no-ledger',
        detector: policy === 'butler-no-pressure' ? blindDetector : detector,
        profile: policyProfile(scenario, policy),
        validateEvents: options.validateTrustEvents,
      };
      butlers.set(policy, new ButlerAgent(variant, consumer.secret, consumer.seed, clock.now, ledgerOf(index, variant)));
    }
    return {
      consumer,
      butlers,
      diversity: new Map(policies.map((p) => [p, new PurchaseDiversity()])),
      demotions: new Map(ledgerPolicies.map((p) => [p, new DemotionTracker()])),
    };
  });
  return {
    scenario,
    market,
    policies,
    ledgerPolicies,
    trajectoryPolicy: ledgerPolicies[0],
    defectors: defectorSchedule(market),
    clock,
    pools: new Map(policies.map((p) => [p, new BrandPool(market, options.mode, clock.now, options.validateTrustEvents)])),
    reactions: new Map(reaction.kind === 'none' ? [] : policies.map((p) => [p, new MarketReaction(market, reaction.starvedRounds)])),
    consumers,
    half: Math.floor(scenario.rounds / 2),
  };
}
