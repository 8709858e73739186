/**
 * Offers each simulated connection remembers for questions, counters and orders. The consumers of a shard decide one
 * after another and a decision only addresses its own offers (a few per brand, each revision one more), so 32 is
 * ample, as many as each simulated brand remembers; the app's default of 256 kept an offer for ~30 decisions, long
 * enough for the collector to copy it into the old generation.
 */
export const SIM_REMEMBERED_OFFERS = 32;
