// Red team: whitewashing by relaunch. A brand caught lying is relaunched at another port or subdomain under a new card
// id, with the same card domain (and catalogue). The exact-endpoint link does not follow it (another URL), and a server
// is no party (another origin anyway): on main the new id was a stranger, its record shed whole. A card's domain is
// believed when the entry is served from it (its URL's host is that domain or under it), so entries naming the domain
// they are served from are one party. Claiming a domain one is not served from links nothing (no framing).
import { describe, expect, it } from 'vitest';
import { recordDirectoryIdentities } from '../../app/record-directory-identities.ts';
import type { BrandDirectory } from '../../agent/directory/index.ts';
import { DAY, T0, at, ev, memoryLedger } from '../trust/trust-fixtures.ts';

const http = (id: string, url: string) => ({ id, kind: 'http' as const, url, enabled: true, connectTimeoutMs: 10_000, callTimeoutMs: 5_000 });

/** The old identity, caught twice, then the directory as it is after the relaunch. */
function relaunched(newUrl: string, cards: Record<string, { domain?: string }>, oldUrl = 'https://shop.sly.example/mcp') {
  const s = memoryLedger();
  const directory = (brands: BrandDirectory['brands']): BrandDirectory => ({ brands });
  const record = (d: BrandDirectory) => recordDirectoryIdentities(s.ledger, d, [], { now: new Date(T0), names: () => undefined, cards: (id) => cards[id] });
  record(directory([http('sly-shoes', oldUrl)]));
  s.ledger.registerBrand({ brandId: 'sly-shoes', registeredAtMs: T0 });
  s.ledger.appendMany([ev.contradicted('sly-shoes', 0), ev.clean('sly-shoes', 0, 'pressure')]);
  s.ledger.appendMany([{ ...ev.contradicted('sly-shoes', 1), occurredAt: at(1) }]);
  // The relaunch: a new id at another URL; the old entry may be gone from brands.json.
  record(directory([http('sly-2', newUrl)]));
  return { ledger: s.ledger, newId: 'sly-2' };
}

const failedOf = (ledger: ReturnType<typeof relaunched>['ledger'], id: string) => (ledger.hasBrand(id) ? ledger.scoreOf(id, T0 + 2 * DAY).claimsFailed : 0);

describe('a relaunch under a new id keeps its record while its card names its domain', () => {
  it('(fixed) at another port of the same host', () => {
    const { ledger, newId } = relaunched('https://shop.sly.example:8443/mcp', { 'sly-shoes': { domain: 'sly.example' }, 'sly-2': { domain: 'sly.example' } });
    expect(failedOf(ledger, newId)).toBeGreaterThan(1);
    expect(failedOf(ledger, newId)).toBeCloseTo(failedOf(ledger, 'sly-shoes'), 9);
  });

  it('(fixed) at another subdomain', () => {
    const { ledger, newId } = relaunched('https://outlet.sly.example/mcp', { 'sly-shoes': { domain: 'sly.example' }, 'sly-2': { domain: 'SLY.example.' } });
    expect(failedOf(ledger, newId)).toBeGreaterThan(1);
  });

  it('a card naming a domain it is not served from links nothing: no one can take on, or frame, another brand by its domain', () => {
    const framing = relaunched('https://sly-outlet.example/mcp', { 'sly-shoes': { domain: 'sly.example' }, 'sly-2': { domain: 'sly.example' } });
    expect(failedOf(framing.ledger, framing.newId)).toBe(0);
    // Nor does a domain the old identity was not served from.
    const unverifiedOld = relaunched('https://outlet.sly.example/mcp', { 'sly-shoes': { domain: 'trailco.example' }, 'sly-2': { domain: 'sly.example' } });
    expect(failedOf(unverifiedOld.ledger, unverifiedOld.newId)).toBe(0);
  });

  it('two brands on one hosting platform, each naming its own subdomain, stay apart', () => {
    const { ledger, newId } = relaunched('https://trailco.shops.example/mcp', { 'sly-shoes': { domain: 'sly.shops.example' }, 'sly-2': { domain: 'trailco.shops.example' } }, 'https://sly.shops.example/mcp');
    expect(failedOf(ledger, newId)).toBe(0);
  });

  it('a host name without a dot verifies only on that very host', () => {
    const { ledger, newId } = relaunched('https://example/mcp', { 'sly-shoes': { domain: 'example' }, 'sly-2': { domain: 'example' } }, 'https://sly.example/mcp');
    expect(failedOf(ledger, newId)).toBe(0);
  });
});
