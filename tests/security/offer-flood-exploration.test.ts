// Red team 31: the exploration slot ("Something different", below the five offers shown) goes to the ranked offer
// whose Thompson draw of its surplus is best, the draw reading the butler's uncertainty about the brand's honesty. The
// brand's honesty was drawn once per offer: a newcomer sending three offers got three tries at a lucky draw of the same
// unknown, and took the slot from an honest newcomer sending one offer as good about three times in four. The brand's
// honesty is now drawn once per request, its offers sharing the draw.
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerTrust, SqliteButlerMemory, createButler, type BrandConnection } from '../../agent/butler/index.ts';
import type { Need } from '../../agent/need/index.ts';
import { detectPressureTactics } from '../../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR, TrustLedger, type TrustEventInput } from '../../agent/trust/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { catalogOf, testClock } from '../butler/harness.ts';
import { catalogOffer, quotingSeller } from './quoting-seller.ts';

const clock = testClock();
const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

const need: Need = { category: 'headphones', hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }], softPreferences: [], quantity: 1, budget: { amountMinor: 15_000, currency: 'EUR' }, currency: 'EUR', text: 'noise cancelling headphones' };

/** Seller `id` offering each of `products` at `priceMinor` EUR cents to every brief. */
function seller(id: string, products: readonly string[], priceMinor: number): BrandConnection {
  const catalog = catalogOf(id.toUpperCase(), products.map((product) => ({ product, price: priceMinor, stock: 9 })));
  return quotingSeller(id, catalog, (brief) => catalog.map((entry, i) => catalogOffer(id, `${id}-${i + 1}`, brief.requestId, entry, priceMinor, clock.now())));
}

/** Three deliveries as described for `brandId`, the last a day ago: a record the person holds. */
function checkedRecord(brandId: string): TrustEventInput[] {
  return [3, 2, 1].map((daysAgo) => ({
    kind: 'order-outcome',
    brandId,
    occurredAt: new Date(clock.now().getTime() - daysAgo * 86_400_000).toISOString(),
    evidence: { orderId: `${brandId}-order-${daysAgo}`, outcome: 'as-described', satisfied: true, stake: { amountMinor: 10_000, currency: 'EUR' } },
  }));
}

// Five offers of sellers the person knows fill the places shown; two newcomers sell the same headphones a little
// cheaper, Fresh one pair, Flood three (each offer of Flood as good as Fresh's).
const PAIRS = ['sony-wh-1000xm5-black', 'sony-wh-1000xm5-silver', 'sony-wh-1000xm4-black'];
const known = () => [seller('knowna', PAIRS, 8_500), seller('knownb', PAIRS.slice(0, 2), 8_500)];

/** Shops the need on `requests` requests (exploring every time) and counts whom the exploration slot surfaced. */
async function explorationPicks(requests: number, floodPairs: readonly string[] = PAIRS) {
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  const connections = [...known(), seller('fresh', PAIRS.slice(0, 1), 9_000), seller('flood', floodPairs, 9_000)];
  for (const c of connections) ledger.registerBrand({ brandId: c.id, registeredAtMs: clock.now().getTime() - 10 * 86_400_000 });
  ledger.appendMany([...checkedRecord('knowna'), ...checkedRecord('knownb')]);
  const store = new ButlerStore(db);
  // A fixed install secret: the per-brand request ids derive from it, so the count below is the same on every run.
  store.settingOrCreate('install-secret', () => 'offer-flood-exploration-test-secret', clock.now().toISOString());
  const memory = new SqliteButlerMemory(store, clock.now);
  memory.saveProfile({ ...memory.loadProfile(), explorationAppetite: 1 });
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  const picks = { fresh: 0, flood: 0, other: 0 };
  for (let i = 0; i < requests; i++) {
    const { divergent } = await butler.shop(need);
    if (divergent.kind !== 'picked') continue;
    const brand = divergent.offer.brandId;
    if (brand === 'fresh' || brand === 'flood') picks[brand] += 1;
    else picks.other += 1;
  }
  return picks;
}

describe('the exploration slot draws a brand’s honesty once, however many offers it sends', () => {
  it('(fixed) a newcomer sending three offers takes the slot no more often than one sending one as good', async () => {
    const picks = await explorationPicks(80);
    // The two newcomers are the same unknown to the butler: each takes about half of the slots they take. On main:
    // Flood 58, Fresh 22.
    expect(picks.fresh + picks.flood).toBeGreaterThan(20);
    expect(picks.flood).toBeLessThan(1.5 * picks.fresh);
  }, 120_000);

  it('honest case: each newcomer is still explored, as often as when Flood sends one offer', async () => {
    const single = await explorationPicks(80, PAIRS.slice(1, 2));
    expect(single.fresh).toBeGreaterThan(20);
    expect(single.flood).toBeGreaterThan(20);
    const flooded = await explorationPicks(80);
    expect(Math.abs(flooded.flood - single.flood)).toBeLessThan(0.5 * single.flood);
  }, 120_000);
});
