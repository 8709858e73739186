// Red teams 31–33: without a budget the butler scales the person's money to what the market asks: each seller's lowest
// eligible price, the second highest among three sellers or more. A hostile brand answering under a second, unlinked
// name with a dear offer set that reference itself: Sly's 160 EUR over-ear pair, worth little against honest in-ear
// pairs at 80–90 EUR and not worth its price, became the butler's first choice once "Slytwin" asked 170 EUR beside it
// (reference 90 → 160 EUR). Two rules that read prices alone were reverted (31: strangers at their lowest price made a
// cheap decoy the scale; 32: scaling each stranger to the others pushed honest dear sellers down as much as Sly). When
// every seller is new nothing but evidence tells a colluding dear seller from an honest one, so the reference now
// weighs sellers by the person's record (`marketReferenceMinor`): a seller it vouches for is one voice, and the sellers
// with no record are together one voice, at what they ask among themselves. With no record at all the market is read
// as before. Session 35: with ONE vouched seller there were two voices and the higher won, so the strangers' voice set
// the scale alone; it now counts above that seller's price only as far as the record is thin (credibility-weighted).
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

/** `deliveries` deliveries as described (a checked record the person holds) for each of `brandIds`, the last a day before now. */
function checkedRecord(brandIds: readonly string[], deliveries = 3): TrustEventInput[] {
  return brandIds.flatMap((brandId) =>
    Array.from({ length: deliveries }, (_, i) => deliveries - i).map((daysAgo): TrustEventInput => ({
      kind: 'order-outcome',
      brandId,
      occurredAt: new Date(clock.now().getTime() - daysAgo * 86_400_000).toISOString(),
      evidence: { orderId: `${brandId}-order-${daysAgo}`, outcome: 'as-described', satisfied: true, stake: { amountMinor: 15_000, currency: 'EUR' } },
    })),
  );
}

/** Shops the need once with a fresh butler (ledger holding `record`): the ranked brands and the money reference. */
async function shop(connections: BrandConnection[], record: TrustEventInput[] = []) {
  const db = openDatabase({ path: ':memory:' });
  closers.push(() => db.close());
  const ledger = new TrustLedger(db, { clock: () => clock.now().getTime() });
  for (const c of connections) ledger.registerBrand({ brandId: c.id, registeredAtMs: clock.now().getTime() - 10 * 86_400_000 });
  ledger.appendMany(record);
  const memory = new SqliteButlerMemory(new ButlerStore(db), clock.now);
  const butler = createButler({ brands: () => connections, memory, trust: new LedgerTrust(ledger), detectPressure: detectPressureTactics, clock: clock.now, seed: 7, honestyFloor: RECOMMENDATION_FLOOR });
  const { ranking } = await butler.shop(noBudget);
  const references = new Set([...ranking.ranked.map((r) => r.breakdown.reference), ...ranking.excluded.flatMap((x) => (x.value === undefined ? [] : [x.value.reference]))]);
  // One market, one reference: every valued offer reads the same one.
  expect(references.size).toBeLessThanOrEqual(1);
  return { ranked: ranking.ranked.map((r) => r.offer.brandId), reference: [...references][0] };
}

// Honest sellers of in-ear pairs, and Sly's dear over-ear pair; Slytwin and Slytriplet are Sly under unlinked names.
const honest = () => [seller('quietco', 'sony-wf-1000xm5-black', 8_000), seller('earshop', 'jabra-elite-8-active-black', 9_000)];
const sly = () => seller('sly', 'jbl-tune-770nc-black', 16_000);
const slytwin = () => seller('slytwin', 'sennheiser-momentum-4-wireless-black', 17_000);
const slytriplet = () => seller('slytriplet', 'sony-wh-ch720n-black', 18_000);
const honestRecord = () => checkedRecord(['quietco', 'earshop']);

