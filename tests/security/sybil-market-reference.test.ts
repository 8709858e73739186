// Red team 31–32: without a budget the butler scales the person's money to what the market asks: each seller's lowest
// eligible price, the second highest among three sellers or more. Each seller counted once — but a seller is an
// identity the butler cannot tell apart from another it has never dealt with. A hostile brand answering under a
// second, unlinked name with a dear offer set that reference itself: Sly's 160 EUR over-ear pair, worth little against
// honest in-ear pairs at 80–90 EUR and not worth its price, became the butler's first choice once "Slytwin" asked
// 170 EUR beside it (reference 90 → 160 EUR). Red team 31's fix (strangers together one seller at their lowest price)
// was reverted: it made a new user's scale the cheapest stranger's price, so one cheap decoy made the butler buy
// nothing. Now a seller's own price does not vouch for its own offers (`marketReferences`): each seller new to the
// person is scaled to what the others ask, so the twin is the extreme one set aside, and a decoy only joins the others.
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

/** Shops the need once with a fresh butler (ledger holding `record`): the ranked brands and each brand's money reference. */
async function shop(connections: BrandConnection[], record: TrustEventInput[] = []) {
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  for (const c of connections) ledger.registerBrand({ brandId: c.id, registeredAtMs: clock.now().getTime() - 10 * 86_400_000 });
  ledger.appendMany(record);
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  const { ranking } = await butler.shop(noBudget);
  const valued = [...ranking.ranked.map((r) => [r.brandId, r.breakdown] as const), ...ranking.excluded.map((x) => [x.brandId, x.value] as const)];
  const reference = Object.fromEntries(valued.flatMap(([brandId, value]) => (value === undefined ? [] : [[brandId, value.reference]])));
  return { ranked: ranking.ranked.map((r) => r.offer.brandId), reference };
}

// Honest sellers of in-ear pairs, and Sly's dear over-ear pair; Slytwin (and Slytriplet) are Sly under unlinked names.
const honest = () => [seller('quietco', 'sony-wf-1000xm5-black', 8_000), seller('earshop', 'jabra-elite-8-active-black', 9_000)];
const sly = () => seller('sly', 'jbl-tune-770nc-black', 16_000);
const slytwin = () => seller('slytwin', 'sennheiser-momentum-4-wireless-black', 17_000);

describe('a second name of one brand does not set the market’s money scale of its own offers', () => {
  it('(fixed) Slytwin’s 170 EUR beside Sly’s 160 EUR leaves Sly’s scale at what the honest sellers ask, and Sly unrecommended', async () => {
    // Among sellers new to the person (80 % likely as described), Sly's pair is not worth its price on a 90 EUR scale.
    const alone = await shop([...honest(), sly()]);
    expect(alone.reference.sly).toBeLessThanOrEqual(9_000);
    expect(alone.ranked).not.toContain('sly');
    const twinned = await shop([...honest(), sly(), slytwin()]);
    // On main: the reference rose to Sly's own 160 EUR and the butler recommended buying Sly's pair first.
    expect(twinned.reference.sly).toBeLessThanOrEqual(9_000);
    expect(twinned.reference.slytwin).toBeLessThanOrEqual(9_000);
    expect(twinned.ranked).not.toContain('sly');
    expect(twinned.ranked).not.toContain('slytwin');
  });

  it('honest case: two dear sellers the person’s record vouches for do scale their own offers, and the better-matching pair wins', async () => {
    const vouched = await shop([...honest(), sly(), slytwin()], checkedRecord(['sly', 'slytwin']));
    expect(vouched.reference.sly).toBe(16_000);
    expect(vouched.ranked[0]).toBe('sly');
  });
});

describe('a stranger’s cheap decoy does not drag the money scale below what the honest sellers ask', () => {
  // Honest over-ear pairs at 120 and 130 EUR (sellers new to the person), and a 40 EUR in-ear decoy from a third name.
  const overEar = () => [seller('domeaudio', 'sony-wh-ch720n-black', 12_000), seller('cansco', 'anker-soundcore-space-q45-black', 13_000)];
  const decoy = () => seller('cheapo', 'sony-wf-c700n-black', 4_000);

  it('(guard) the over-ear pairs keep a scale set by an honest price and stay recommended beside the decoy', async () => {
    const plain = await shop(overEar());
    const decoyed = await shop([...overEar(), decoy()]);
    for (const brandId of ['domeaudio', 'cansco']) {
      expect(plain.ranked).toContain(brandId);
      // Red team 31's reverted rule scaled every stranger to the decoy's 40 EUR, and nothing was recommended but the decoy.
      expect(decoyed.reference[brandId]).toBeGreaterThanOrEqual(12_000);
      expect(decoyed.ranked).toContain(brandId);
    }
  });

  it('honest case: a new user’s market of five sellers keeps main’s scale for every seller but the two dearest, scaled to the others', async () => {
    // Like the demo market's first request without a budget: sellers' lowest prices 52, 76, 86, 115 and 129 EUR.
    const market = () => [
      seller('anna', 'sony-wf-c700n-black', 5_200),
      seller('bram', 'anker-soundcore-sport-x20-black', 7_600),
      seller('cleo', 'anker-soundcore-liberty-4-nc-black', 8_600),
      seller('dina', 'sennheiser-accentum-plus-black', 11_500),
      seller('emil', 'jbl-tune-770nc-black', 12_900),
    ];
    const { reference, ranked } = await shop(market());
    // Main's rule (the second highest of the sellers' lowest prices) for the three cheaper sellers…
    for (const brandId of ['anna', 'bram', 'cleo']) expect(reference[brandId]).toBe(11_500);
    // …and the two dearest scaled to what the others ask (the second highest of them): their own price vouches for nothing.
    expect(reference.dina).toBe(8_600);
    expect(reference.emil).toBe(8_600);
    // Over-ear at 115 EUR on an 86 EUR scale is still worth buying to a person who prefers over-ear.
    expect(ranked).toEqual(expect.arrayContaining(['anna', 'bram', 'cleo', 'dina']));
  });
});
