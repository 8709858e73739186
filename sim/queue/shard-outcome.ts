import { z } from 'zod';
import { POLICY_IDS } from '../policies/policy-ids.ts';

// A shard's result crosses the network through Redis: it is validated in full before it is merged.
const count = z.number().int();
const money = z.number().finite();
const Counts = z.record(z.string(), z.number().finite());
const Policy = z.enum(POLICY_IDS);

const PolicyTallySchema = z.object({
  decisions: count,
  purchases: count,
  welfare: money,
  oracleWelfare: money,
  spend: money,
  budgetViolations: count,
  refusedSwitches: count,
  claimsFailed: count,
  late: count,
  dishonestSpend: money,
  defectorSpend: money,
  deceivingSpend: money,
  caughtSpend: money,
  defectorWelfare: money,
  orderBiasEligible: count,
  firstArrivalChosen: count,
  idFirstChosen: count,
  chanceMicro: money,
  divergentShown: count,
  divergentTaken: count,
  focalAcceptable: count,
  focalRankSum: count,
  focalPurchases: count,
  focalSpend: money,
  spendByStrategy: Counts,
  purchasesByStrategy: Counts,
});

const ConfusionSchema = z.object({ tp: count, fp: count, fn: count, tn: count });
const TrustTallySchema = z.object({
  dishonest: ConfusionSchema,
  pressure: ConfusionSchema,
  honest: z.object({ pairs: count, belowFloor: count, nonPushyPairs: count, pressureFlagged: count }),
  brands: z.record(z.string(), z.object({ n: count, trust: money, honesty: money, pressure: money })),
});
const DemotionSchema = z.object({ histogram: Counts, never: count });
const DiversitySchema = z.object({ consumers: count, brands: count, styles: count });

/** A shard's integer tallies (see `ShardTally`), as read back from the queue. */
export const ShardTallySchema = z.object({
  consumers: z.record(z.string(), z.partialRecord(Policy, money)),
  activeBrands: z.array(z.partialRecord(Policy, Counts)),
  rounds: z.array(z.partialRecord(Policy, PolicyTallySchema)),
  trust: z.array(z.partialRecord(Policy, TrustTallySchema)),
  onOffDemotion: z.partialRecord(Policy, DemotionSchema),
  whitewashDemotion: z.partialRecord(Policy, DemotionSchema),
  diversity: z.partialRecord(Policy, DiversitySchema),
  lateDiversity: z.partialRecord(Policy, DiversitySchema),
});

/** One events.csv row, as read back from the queue. */
export const EventRowSchema = z.object({
  round: count,
  consumer: z.string(),
  policy: z.string(),
  category: z.string(),
  status: z.string(),
  brand: z.string(),
  strategy: z.string(),
  product: z.string(),
  price: money,
  charged: money,
  welfare: money,
  oracleWelfare: money,
  budgetViolation: z.union([z.literal(0), z.literal(1)]),
  divergent: z.string(),
  offers: count,
  acceptable: count,
});

/** What a worker returns for a shard: which shard it answers (checked by the study) and the shard's result. */
export const ShardOutcomeSchema = z.object({
  study: z.string(),
  jobId: z.string(),
  scenarioHash: z.string(),
  codeVersion: z.string(),
  worker: z.string(),
  elapsedMs: z.number().nonnegative(),
  result: z.object({ tally: ShardTallySchema, events: z.array(EventRowSchema), heapUsedBytes: z.number().nonnegative() }),
});
/** What a worker returns for a shard. */
export type ShardOutcome = z.infer<typeof ShardOutcomeSchema>;

/** The progress a worker publishes on a shard job while it runs. */
export const ShardProgressSchema = z.object({ decisions: count, rounds: count, worker: z.string() });
/** The progress of a running shard. */
export type ShardProgress = z.infer<typeof ShardProgressSchema>;
