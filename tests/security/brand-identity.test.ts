// A brand's identity is the connection the person configured, never a field in its messages (issue 15 §1).
// Each attack runs a hostile brand as a real child process over stdio next to the honest built-in Trailco,
// through the app's own wiring (openButler with a brands.json).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Need } from '../../agent/need/index.ts';
import { openButler, type ButlerSession } from '../../app/index.ts';

const NEED_TEXT = 'waterproof trail shoes size 43';
const HOSTILE = ['bin/run-ts.js', 'tests/security/hostile-brand-server.ts'];

interface Hostile {
  /** The id the person gives it in brands.json. */
  readonly entryId: string;
  /** The id its card announces (default: the entry id). */
  readonly cardId?: string;
  /** The name its card announces. */
  readonly name?: string;
  readonly attacks?: readonly string[];
}

interface Opened {
  readonly session: ButlerSession;
  /** Every tool call the hostile brand received. */
  calls(): Array<{ tool: string; offerId?: string; args: Record<string, unknown> }>;
}

const open: Array<{ session: ButlerSession; dir: string }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.session.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

async function openWith(hostile: Hostile, extra: { dir?: string; profile?: { bannedBrands: string[] }; haggle?: boolean } = {}): Promise<Opened> {
  const dir = extra.dir ?? mkdtempSync(join(tmpdir(), 'majordome-identity-'));
  const logFile = join(dir, 'hostile-calls.jsonl');
  const configFile = join(dir, 'hostile.json');
  writeFileSync(configFile, JSON.stringify({ card: hostile.cardId ?? hostile.entryId, ...(hostile.name ? { name: hostile.name } : {}), attacks: hostile.attacks ?? [] }));
  // The same command line every time: one endpoint, whatever it announces.
  const args = [...HOSTILE, '--config', configFile, '--log', logFile];
  writeFileSync(
    join(dir, 'brands.json'),
    JSON.stringify({
      brands: [
        { id: 'trailco', kind: 'builtin' },
        { id: hostile.entryId, kind: 'stdio', command: process.execPath, args, cwd: process.cwd(), connectTimeoutMs: 30_000, callTimeoutMs: 15_000 },
      ],
    }),
  );
  const session = await openButler({ dbPath: join(dir, 'majordome.db'), brandsFile: join(dir, 'brands.json'), env: { MAJORDOME_HOME: dir }, haggle: extra.haggle ?? false, seed: 1 });
  open.push({ session, dir });
  if (extra.profile) session.butler.saveProfile({ ...session.butler.profile(), ...extra.profile });
  return {
    session,
    calls: () =>
      existsSync(logFile)
        ? readFileSync(logFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { tool: string; offerId?: string; args: Record<string, unknown> })
        : [],
  };
}

async function need(session: ButlerSession): Promise<Need> {
  const understood = await session.needEngine.understand(NEED_TEXT);
  if (understood.kind !== 'need') throw new Error(`not understood: ${JSON.stringify(understood)}`);
  return understood.need;
}

const eventsOf = (session: ButlerSession, brandId: string) => (session.trust.hasBrand(brandId) ? session.trust.eventsFor(brandId) : []);

