// Red team 31: without a budget the butler scales the person's money to what the market asks (`marketReferenceMinor`):
// each seller's lowest eligible price, the second highest among three sellers or more. Each seller counted once — but a
// seller is an identity the butler cannot tell apart from another it has never dealt with. A hostile brand answering
// under a second, unlinked name with a dear offer set that reference itself: Sly's 160 EUR over-ear pair, worth little
// against honest in-ear pairs at 80–90 EUR and not worth its price, became the butler's first choice once "Slytwin" asked 170 EUR beside it.
// Prices of sellers the person has no record with are cheap talk the butler cannot count (two of them may be one
// brand): together they have one say, their lowest, the only one no new name can raise; a seller the person's record
// vouches for (checked and found honest more than not, `sellerWeight`) says its own.
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

/** Noise-cancelling headphones, over-ear preferred, and no budget: the market sets the money scale. */
const noBudget: Need = {
  category: 'headphones',
  hardConstraints: [{ attribute: 'noise_cancelling', op: 'eq', value: true }],
  softPreferences: [{ attribute: 'form', direction: 'equals', value: 'over-ear', weight: 1 }],
  quantity: 1,
  currency: 'EUR',
  text: 'noise cancelling headphones, over-ear if possible',
};

/** Seller `id` offering its one `product` at `priceMinor` EUR cents to every brief. */
function seller(id: string, product: string, priceMinor: number): BrandConnection {
  const catalog = catalogOf(id.toUpperCase(), [{ product, price: priceMinor, stock: 9 }]);
  return quotingSeller(id, catalog, (brief) => [catalogOffer(id, `${id}-1`, brief.requestId, catalog[0]!, priceMinor, clock.now())]);
}

/** Three deliveries as described (a checked record the person holds) for each of `brandIds`, the last a day before now. */
function checkedRecord(brandIds: readonly string[]): TrustEventInput[] {
  return brandIds.flatMap((brandId) =>
    [3, 2, 1].map((daysAgo): TrustEventInput => ({
      kind: 'order-outcome',
      brandId,
      occurredAt: new Date(clock.now().getTime() - daysAgo * 86_400_000).toISOString(),
      evidence: { orderId: `${brandId}-order-${daysAgo}`, outcome: 'as-described', satisfied: true, stake: { amountMinor: 15_000, currency: 'EUR' } },
    })),
  );
}

/** Shops the need once with a fresh butler (ledger holding `record`), returning the ranked brands and the money reference. */
async function shop(connections: BrandConnection[], record: TrustEventInput[] = []) {
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  for (const c of connections) ledger.registerBrand({ brandId: c.id, registeredAtMs: clock.now().getTime() - 10 * 86_400_000 });
  ledger.appendMany(record);
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  const { ranking } = await butler.shop(noBudget);
  const reference = [...ranking.ranked.map((r) => r.breakdown), ...ranking.excluded.map((x) => x.value)].find((v) => v !== undefined)?.reference;
  return { ranked: ranking.ranked.map((r) => r.offer.brandId), reference };
}

// Honest sellers of in-ear pairs, and Sly's dear over-ear pair; Slytwin is Sly under a second, unlinked name.
const honest = () => [seller('quietco', 'sony-wf-1000xm5-black', 8_000), seller('earshop', 'jabra-elite-8-active-black', 9_000)];
const sly = () => seller('sly', 'jbl-tune-770nc-black', 16_000);
const slytwin = () => seller('slytwin', 'sennheiser-momentum-4-wireless-black', 17_000);

describe('a second name of one brand does not set the market’s money scale', () => {
  it('(fixed) Slytwin’s 170 EUR beside Sly’s 160 EUR does not raise the scale, nor make Sly’s pair worth buying', async () => {
    // Among sellers new to the person (80 % likely as described), nothing is worth its price on a 90 EUR scale.
    const alone = await shop([...honest(), sly()]);
    expect(alone.reference).toBeLessThanOrEqual(9_000);
    expect(alone.ranked).toEqual([]);
    const twinned = await shop([...honest(), sly(), slytwin()]);
    // On main: the reference rose to Sly's own 160 EUR and the butler recommended buying Sly's pair first.
    expect(twinned.reference).toBeLessThanOrEqual(alone.reference!);
    expect(twinned.ranked).toEqual([]);
  });

  it('honest case: two dear sellers the person’s record vouches for do set the scale, and the better-matching pair wins', async () => {
    const vouched = await shop([...honest(), sly(), slytwin()], checkedRecord(['sly', 'slytwin']));
    expect(vouched.reference).toBe(16_000);
    expect(vouched.ranked[0]).toBe('sly');
  });
});
