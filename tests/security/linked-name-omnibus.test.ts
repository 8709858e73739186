// Red team 31: round 30 made a "was" price no more than the lowest price the brand asked in the last 30 days, read
// on the quotes of the one entry showing it. A seller the person's record knows under two names (the ledger joined
// them: one domain, one key, one payee, one endpoint under two entries) sold its headphones at 90 EUR as "sly" for
// days, asked 160 EUR for one day as "sly-outlet", then showed 90 EUR "was 160 EUR" there: the outlet's own quotes
// held only its 160 EUR day, and the butler called the discount consistent. A brand's prices are now read under every
// name the record joins to it (`linkedIdentities`), as its failures already are.
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerTrust, SqliteButlerMemory, createButler } from '../../agent/butler/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger } from '../../agent/trust/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { quotingSeller } from './quoting-seller.ts';
import { clock, eur, need, slyCatalog, slyOffer } from './sly-market.ts';

const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

/** What a name quotes on a day: its price and the "was" price it shows, or nothing. */
type Quote = { price: number; was?: number } | undefined;

/** Sly as "sly" and "sly-outlet" (linked in the ledger when `linked`), quoting `plan(name, day)`; returns the outlet's reference-price finding on each of `days`. */
async function outletFindings(plan: (name: string, day: number) => Quote, days: readonly number[], linked = true): Promise<string[]> {
  let day = 0;
  const quoting = (name: string) =>
    quotingSeller(name, slyCatalog, (brief) => {
      const quote = plan(name, day);
      if (quote === undefined) return [];
      const offer: Offer = slyOffer(`${name}-${day}`, brief.requestId, { brandId: name, price: eur(quote.price) });
      return [quote.was === undefined ? offer : { ...offer, discount: { kind: 'was-price', referencePrice: eur(quote.was) } }];
    });
  const connections = [quoting('sly'), quoting('sly-outlet')];
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  for (const c of connections) ledger.registerBrand({ brandId: c.id, registeredAtMs: clock.now().getTime() });
  if (linked) ledger.linkIdentities('sly-outlet', 'sly', { reason: 'shared-domain', detail: 'both sell from sly.example' });
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  const out: string[] = [];
  for (const d of days) {
    clock.advanceDays(d - day);
    day = d;
    const result = await butler.shop(need);
    const outlet = [...result.ranking.ranked, ...result.ranking.excluded].find((r) => r.offer.brandId === 'sly-outlet');
    out.push(outlet?.scores.honesty.evidence.find((e) => e.code.includes('reference-price'))?.code ?? 'none');
  }
  return out;
}

describe('a "was" price is read against the prices the seller asked under every name the record joins to it', () => {
  it('(fixed) 90 EUR for days as "sly", 160 EUR for a day as "sly-outlet", then 90 EUR "was 160" there: a fake discount', async () => {
    const findings = await outletFindings((name, d) => (name === 'sly' ? (d < 4 ? { price: 9_000 } : undefined) : d < 4 ? undefined : d === 4 ? { price: 16_000 } : { price: 9_000, was: 16_000 }), [0, 1, 2, 3, 4, 5]);
    // On main: reference-price-consistent on the last day (the outlet's own quotes hold only its 160 EUR day).
    expect(findings).toEqual(['none', 'none', 'none', 'none', 'none', 'fake-reference-price']);
  });

  it('honest case: a sale under the outlet name from the price the seller asked under both names stays consistent', async () => {
    const findings = await outletFindings((name, d) => (d < 4 ? (name === 'sly' ? { price: 16_000 } : undefined) : name === 'sly-outlet' ? (d === 4 ? { price: 16_000 } : { price: 9_000, was: 16_000 }) : undefined), [0, 3, 4, 5, 6]);
    expect(findings).toEqual(['none', 'none', 'none', 'reference-price-consistent', 'reference-price-consistent']);
  });

  it('honest case: another seller’s low prices are never read (unlinked names keep their own quotes)', async () => {
    const findings = await outletFindings((name, d) => (name === 'sly' ? (d < 4 ? { price: 9_000 } : undefined) : d < 4 ? undefined : d === 4 ? { price: 16_000 } : { price: 9_000, was: 16_000 }), [0, 4, 5], false);
    expect(findings).toEqual(['none', 'none', 'reference-price-consistent']);
  });
});
