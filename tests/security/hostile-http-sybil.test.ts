// Red team 32 over real Streamable HTTP: the Sybil attack on the money reference (sybil-market-reference.test.ts) by a
// hostile brand running a second server under another name, which the butler cannot link to the first (another
// origin, another card). Without a budget, Sly's light shoe at 230 EUR and its twin's "deluxe" at 499 EUR beside the
// built-in shoe brands, through the app's own wiring.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openButler } from '../../app/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { startHostileHttpBrand, type HostileScript } from './hostile-http-brand.ts';
import { coreOffers } from './http-market.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const clock = () => new Date(Date.parse('2026-03-01T09:00:00Z'));

/** A hostile server announcing `id`, offering its shoe as `sku` weighing `weight_g` at `priceMinor` EUR cents. */
function selling(id: string, sku: string, weight_g: number, priceMinor: number): HostileScript {
  return {
    request_offers: async (args, core) => {
      const value = await coreOffers(args, core);
      const real = value.offers[0]!;
      const offer: Offer = { ...real, brandId: id, offerId: `${id}:${real.offerId}`, product: { ...real.product, sku, attributes: { ...real.product.attributes, weight_g } }, price: { amountMinor: priceMinor, currency: 'EUR' } };
      return { value: { ...value, offers: [offer] } };
    },
  };
}

/** The built-in shoe brands and each hostile server (its own origin) asked for `text`: the need and the ranking. */
async function rank(text: string, hostile: ReadonlyArray<{ id: string; script: HostileScript }>) {
  const servers = await Promise.all(hostile.map((h) => startHostileHttpBrand({ cardId: h.id, name: h.id, clock, script: h.script })));
  const dir = mkdtempSync(join(tmpdir(), 'majordome-http-sybil-'));
  const brands = [{ id: 'trailco', kind: 'builtin' }, { id: 'mega-sole-outlet', kind: 'builtin' }, ...hostile.map((h, i) => ({ id: h.id, kind: 'http', url: servers[i]!.url, connectTimeoutMs: 10_000, callTimeoutMs: 5_000 }))];
  writeFileSync(join(dir, 'brands.json'), JSON.stringify({ brands }));
  const session = await openButler({ dbPath: join(dir, 'majordome.db'), brandsFile: join(dir, 'brands.json'), env: { MAJORDOME_HOME: dir }, haggle: false, seed: 1, clock });
  cleanups.push(async () => {
    await session.close();
    for (const s of servers) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const understood = await session.needEngine.understand(text);
  if (understood.kind !== 'need') throw new Error('not understood');
  return { need: understood.need, ranking: (await session.butler.shop(understood.need)).ranking };
}

const TEXT = 'light waterproof trail shoes size 43';
const sly = { id: 'sly-shoes', script: selling('sly-shoes', 'SLY:light', 200, 23_000) };
const twin = { id: 'peak-deluxe', script: selling('peak-deluxe', 'PEAK:deluxe', 320, 49_900) };

describe('a second, unlinked server of a hostile brand, when the person gave no budget', () => {
  it('(fixed) does not raise the scale of the brand\'s own offer', async () => {
    const alone = await rank(TEXT, [sly]);
    expect(alone.need.budget).toBeUndefined();
    const first = alone.ranking.ranked[0];
    expect(first?.brandId).not.toBe('sly-shoes');
    const twinned = await rank(TEXT, [sly, twin]);
    // Every server answered: the twin's 499 EUR shoe is not worth its price, and is not recommended.
    expect([...twinned.ranking.ranked, ...twinned.ranking.excluded].some((x) => x.brandId === 'peak-deluxe')).toBe(true);
    expect(twinned.ranking.ranked.some((x) => x.brandId === 'peak-deluxe')).toBe(false);
    expect(twinned.ranking.ranked[0]?.brandId).toBe(first?.brandId);
    // On main the twin made Sly's own 230 EUR the second highest lowest price, the scale of every offer (155 → 230
    // EUR): Sly's shoe, still last here (every shoe matches "light" as well), looked worth 133 EUR more than its price
    // instead of 13. The other sellers' offers keep that raised scale (the twin is not set aside among their others):
    // the butler values them more, money that does not go to Sly.
    const slyValue = [...twinned.ranking.ranked.map((x) => [x.brandId, x.breakdown] as const), ...twinned.ranking.excluded.map((x) => [x.brandId, x.value] as const)].find(([id]) => id === 'sly-shoes')?.[1];
    expect(slyValue?.reference).toBeLessThan(23_000);
  }, 60_000);
});
