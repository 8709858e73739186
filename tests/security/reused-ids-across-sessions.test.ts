// A stdio brand is a new process every session; one that numbers its offers and orders per process (the plain-MCP
// example: pr-o-1, pr-order-1…) reuses the ids of the session before. What the person is shown must stay what is
// ordered, and every order stays on record.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openButler } from '../../app/index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('offer and order ids reused across sessions', () => {
  it('the plain example brand, restarted, is ranked, confirmed and ordered under ids of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'majordome-reused-ids-'));
    dirs.push(dir);
    const brand = { id: 'plain-roasters', kind: 'stdio', command: process.execPath, args: [join(root, 'examples', 'plain-mcp-brand', 'brand.mjs')], connectTimeoutMs: 30_000, callTimeoutMs: 15_000 };
    writeFileSync(join(dir, 'brands.json'), JSON.stringify({ brands: [brand] }));
    const seen: Array<{ offerId: string; title: string; price: number; charged?: number; orderId?: string }> = [];
    for (const text of ['espresso beans under 30 euros', 'ground coffee under 30 euros', 'espresso beans under 30 euros']) {
      const session = await openButler({ dbPath: join(dir, 'majordome.db'), brandsFile: join(dir, 'brands.json'), env: { MAJORDOME_HOME: dir }, seed: 1 });
      try {
        const understood = await session.needEngine.understand(text);
        if (understood.kind !== 'need') throw new Error(`not understood: ${understood.kind}`);
        const top = (await session.butler.shop(understood.need)).ranking.ranked[0]!;
        // What the confirmation shows (and the mandate covers) is the offer ranked.
        const stored = session.butler.offer(top.offerId);
        expect(stored?.product.title).toBe(top.offer.product.title);
        expect(stored?.price).toEqual(top.offer.price);
        const purchase = await session.butler.purchase({ offerId: top.offerId, confirmedBy: 'person', channel: 'api', at: new Date().toISOString() });
        expect(purchase.kind).toBe('purchased');
        if (purchase.kind !== 'purchased') return;
        seen.push({ offerId: top.offerId, title: top.offer.product.title, price: top.offer.price.amountMinor, charged: purchase.receipt.charged.amountMinor, orderId: purchase.order.orderId });
      } finally {
        await session.close();
      }
    }
    expect(seen.map((s) => s.charged)).toEqual(seen.map((s) => s.price));
    expect(seen[0]!.title).not.toBe(seen[1]!.title);
    // Every session's offer and order stand apart, and the brand is still recommended (reusing ids is not lying).
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.offerId)).size).toBe(3);
    expect(new Set(seen.map((s) => s.orderId)).size).toBe(3);
  }, 60_000);
});
