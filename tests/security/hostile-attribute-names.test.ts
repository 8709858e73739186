// A schema-valid message must not be able to stop the butler: an attribute named "constructor" (the one snake_case
// name every JavaScript object answers to) made scoring throw, so one brand's offer ended every shopping run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openButler, type ButlerSession } from '../../app/index.ts';
import { AttributeNameSchema, OfferSchema } from '../../protocol/index.ts';
import { acceptedOffer } from '../consent/consent-fixtures.ts';

const open: Array<{ session: ButlerSession; dir: string }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.session.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

describe('attribute names', () => {
  it('the protocol refuses "constructor" as an attribute name, in claims and product attributes alike', () => {
    expect(AttributeNameSchema.safeParse('constructor').success).toBe(false);
    expect(AttributeNameSchema.safeParse('constructor_type').success).toBe(true);
    const offer = acceptedOffer();
    expect(OfferSchema.safeParse({ ...offer, claims: [{ attribute: 'constructor', asserted: 'x' }] }).success).toBe(false);
    expect(OfferSchema.safeParse({ ...offer, product: { ...offer.product, attributes: { constructor: 'x' } } }).success).toBe(false);
  });

  it('a brand claiming an attribute "constructor" is refused as an invalid answer; the others are still ranked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'majordome-attribute-names-'));
    const configFile = join(dir, 'hostile.json');
    writeFileSync(configFile, JSON.stringify({ card: 'sly-shoes', attacks: ['constructor'] }));
    const args = ['bin/run-ts.js', 'tests/security/hostile-brand-server.ts', '--config', configFile];
    writeFileSync(
      join(dir, 'brands.json'),
      JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }, { id: 'sly-shoes', kind: 'stdio', command: process.execPath, args, cwd: process.cwd(), connectTimeoutMs: 30_000, callTimeoutMs: 15_000 }] }),
    );
    const session = await openButler({ dbPath: join(dir, 'majordome.db'), brandsFile: join(dir, 'brands.json'), env: { MAJORDOME_HOME: dir }, haggle: false, seed: 1 });
    open.push({ session, dir });
    const understood = await session.needEngine.understand('waterproof trail shoes size 43');
    if (understood.kind !== 'need') throw new Error('not understood');
    const result = await session.butler.shop(understood.need);
    expect(result.ranking.ranked.length).toBeGreaterThan(0);
    expect(result.ranking.ranked.every((r) => r.brandId === 'trailco')).toBe(true);
    expect(result.failures.map((f) => [f.brandId, f.error.code])).toEqual([['sly-shoes', 'INVALID_RESPONSE']]);
  }, 60_000);
});
