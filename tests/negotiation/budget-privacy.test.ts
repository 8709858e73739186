import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterNoise, negotiateOffer, type NegotiatedOffer } from '../../agent/negotiation/index.ts';
import type { HardConstraint, Money, Offer } from '../../protocol/index.ts';
import { offerAt, splitTheDifferenceBrand, type SentMessage } from './negotiation-fixtures.ts';

const NOW = () => new Date('2026-12-03T10:00:00.000Z');
const HARD: HardConstraint[] = [{ attribute: 'waterproof', op: 'eq', value: true }];
const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

/** Negotiates every offer of one probing brand, as the butler does (in turn), and returns what the brand saw. */
async function negotiateAll(offers: readonly Offer[], budget: Money | undefined, secret = 'install-secret', disclosed = false): Promise<{ sent: SentMessage[]; results: NegotiatedOffer[] }> {
  const brand = splitTheDifferenceBrand(offers);
  const results: NegotiatedOffer[] = [];
  const noise = counterNoise(secret, 'req-1');
  const disclosedBudget = disclosed ? budget : undefined;
  for (const offer of offers) {
    results.push(await negotiateOffer({ peer: brand, offer, buyerId: 'buyer-x', idKey: 's', hardConstraints: HARD, budget, disclosedBudget, market: offers, noise, timeoutMs: 1000, now: NOW, haggle: true }));
  }
  return { sent: brand.sent, results };
}

/** The red team's probe: ten offers from 150 to 240 EUR. */
const PROBE = Array.from({ length: 10 }, (_, i) => offerAt(`o${i}`, 15_000 + i * 1_000));

describe('the budget does not leak through negotiation (issue 15 §4)', () => {
  it('ten offers priced 150-240 EUR: the brand sees the same messages for a 173.45 EUR budget as for none', async () => {
    const tight = await negotiateAll(PROBE, eur(17_345));
    const loose = await negotiateAll(PROBE, eur(1_000_000));
    const none = await negotiateAll(PROBE, undefined);
    expect(tight.sent).toEqual(none.sent);
    expect(loose.sent).toEqual(none.sent);
    // Every offer was countered (the old rule countered only where 88 % of the price fit the budget).
    const countered = new Set(tight.sent.filter((m) => m.kind === 'counter').map((m) => m.message.offerId));
    expect(countered.size).toBe(10);
    expect(JSON.stringify(tight.sent)).not.toContain('17345');
    expect(JSON.stringify(tight.sent)).not.toContain('173.45');
  });

  it('counters aim at the market low: offers of the same size get the same first counter whatever they cost', async () => {
    const { sent } = await negotiateAll(PROBE, eur(17_345));
    const first = sent.filter((m): m is Extract<SentMessage, { kind: 'counter' }> => m.kind === 'counter' && m.message.round === 1);
    expect(new Set(first.map((m) => m.message.proposedPrice!.amountMinor)).size).toBe(1);
    expect(first[0]!.message.proposedPrice!.amountMinor).toBeLessThan(15_000);
  });

  it('eligibility is decided after negotiating: an offer that stays over the budget is walked away from, silently', async () => {
    const { results } = await negotiateAll(PROBE, eur(17_345));
    for (const r of results) {
      if (r.offer.price.amountMinor > 17_345) expect(r.outcome.kind).toBe('walked-away');
      else expect(r.outcome.kind).not.toBe('walked-away');
    }
  });

  it('an undisclosed budget below the market low changes nothing the brand sees; the person is told plainly', async () => {
    // The brand moves the market low with its own prices: a gate on it would let the brand bisect the budget across
    // requests from "countered or not". The budget decides eligibility only, after negotiating.
    const below = await negotiateAll(PROBE, eur(9_000));
    const above = await negotiateAll(PROBE, eur(20_000));
    expect(below.sent.filter((m) => m.kind === 'counter').length).toBeGreaterThan(0);
    expect(below.sent).toEqual(above.sent);
    expect(below.results.map((r) => r.offer)).toEqual(above.results.map((r) => r.offer));
    expect(below.results.map((r) => r.rounds)).toEqual(above.results.map((r) => r.rounds));
    for (const r of below.results) {
      expect(r.outcome.kind).toBe('walked-away');
      expect(r.outcome.kind === 'walked-away' && r.outcome.reason).toMatch(/^the price stayed above your budget: even the market's lowest price/);
    }
    expect(above.results.some((r) => r.outcome.kind === 'improved')).toBe(true);
  });

  it('one offer, a budget below or above the market target and never disclosed: the brand receives the same messages', async () => {
    // A brand alone in its market sets the target with its own price: 200 EUR, target about 194-200 EUR.
    const offer = offerAt('solo', 20_000);
    const low = await negotiateAll([offer], eur(15_000));
    const high = await negotiateAll([offer], eur(25_000));
    expect(high.sent.filter((m) => m.kind === 'counter').length).toBeGreaterThan(0);
    expect(low.sent).toEqual(high.sent);
    expect(low.results[0]!.outcome).toEqual({ kind: 'walked-away', reason: "the price stayed above your budget: even the market's lowest price for this size is above it" });
    expect(high.results[0]!.outcome.kind).toBe('improved');
  });

  it('a budget the brand was told still gates the counters: none when even the market low is over it', async () => {
    const { sent, results } = await negotiateAll(PROBE, eur(9_000), 'install-secret', true);
    expect(sent.filter((m) => m.kind === 'counter')).toEqual([]);
    expect(results.every((r) => r.outcome.kind === 'walked-away')).toBe(true);
  });

  it('the counters depend on the person secret (noise a brand cannot predict), deterministically', async () => {
    const a = await negotiateAll(PROBE.slice(0, 2), undefined, 'secret-a');
    const again = await negotiateAll(PROBE.slice(0, 2), undefined, 'secret-a');
    const b = await negotiateAll(PROBE.slice(0, 2), undefined, 'secret-b');
    expect(again.sent).toEqual(a.sent);
    expect(b.sent).not.toEqual(a.sent);
  });

  it('property: for any offers and any two budgets that cover them, the messages are identical, never above the budget, never containing it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 100, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        async (prices, extraA, extraB, secret) => {
          const offers = prices.map((p, i) => offerAt(`o${i}`, p));
          const cover = Math.max(...prices);
          const budgetA = eur(cover + extraA);
          const budgetB = eur(cover + extraB);
          const a = await negotiateAll(offers, budgetA, secret);
          const b = await negotiateAll(offers, budgetB, secret);
          expect(a.sent).toEqual(b.sent);
          for (const m of a.sent) {
            if (m.kind !== 'counter') continue;
            expect(m.message.proposedPrice!.amountMinor).toBeLessThanOrEqual(Math.min(budgetA.amountMinor, budgetB.amountMinor));
            expect(JSON.stringify(m.message)).not.toContain(`${budgetA.amountMinor}`);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: for any offers and any undisclosed budget at all, the brand sees what it sees with no budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 100, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 1_000_000 }), async (prices, budget) => {
        const offers = prices.map((p, i) => offerAt(`o${i}`, p));
        expect((await negotiateAll(offers, eur(budget))).sent).toEqual((await negotiateAll(offers, undefined)).sent);
      }),
      { numRuns: 60 },
    );
  });

  it('property: with any disclosed budget at all, no counter is ever above it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 100, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 1_000_000 }), async (prices, budget) => {
        const { sent } = await negotiateAll(prices.map((p, i) => offerAt(`o${i}`, p)), eur(budget), 'install-secret', true);
        for (const m of sent) if (m.kind === 'counter') expect(m.message.proposedPrice!.amountMinor).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 60 },
    );
  });
});
