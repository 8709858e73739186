import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCESSION, COUNTER_NOISE, nextConcessionMove, type ConcessionMove, type ConcessionState } from '../../agent/negotiation/index.ts';
import type { Money } from '../../protocol/index.ts';

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
const state = (over: Partial<ConcessionState> = {}): ConcessionState => ({
  currentPrice: eur(20_000),
  target: eur(15_000),
  openingDiscount: 0.12,
  disclosedBudget: undefined,
  round: 1,
  lastProposal: undefined,
  ...over,
});

/** Plays every round against a brand that never moves; returns the moves. */
function play(base: ConcessionState): ConcessionMove[] {
  const moves: ConcessionMove[] = [];
  let lastProposal: Money | undefined;
  for (let round = 1; round <= CONCESSION.maxRounds + 1; round++) {
    const move = nextConcessionMove({ ...base, round, lastProposal });
    moves.push(move);
    if (move.kind !== 'propose') break;
    lastProposal = move.price;
  }
  return moves;
}

describe('nextConcessionMove', () => {
  it('opens below the market target and concedes up to it by the last round', () => {
    expect(play(state())).toEqual([
      { kind: 'propose', price: eur(13_200) },
      { kind: 'propose', price: eur(14_100) },
      { kind: 'propose', price: eur(15_000) },
      { kind: 'stop', reason: 'max-rounds' },
    ]);
  });

  it('accepts when the brand is already at or below what it would propose', () => {
    expect(nextConcessionMove(state({ currentPrice: eur(13_000) }))).toEqual({ kind: 'accept' });
    expect(nextConcessionMove(state({ currentPrice: eur(14_100), round: 2, lastProposal: eur(13_200) }))).toEqual({ kind: 'accept' });
  });

  it('never proposes less than it did before', () => {
    expect(nextConcessionMove(state({ round: 2, lastProposal: eur(14_500) }))).toEqual({ kind: 'propose', price: eur(14_500) });
  });

  it('sends nothing when even the market target is over a budget the brand was told (never proposes above it)', () => {
    expect(nextConcessionMove(state({ disclosedBudget: eur(14_999) }))).toEqual({ kind: 'stop', reason: 'over-budget' });
    expect(nextConcessionMove(state({ disclosedBudget: { amountMinor: 10_000_000, currency: 'JPY' } }))).toEqual({ kind: 'stop', reason: 'over-budget' });
    expect(nextConcessionMove(state({ disclosedBudget: eur(15_000) })).kind).toBe('propose');
  });

  it('works in yen and dinars (no cents assumed)', () => {
    const yen = play(state({ currentPrice: { amountMinor: 24_000, currency: 'JPY' }, target: { amountMinor: 20_000, currency: 'JPY' } }));
    expect(yen[0]).toEqual({ kind: 'propose', price: { amountMinor: 17_600, currency: 'JPY' } });
    const dinar = play(state({ currentPrice: { amountMinor: 60_000, currency: 'KWD' }, target: { amountMinor: 50_000, currency: 'KWD' }, disclosedBudget: { amountMinor: 55_000, currency: 'KWD' } }));
    expect(dinar.at(-2)).toEqual({ kind: 'propose', price: { amountMinor: 50_000, currency: 'KWD' } });
  });

  const arbitraryState = fc.record({
    current: fc.integer({ min: 1, max: 10_000_000 }),
    targetShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
    opening: fc.double({ min: COUNTER_NOISE.openingDiscount.min, max: COUNTER_NOISE.openingDiscount.max, noNaN: true }),
    budget: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: undefined }),
    currency: fc.constantFrom('EUR', 'JPY', 'KWD'),
  });

  it('property: never proposes above a disclosed budget, nor above the target or the current price', () => {
    fc.assert(
      fc.property(arbitraryState, ({ current, targetShare, opening, budget, currency }) => {
        const base = state({
          currentPrice: { amountMinor: current, currency },
          target: { amountMinor: Math.round(current * targetShare), currency },
          openingDiscount: opening,
          disclosedBudget: budget === undefined ? undefined : { amountMinor: budget, currency },
        });
        for (const move of play(base)) {
          if (move.kind !== 'propose') continue;
          if (budget !== undefined) expect(move.price.amountMinor).toBeLessThanOrEqual(budget);
          expect(move.price.amountMinor).toBeLessThanOrEqual(base.target.amountMinor);
          expect(move.price.amountMinor).toBeLessThan(current);
          expect(move.price.currency).toBe(currency);
        }
      }),
    );
  });

  it('property: the moves are the same for every disclosed budget that covers the target', () => {
    fc.assert(
      fc.property(arbitraryState, fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), ({ current, targetShare, opening, currency }, extraA, extraB) => {
        const target = { amountMinor: Math.round(current * targetShare), currency };
        const base = state({ currentPrice: { amountMinor: current, currency }, target, openingDiscount: opening });
        const withoutBudget = play(base);
        expect(play({ ...base, disclosedBudget: { amountMinor: target.amountMinor + extraA, currency } })).toEqual(withoutBudget);
        expect(play({ ...base, disclosedBudget: { amountMinor: target.amountMinor + extraB, currency } })).toEqual(withoutBudget);
      }),
    );
  });
});
