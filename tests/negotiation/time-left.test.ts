// A brand's time in a request bounds its negotiation: each call's timeout is cut to what is left, and once it is spent
// no further message is sent (on f453a14 every question and counter had a full timeout of its own, however long the
// brand had already taken). Time here is a script: each call the brand answers "takes" a fixed share of the budget.
import { describe, expect, it } from 'vitest';
import { OUT_OF_TIME, counterNoise, negotiateOffer, type NegotiationPeer } from '../../agent/negotiation/index.ts';
import type { HardConstraint } from '../../protocol/index.ts';
import { offerAt, splitTheDifferenceBrand } from './negotiation-fixtures.ts';

const NOW = () => new Date('2026-12-03T10:00:00.000Z');
const HARD: HardConstraint[] = [{ attribute: 'waterproof', op: 'eq', value: true }];
const TIMEOUT_MS = 1_000;

/** The split-the-difference brand, with the timeout of each call it receives recorded and each call taking `perCallMs` of `budgetMs`. */
function timedBrand(budgetMs: number, perCallMs: number) {
  const offer = offerAt('o1', 12_000);
  const brand = splitTheDifferenceBrand([offer]);
  const timeouts: Array<number | undefined> = [];
  let spent = 0;
  const peer: NegotiationPeer = {
    supports: brand.supports,
    askQuestion: async (q, t) => {
      timeouts.push(t);
      spent += perCallMs;
      return brand.askQuestion(q, t);
    },
    counterOffer: async (c, t) => {
      timeouts.push(t);
      spent += perCallMs;
      return brand.counterOffer(c, t);
    },
  };
  const negotiate = (timeLeft: boolean) =>
    negotiateOffer({
      peer,
      offer,
      buyerId: 'b',
      idKey: 's',
      hardConstraints: HARD,
      budget: undefined,
      market: [offerAt('cheap', 10_000), offer],
      noise: counterNoise('s', 'req-1'),
      timeoutMs: TIMEOUT_MS,
      ...(timeLeft ? { timeLeftMs: () => budgetMs - spent } : {}),
      now: NOW,
      haggle: true,
    });
  return { sent: brand.sent, timeouts, negotiate };
}

describe('negotiateOffer within the brand time left in the request', () => {
  it('with time to spare, sends what it sends without a budget, each call with the full timeout', async () => {
    const free = timedBrand(Number.POSITIVE_INFINITY, 10);
    const unbounded = await free.negotiate(false);
    const roomy = timedBrand(100 * TIMEOUT_MS, 10);
    const bounded = await roomy.negotiate(true);
    expect(roomy.sent).toEqual(free.sent);
    expect(bounded).toEqual(unbounded);
    expect(roomy.timeouts.every((t) => t === TIMEOUT_MS)).toBe(true);
  });

  it('cuts the last call to the time left, then sends nothing more: unasked checks stay unchecked', async () => {
    // The question takes 900 of 1,500 ms; the first counter gets the 600 left, and takes it all.
    const slow = timedBrand(1_500, 900);
    const result = await slow.negotiate(true);
    expect(slow.timeouts).toEqual([TIMEOUT_MS, 600]);
    expect(slow.sent.map((m) => m.kind)).toEqual(['question', 'counter']);
    // Only messages that were sent are in the transcript: no question or counter recorded that never went out.
    expect(result.exchanges.map((e) => e.kind)).toEqual(['question', 'answer', 'counter', 'counter-result']);
    expect(result.answers).toHaveLength(1);
  });

  it('a brand out of time before its first question is asked nothing, and the outcome says why', async () => {
    const spent = timedBrand(0, 0);
    const result = await spent.negotiate(true);
    expect(spent.sent).toEqual([]);
    expect(result.exchanges).toEqual([]);
    expect(result.answers).toEqual([]);
    expect(result.offer).toBe(result.original);
    expect(result.outcome).toEqual(OUT_OF_TIME);
    expect(OUT_OF_TIME.kind === 'unchanged' && OUT_OF_TIME.reason).toMatch(/not asked stays unchecked/);
  });
});
