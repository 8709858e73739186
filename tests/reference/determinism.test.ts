import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE_BRAND_IDS, createReferenceBrand, createStrategyBrand, loadReferenceMarket, STRATEGY_IDS } from '../../brand-agent/reference/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ALL_BRIEFS } from './briefs.ts';
import { CHEAT_NOW, DirectBrand, NOW } from './harness.ts';

/** Runs one full script (all briefs; question, counter and order on the first offer) against a fresh brand. */
async function transcript(make: () => DirectBrand): Promise<unknown[]> {
  const brand = make();
  const out: unknown[] = [];
  for (const makeBrief of ALL_BRIEFS) {
    const response = await brand.request(makeBrief());
    out.push(response);
    const offer = response.offers[0] as Offer | undefined;
    if (!offer) continue;
    out.push(await brand.ask(offer, 'Is it what you say it is?', Object.keys(offer.product.attributes)[1]));
    const counter = await brand.counter(offer, { price: { amountMinor: Math.round(offer.price.amountMinor * 0.85), currency: 'EUR' } });
    out.push(counter);
    out.push(await brand.order(offer).catch((e: unknown) => String(e)));
  }
  return out;
}

describe('determinism', () => {
  for (const id of REFERENCE_BRAND_IDS) {
    it(`${id}: the same inputs give deep-equal outputs, in either window`, async () => {
      for (const now of [NOW, CHEAT_NOW]) {
        const a = await transcript(() => new DirectBrand(createReferenceBrand(id), now));
        const b = await transcript(() => new DirectBrand(createReferenceBrand(id), now));
        expect(b).toEqual(a);
      }
    });
  }

  it('the answer to one brief does not depend on what was asked before (no hidden call counters)', async () => {
    for (const strategy of STRATEGY_IDS) {
      const def = createStrategyBrand({ id: `sim-${strategy}`, name: 'Sim', strategy, catalog: loadReferenceMarket().catalogOf('pushy-sports'), categories: ['running-shoes', 'headphones'] });
      const fresh = await new DirectBrand(def).request(ALL_BRIEFS[0]());
      const warmed = new DirectBrand(def);
      for (const makeBrief of ALL_BRIEFS.slice(1)) await warmed.request(makeBrief());
      expect(await warmed.request(ALL_BRIEFS[0]()), strategy).toEqual(fresh);
    }
  });

  it('offer ids are derived from brand id, request id and position', async () => {
    const response = await new DirectBrand(createReferenceBrand('trailco')).request(ALL_BRIEFS[0]('req-abc'));
    expect(response.offers.map((o) => o.offerId)).toEqual(response.offers.map((_, i) => `trailco:req-abc:${i}`));
  });

  it('strategy code takes time and randomness only from ctx.now and seeded generators', () => {
    const root = fileURLToPath(new URL('../../brand-agent/reference/', import.meta.url));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) files.push(path);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/Math\.random|Date\.now|new Date\(\)|performance\.now/);
    }
  });
});
