import type { BrandConnection } from '../../agent/butler/index.ts';

/** Microtask turns a brand waits per arrival position, so its answer really comes after the ones before it. */
const TURNS_PER_POSITION = 8;

const noop = (): void => {};

/**
 * Promises settling one microtask turn apart, from the synchronous run of code that first asked for one: the brands of
 * one brief are all asked in one run (the fan-out calls them one after another), so every brand of that brief counts
 * its turns from the same start. A chain is shared by the brands of a brief and dropped one turn later, when that run
 * has ended; the next brief starts its own.
 */
class TurnChain {
  private turns: Array<Promise<void>> | undefined;

  /** A promise an `await` on which resumes `n` (≥ 1) microtask turns after the current run ends, as `n` awaits of a plain value would. */
  after(n: number): Promise<void> {
    let turns = this.turns;
    if (turns === undefined) {
      // `then` on a settled promise runs at the next turn: the k-th link settles at turn k + 1, and a wait on it resumes one turn later.
      turns = this.turns = [Promise.resolve()];
      queueMicrotask(() => (this.turns = undefined));
    }
    while (turns.length < n) turns.push(turns[turns.length - 1]!.then(noop));
    return turns[n - 1]!;
  }
}

/**
 * Wraps connections so the answers to a brief arrive in the given order (each brand waits a few microtask turns
 * per position before it answers); the butler must not care, and the order-bias metric checks that it does not.
 * The brands of one brief wait on one chain of turns (one promise per turn, not one per turn and brand: a brief to
 * 10 brands waited 360 turns, each an allocated resumption, in every simulated decision).
 */
export function inArrivalOrder(brands: readonly BrandConnection[], arrival: readonly string[]): BrandConnection[] {
  const position = new Map(arrival.map((id, i) => [id, i]));
  const chain = new TurnChain();
  return brands.map((brand) => {
    const p = position.get(brand.card.id) ?? 0;
    if (p === 0) return brand;
    return {
      ...brand,
      requestOffers: async (brief, timeoutMs) => {
        await chain.after(p * TURNS_PER_POSITION);
        return brand.requestOffers(brief, timeoutMs);
      },
    };
  });
}