describe('a brand is the connection the person configured', () => {
  it('offer-id collision: decoys reusing Trailco’s offer ids never take Trailco’s order', async () => {
    const { session, calls } = await openWith({ entryId: 'walkers-outlet', attacks: ['collide'] });
    const result = await session.butler.shop(await need(session));
    const trailcoTop = result.ranking.ranked.find((r) => r.brandId === 'trailco');
    expect(trailcoTop).toBeDefined();
    // The butler's ids are namespaced by the connection: the decoys cannot share an id with Trailco's offers.
    for (const r of [...result.ranking.ranked, ...result.ranking.excluded]) expect(r.offerId.startsWith(`${r.brandId}:`)).toBe(true);
    const ids = [...result.ranking.ranked, ...result.ranking.excluded].map((r) => r.offerId);
    expect(new Set(ids).size).toBe(ids.length);

    const purchase = await session.butler.purchase({ offerId: trailcoTop!.offerId, confirmedBy: 'person', channel: 'api', at: new Date().toISOString() });
    expect(purchase.kind).toBe('purchased');
    if (purchase.kind !== 'purchased') return;
    expect(purchase.order.brandId).toBe('trailco');
    expect(purchase.receipt.brandId).toBe('trailco');
    expect(purchase.receipt.charged).toEqual(trailcoTop!.offer.price);
    expect(purchase.receipt.charged.amountMinor).toBeLessThan(16_900);
    expect(calls().filter((c) => c.tool === 'place_order')).toEqual([]);
  }, 60_000);

  it('card impersonation: an endpoint whose card says "trailco" gets no order, mandate, question or counter', async () => {
    const { session, calls } = await openWith({ entryId: 'sly-shoes', cardId: 'trailco' });
    // It is not connected under Trailco's name (nor under its own): its card contradicts the entry the person wrote.
    expect(session.directory.brands.map((b) => b.id)).toEqual(['trailco']);
    const refused = session.directory.unreachable.find((u) => u.id === 'sly-shoes');
    expect(refused?.error.message).toMatch(/announces the id "trailco"/);

    const result = await session.butler.shop(await need(session));
    const top = result.ranking.ranked[0]!;
    expect(top.brandId).toBe('trailco');
    const purchase = await session.butler.purchase({ offerId: top.offerId, confirmedBy: 'person', channel: 'api', at: new Date().toISOString() });
    expect(purchase.kind).toBe('purchased');
    expect(calls().map((c) => c.tool).filter((t) => t !== 'hello')).toEqual([]);

    // The violation is the sender's; Trailco's record shows no violation, and the two ids are linked only on sly-shoes' side.
    expect(eventsOf(session, 'sly-shoes').map((e) => e.kind)).toEqual(expect.arrayContaining(['identity-link', 'protocol-violation']));
    expect(eventsOf(session, 'trailco').some((e) => e.kind === 'protocol-violation')).toBe(false);
  }, 60_000);

  it('framing: offers labelled as Trailco’s put nothing in Trailco’s ledger; the sender is noted', async () => {
    const { session, calls } = await openWith({ entryId: 'sly-shoes', attacks: ['frame'] });
    const result = await session.butler.shop(await need(session));
    // The framed offers were dropped: nothing ranked comes from sly-shoes, and only Trailco's own offers carry its name.
    for (const r of [...result.ranking.ranked, ...result.ranking.excluded]) {
      expect(r.offerId.startsWith('trailco:')).toBe(true);
      expect(r.offer.product.sku.startsWith('SLY')).toBe(false);
    }
    expect(result.failures.map((f) => f.brandId)).toEqual(['sly-shoes']);
    const trailcoEvents = eventsOf(session, 'trailco');
    expect(trailcoEvents.filter((e) => e.kind === 'pressure-tactic' || e.kind === 'protocol-violation')).toEqual([]);
    const sly = eventsOf(session, 'sly-shoes').filter((e) => e.kind === 'protocol-violation');
    expect(sly.length).toBeGreaterThan(0);
    expect(sly.every((e) => e.kind === 'protocol-violation' && e.evidence.violation === 'names-another-brand' && e.evidence.claimedBrandId === 'trailco')).toBe(true);
    // Nothing but the brief reached it: no question or counter about Trailco's offers.
    expect(calls().filter((c) => c.tool !== 'hello' && c.tool !== 'request_offers')).toEqual([]);
  }, 60_000);

  it('a card name that reads like another brand is shown with the entry id, so the person can tell them apart', async () => {
    const { session } = await openWith({ entryId: 'sly-shoes', name: 'TRAILCO' });
    const result = await session.butler.shop(await need(session));
    const sly = result.ranking.ranked.find((r) => r.brandId === 'sly-shoes');
    const trailco = result.ranking.ranked.find((r) => r.brandId === 'trailco');
    const proposal = session.butler.propose(sly!.offerId);
    if ('kind' in proposal) throw new Error('unknown offer');
    expect(proposal.brandName).toBe('TRAILCO (sly-shoes)');
    expect(proposal.summary).toContain('TRAILCO (sly-shoes)');
    const honest = session.butler.propose(trailco!.offerId);
    if ('kind' in honest) throw new Error('unknown offer');
    expect(honest.brandName).toBe('Trailco (trailco)');
    expect(session.trust.brands().find((b) => b.brandId === 'sly-shoes')?.displayName).toBe('TRAILCO (sly-shoes)');
  }, 60_000);

  it('ban evasion: a banned endpoint announcing a new id is the same party and is never asked again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'majordome-identity-'));
    // First run: the person meets sly-shoes and bans it.
    const first = await openWith({ entryId: 'sly-shoes' }, { dir });
    const seen = await first.session.butler.shop(await need(first.session));
    expect(seen.asked).toContain('sly-shoes');
    first.session.butler.saveProfile({ ...first.session.butler.profile(), bannedBrands: ['sly-shoes'] });
    await first.session.close();
    open.splice(0);

    // The same endpoint now announces sly-shoes-eu; whether the entry keeps its name or the person renames it, it stays banned.
    for (const entryId of ['sly-shoes', 'sly-shoes-eu']) {
      const again = await openWith({ entryId, cardId: 'sly-shoes-eu' }, { dir });
      const before = again.calls().filter((c) => c.tool === 'request_offers').length;
      const result = await again.session.butler.shop(await need(again.session));
      expect(result.asked).not.toContain('sly-shoes');
      expect(result.asked).not.toContain('sly-shoes-eu');
      expect(result.ranking.ranked.every((r) => r.brandId === 'trailco')).toBe(true);
      expect(again.calls().filter((c) => c.tool === 'request_offers').length).toBe(before);
      await again.session.close();
      open.splice(0);
    }
    rmSync(dir, { recursive: true, force: true });
  }, 90_000);

  it('a brand sees only its own offer ids on the wire; its order and mandate are checked by its own SDK core', async () => {
    const { session, calls } = await openWith({ entryId: 'sly-shoes' }, { haggle: true });
    const result = await session.butler.shop(await need(session));
    const mine = result.ranking.ranked.find((r) => r.brandId === 'sly-shoes');
    const counters = calls().filter((c) => c.tool === 'counter_offer');
    expect(counters.length).toBeGreaterThan(0);
    for (const c of counters) {
      expect(String(c.offerId).startsWith('sly-shoes:sly-shoes:')).toBe(false);
      expect(String(c.args.inReplyTo).startsWith('sly-shoes:sly-shoes:')).toBe(false);
    }
    expect(mine?.offerId.startsWith('sly-shoes:')).toBe(true);
    const purchase = await session.butler.purchase({ offerId: mine!.offerId, confirmedBy: 'person', channel: 'api', at: new Date().toISOString() });
    expect(purchase.kind).toBe('purchased');
    if (purchase.kind !== 'purchased') return;
    // The butler keeps its own id; the receipt is checked against the offer as stored.
    expect(purchase.order.offer.offerId).toBe(mine!.offerId);
    expect(purchase.receipt.offerId).toBe(mine!.offerId);
    const wireId = mine!.offerId.slice('sly-shoes:'.length);
    const orders = calls().filter((c) => c.tool === 'place_order');
    expect(orders.map((c) => c.offerId)).toEqual([wireId]);
    expect((orders[0]!.args.mandate as { offerId: string }).offerId).toBe(wireId);
    for (const c of calls().filter((c) => c.tool === 'ask_question')) expect(String(c.offerId).startsWith('sly-shoes:sly-shoes:')).toBe(false);
  }, 60_000);

  it('a brief asking for 3 offers accepts at most 3; the rest are dropped and noted against the sender', async () => {
    const { session } = await openWith({ entryId: 'sly-shoes', attacks: ['flood'] });
    const result = await session.butler.shop(await need(session));
    const fromSly = [...result.ranking.ranked, ...result.ranking.excluded].filter((r) => r.brandId === 'sly-shoes');
    expect(fromSly.length).toBeGreaterThan(0);
    expect(fromSly.length).toBeLessThanOrEqual(3);
    const noted = eventsOf(session, 'sly-shoes').filter((e) => e.kind === 'protocol-violation' && e.evidence.violation === 'too-many-offers');
    expect(noted).toHaveLength(1);
  }, 60_000);
});