describe('names the person has no record with cannot outvote sellers it has', () => {
  it('(fixed) Slytwin’s 170 EUR beside Sly’s 160 EUR leaves the scale at what the vouched sellers ask, and Sly unrecommended', async () => {
    const alone = await shop([...honest(), sly()], honestRecord());
    expect(alone.reference).toBe(9_000);
    expect(alone.ranked).not.toContain('sly');
    // On main: the reference rose to Sly's own 160 EUR and the butler recommended Sly's pair.
    const twinned = await shop([...honest(), sly(), slytwin()], honestRecord());
    expect(twinned.reference).toBe(alone.reference);
    expect(twinned.ranked).not.toContain('sly');
    expect(twinned.ranked).not.toContain('slytwin');
    // A third name changes nothing: the strangers are one voice, however many they are.
    const tripled = await shop([...honest(), sly(), slytwin(), slytriplet()], honestRecord());
    expect(tripled.reference).toBe(alone.reference);
    expect(tripled.ranked.filter((b) => b.startsWith('sly'))).toEqual([]);
  }, 90_000);

  it('(guard) a stranger’s cheap decoy does not make the butler buy nothing when the honest sellers have a record', async () => {
    // Honest over-ear pairs at 120 and 130 EUR with a record; cheap in-ear decoys from names never seen before.
    const overEar = () => [seller('domeaudio', 'sony-wh-ch720n-black', 12_000), seller('cansco', 'anker-soundcore-space-q45-black', 13_000)];
    const record = checkedRecord(['domeaudio', 'cansco']);
    const decoyed = await shop([...overEar(), seller('cheapo', 'sony-wf-c700n-black', 4_000)], record);
    const swarmed = await shop([...overEar(), seller('cheapo', 'sony-wf-c700n-black', 4_000), seller('cheapo2', 'anker-soundcore-sport-x20-black', 4_200), seller('cheapo3', 'jabra-elite-8-active-black', 4_400)], record);
    for (const { reference, ranked } of [decoyed, swarmed]) {
      // Red team 31's reverted rule scaled every stranger to the decoy's 40 EUR.
      expect(reference).toBe(12_000);
      expect(ranked).toEqual(expect.arrayContaining(['domeaudio', 'cansco']));
    }
  }, 60_000);

  it('(fixed) honest case: a dear seller with a record is not pushed down by strangers’ low prices', async () => {
    // On main the three strangers' in-ear pairs set the scale (their 44 EUR) and the over-ear pair the person has
    // bought as described before was not worth its price.
    const market = [seller('domeaudio', 'sony-wh-ch720n-black', 12_000), seller('cheapo', 'sony-wf-c700n-black', 4_000), seller('cheapo2', 'anker-soundcore-sport-x20-black', 4_200), seller('cheapo3', 'jabra-elite-8-active-black', 4_400)];
    const { reference, ranked } = await shop(market, checkedRecord(['domeaudio']));
    expect(reference).toBe(12_000);
    expect(ranked).toContain('domeaudio');
  });

  it('honest case: two dear sellers the person’s record vouches for do set the scale, and the better-matching pair wins', async () => {
    const vouched = await shop([...honest(), sly(), slytwin()], checkedRecord(['sly', 'slytwin']));
    expect(vouched.reference).toBe(16_000);
    expect(vouched.ranked[0]).toBe('sly');
  });

  it('honest case: a new user with no budget and no record reads the market as it asks (the second highest of five sellers)', async () => {
    // Like the demo market's first request without a budget: sellers' lowest prices 52, 76, 86, 115 and 129 EUR.
    const market = [
      seller('anna', 'sony-wf-c700n-black', 5_200),
      seller('bram', 'anker-soundcore-sport-x20-black', 7_600),
      seller('cleo', 'anker-soundcore-liberty-4-nc-black', 8_600),
      seller('dina', 'sennheiser-accentum-plus-black', 11_500),
      seller('emil', 'jbl-tune-770nc-black', 12_900),
    ];
    const { reference, ranked } = await shop(market);
    expect(reference).toBe(11_500);
    expect(ranked).toEqual(expect.arrayContaining(['anna', 'bram', 'cleo', 'dina', 'emil']));
  });
});

// Session 35: the person knows ONE seller, Quietco (an honest 80 EUR in-ear pair it delivered as described eight times).
// Sly's dear over-ear pair is not worth 160 EUR beside it, but with one vouched voice against the strangers' one voice
// "the higher wins" made what Sly and its unlinked names ask the scale: reference 160-170 EUR, Sly recommended first.
describe('names the person has no record with cannot outvote the ONE seller it has', () => {
  const quietco = () => seller('quietco', 'sony-wf-1000xm5-black', 8_000);

  it('(fixed) Sly with two or three unlinked names at inflated prices neither sets the scale nor is recommended', async () => {
    const record = checkedRecord(['quietco'], 8);
    for (const crowd of [[sly(), slytwin()], [sly(), slytwin(), slytriplet()]]) {
      const { reference, ranked } = await shop([quietco(), ...crowd], record);
      // On main: reference 160 EUR (the second highest of the parties), Sly first.
      expect(reference).toBeGreaterThanOrEqual(8_000);
      expect(reference).toBeLessThan(16_000);
      expect(ranked.filter((b) => b.startsWith('sly'))).toEqual([]);
    }
  }, 90_000);

  it('(fixed) the longer the record, the less the strangers’ inflated prices move the scale', async () => {
    const references: number[] = [];
    for (const deliveries of [1, 3, 8]) references.push((await shop([quietco(), sly(), slytwin()], checkedRecord(['quietco'], deliveries))).reference!);
    // On main the record changed nothing: 160 EUR each time.
    expect(references[0]).toBeGreaterThan(references[1]!);
    expect(references[1]).toBeGreaterThan(references[2]!);
    for (const r of references) expect(r).toBeGreaterThan(8_000);
  }, 90_000);

  it('honest case: an honest dear stranger beside the one known seller still raises the scale and is recommended', async () => {
    const record = checkedRecord(['quietco'], 8);
    const alone = await shop([quietco(), sly()], record);
    const beside = await shop([quietco(), seller('domeaudio', 'sony-wh-ch720n-black', 12_000)], record);
    expect(beside.reference).toBeGreaterThan(8_000);
    expect(beside.reference).toBeLessThan(12_000);
    expect(beside.ranked).toContain('domeaudio');
    // A dearer stranger raises it more, never past what it asks (Sly alone asks 160 EUR).
    expect(alone.reference).toBeGreaterThan(beside.reference!);
    expect(alone.reference).toBeLessThan(16_000);
  }, 90_000);
});
